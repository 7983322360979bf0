import { formatTimestamp } from "../rules/chapters.ts";
import type { feedEpisodes } from "../queries.ts";
import { show } from "../texts.ts";

type FeedEpisode = Awaited<ReturnType<typeof feedEpisodes>>[number];

export interface FeedInput {
  baseUrl: string;
  ownerEmail: string;
  episodes: FeedEpisode[];
  /** Profile addresses of the guests' municipalities, by id. */
  municipalitySlugs: Map<number, string>;
}

/** Text for XML: characters XML forbids are dropped, the five special ones escaped. */
export function xml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function item(entry: FeedEpisode, input: FeedInput): string {
  const page = `${input.baseUrl}/podcast/${entry.slug}`;
  const guests = entry.guests.map((guest) => {
    const slug = guest.municipalityId ? input.municipalitySlugs.get(guest.municipalityId) : undefined;
    return `      <podcast:person role="guest"${slug ? ` href="${xml(`${input.baseUrl}/kommunen/${slug}`)}"` : ""}>${xml(guest.name)}</podcast:person>`;
  });
  return [
    "    <item>",
    `      <title>${xml(entry.title)}</title>`,
    `      <link>${xml(page)}</link>`,
    `      <guid isPermaLink="false">k360-podcast-folge-${entry.id}</guid>`,
    `      <pubDate>${entry.publishedAt!.toUTCString()}</pubDate>`,
    `      <description>${xml(entry.description)}</description>`,
    `      <enclosure url="${xml(`${page}/audio`)}" length="${entry.audioSize}" type="${xml(entry.audioType ?? "audio/mpeg")}"/>`,
    `      <itunes:duration>${formatTimestamp(entry.durationSeconds ?? 0)}</itunes:duration>`,
    `      <itunes:season>${entry.seasonNumber}</itunes:season>`,
    `      <itunes:episode>${entry.number}</itunes:episode>`,
    "      <itunes:episodeType>full</itunes:episodeType>",
    "      <itunes:explicit>false</itunes:explicit>",
    ...(entry.chapterCount > 0 ? [`      <podcast:chapters url="${xml(`${page}/chapters.json`)}" type="application/json+chapters"/>`] : []),
    ...(entry.hasTranscript ? [`      <podcast:transcript url="${xml(`${page}/transcript.txt`)}" type="text/plain" language="de"/>`] : []),
    ...guests,
    "    </item>",
  ].join("\n");
}

/** The podcast as RSS 2.0 with the iTunes and Podcasting 2.0 tags that podcast apps and directories read. */
export function podcastFeed(input: FeedInput): string {
  const home = `${input.baseUrl}/podcast`;
  const cover = `${home}/cover.png`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${xml(show.title)}</title>`,
    `    <link>${xml(home)}</link>`,
    `    <atom:link href="${xml(`${home}/feed.xml`)}" rel="self" type="application/rss+xml"/>`,
    "    <language>de-DE</language>",
    `    <description>${xml(show.description)}</description>`,
    `    <itunes:subtitle>${xml(show.subtitle)}</itunes:subtitle>`,
    `    <itunes:author>${xml(show.author)}</itunes:author>`,
    `    <itunes:owner>\n      <itunes:name>${xml(show.author)}</itunes:name>\n      <itunes:email>${xml(input.ownerEmail)}</itunes:email>\n    </itunes:owner>`,
    `    <itunes:image href="${xml(cover)}"/>`,
    `    <image>\n      <url>${xml(cover)}</url>\n      <title>${xml(show.title)}</title>\n      <link>${xml(home)}</link>\n    </image>`,
    '    <itunes:category text="Government"/>',
    "    <itunes:explicit>false</itunes:explicit>",
    "    <itunes:type>episodic</itunes:type>",
    ...input.episodes.map((e) => item(e, input)),
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
