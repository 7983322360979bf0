import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { formatSize } from "../../../../platform/files.ts";
import { formatTimestamp } from "../rules/chapters.ts";
import type { Episode, Season } from "../queries.ts";
import { Badge, episodeFacts, Paragraphs, podcastCrumbs, stateOf } from "./parts.tsx";

export interface EpisodePageProps {
  ctx: PageContext;
  episode: Episode & { season: Season };
  /** The guests' municipalities by id: name and profile address. */
  places: Map<number, { name: string; slug: string }>;
  topics: { slug: string; label: string }[];
  canEdit: boolean;
  now: Date;
  feedUrl: string;
}

const audioLabel = (type: string | null) => (type === "audio/mp4" ? "M4A" : "MP3");

type PageEpisode = EpisodePageProps["episode"];

/** The player and the download. */
function ListenSection({ episode }: { episode: PageEpisode }) {
  const src = `/podcast/${episode.slug}/audio`;
  const download = `${episode.slug}.${episode.audioType === "audio/mp4" ? "m4a" : "mp3"}`;
  return (
    <section aria-labelledby="anhoeren" class="kern-stack">
      <h2 class="kern-heading-medium" id="anhoeren">
        Anhören
      </h2>
      {episode.audioSize ? (
        <>
          <audio controls preload="metadata" aria-label={`Folge „${episode.title}“ abspielen`}>
            <source src={src} type={episode.audioType ?? "audio/mpeg"} />
            <p class="kern-body">Ihr Browser kann die Folge nicht abspielen. Sie können sie über den Link unten herunterladen.</p>
          </audio>
          {episode.isExample && <p class="kern-body">Die Audiodatei dieser Beispielfolge enthält nur wenige Sekunden Stille.</p>}
          <p class="kern-body">
            <a class="kern-link" href={src} download={download}>
              Folge herunterladen ({audioLabel(episode.audioType)}, {formatSize(episode.audioSize)})
            </a>
          </p>
        </>
      ) : (
        <p class="kern-body">Zu dieser Folge gibt es noch keine Audiodatei.</p>
      )}
    </section>
  );
}

/** Who talks, with a link to their municipality. */
function GuestsSection({ episode, places }: { episode: PageEpisode; places: EpisodePageProps["places"] }) {
  if (!(episode.guests.length > 0)) return null;
  return (
    <section aria-labelledby="gaeste" class="kern-stack">
      <h2 class="kern-heading-medium" id="gaeste">
        Zu Gast
      </h2>
      <ul class="kern-list">
        {episode.guests.map((guest) => {
          const place = guest.municipalityId ? places.get(guest.municipalityId) : undefined;
          return (
            <li>
              <strong>{guest.name}</strong>
              {guest.role && <>, {guest.role}</>}
              {place && (
                <>
                  ,{" "}
                  <a class="kern-link" href={`/kommunen/${place.slug}`}>
                    {place.name}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The chapters with their start times. */
function ChaptersSection({ episode }: { episode: PageEpisode }) {
  if (!(episode.chapters.length > 0)) return null;
  return (
    <section aria-labelledby="kapitel" class="kern-stack">
      <h2 class="kern-heading-medium" id="kapitel">
        Kapitel
      </h2>
      <ol class="kern-list">
        {episode.chapters.map((c) => (
          <li>
            <time datetime={`PT${c.start}S`}>{formatTimestamp(c.start)}</time> {c.title}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The transcript to read on the page or as a text file. */
function TranscriptSection({ episode }: { episode: PageEpisode }) {
  if (!episode.transcript) return null;
  return (
    <section aria-labelledby="transkript" class="kern-stack">
      <h2 class="kern-heading-medium" id="transkript">
        Transkript
      </h2>
      <details class="kern-accordion">
        <summary class="kern-accordion__header">
          <span class="kern-title">Transkript der Folge lesen</span>
        </summary>
        <div class="kern-accordion__body">
          <Paragraphs text={episode.transcript} />
        </div>
      </details>
      <p class="kern-body">
        <a class="kern-link" href={`/podcast/${episode.slug}/transcript.txt`}>
          Transkript als Textdatei
        </a>
      </p>
    </section>
  );
}

/** An episode: the player, what it is about, who talks, its chapters and the transcript. */
export function EpisodePage(props: EpisodePageProps) {
  const episode = props.episode;
  const topics = props.topics.filter((t) => episode.topics.includes(t.slug));
  return (
    <Layout
      ctx={props.ctx}
      title={episode.title}
      crumbs={podcastCrumbs({ label: `Staffel ${episode.season.number}`, href: `/podcast#${episode.season.slug}` }, { label: episode.title })}
    >
      <article class="kern-stack">
        <header class="kern-stack">
          <p class="kern-body">
            Staffel {episode.season.number}: {episode.season.title}
          </p>
          <h1 class="kern-heading-large">{episode.title}</h1>
          <p class="kern-body">
            {episodeFacts(episode)} {episode.isExample && <Badge>Beispiel</Badge>}
          </p>
        </header>
        {props.canEdit && (
          <Alert kind="info" title={`Stand: ${stateOf(episode, props.now)}`}>
            <p class="kern-body">
              <a class="kern-link" href={`/podcast/redaktion/folgen/${episode.id}/bearbeiten`}>
                Folge „{episode.title}“ bearbeiten
              </a>
            </p>
          </Alert>
        )}
        <ListenSection episode={episode} />
        <section aria-labelledby="worum" class="kern-stack">
          <h2 class="kern-heading-medium" id="worum">
            Worum es geht
          </h2>
          <Paragraphs text={episode.description} />
          {topics.length > 0 && <p class="kern-body">Themen: {topics.map((t) => t.label).join(" · ")}</p>}
        </section>
        <GuestsSection episode={episode} places={props.places} />
        <ChaptersSection episode={episode} />
        <TranscriptSection episode={episode} />
        <p class="kern-body k360-mail">
          Alle Folgen im Podcast-Feed:{" "}
          <a class="kern-link" href={props.feedUrl}>
            {props.feedUrl}
          </a>
        </p>
      </article>
    </Layout>
  );
}
