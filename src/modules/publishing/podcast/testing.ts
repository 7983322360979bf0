// Test data for the podcast: a minimal but valid M4A file (MPEG-4 audio with one AAC track header).
import type { Database } from "../../../db/client.ts";
import { all, loggedIn, team, type RouteCases } from "../../../platform/route-cases.ts";
import { findEpisodeBySlug, listSeasons } from "./queries.ts";

const box = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length);
  header.write(type, 4, "latin1");
  return Buffer.concat([header, body]);
};
const u32 = (...n: number[]) => Buffer.concat(n.map((v) => Buffer.from([v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255])));
const u16 = (...n: number[]) => Buffer.concat(n.map((v) => Buffer.from([v >>> 8, v & 255])));

/** An M4A file whose header says it lasts `seconds` (it holds no samples: enough for checks, not for playing). */
export function m4aHeader(seconds: number): Buffer {
  const rate = 44100;
  const mp4a = box("mp4a", Buffer.alloc(6), u16(1), u32(0, 0), u16(2, 16, 0, 0), u32(rate * 65536));
  const stbl = box("stbl", box("stsd", u32(0, 1), mp4a), box("stsz", u32(0, 0, 0)));
  const mdia = box(
    "mdia",
    box("mdhd", u32(0, 0, 0, rate, rate * seconds), u16(0x55c4, 0)),
    box("hdlr", u32(0, 0), Buffer.from("soun"), u32(0, 0, 0), Buffer.from([0])),
    box("minf", stbl),
  );
  const tkhd = box("tkhd", u32(0, 0, 0, 1, 0, seconds * 1000, 0, 0), Buffer.alloc(8), Buffer.alloc(36), u32(0, 0));
  return Buffer.concat([box("ftyp", Buffer.from("M4A "), u32(0), Buffer.from("M4A isom")), box("moov", box("trak", tkhd, mdia))]);
}

/** Every route of the podcast with a working address and the answer per role. */
export async function routeCases(database: Database): Promise<RouteCases> {
  const { db } = database;
  const season = (await listSeasons(db))[0].id;
  const episode = "jugendforum-das-nicht-nur-kulisse-ist";
  const draftEpisode = "kollegiale-beratung-unter-fuehrungskraeften";
  const episodeId = (await findEpisodeBySlug(db, episode))!.id;
  return {
    "GET /podcast": { url: "/podcast", expect: all(200) },
    "GET /podcast/:slug": { url: `/podcast/${episode}`, expect: all(200) },
    "GET /podcast/:slug (Entwurf)": { url: `/podcast/${draftEpisode}`, expect: { ...all(404), admin: 200, editor: 200 } },
    "GET /podcast/:slug/audio": { url: `/podcast/${episode}/audio`, expect: all(200) },
    "GET /podcast/:slug/chapters.json": { url: `/podcast/${episode}/chapters.json`, expect: all(200) },
    "GET /podcast/:slug/transcript.txt": { url: `/podcast/${episode}/transcript.txt`, expect: all(200) },
    "GET /podcast/feed.xml": { url: "/podcast/feed.xml", expect: all(200) },
    "GET /podcast/cover.png": { url: "/podcast/cover.png", expect: all(200) },
    "GET /podcast/redaktion": { url: "/podcast/redaktion", expect: loggedIn(team, 200) },
    "GET /podcast/redaktion/staffeln/neu": { url: "/podcast/redaktion/staffeln/neu", expect: loggedIn(team, 200) },
    "POST /podcast/redaktion/staffeln/neu": { url: "/podcast/redaktion/staffeln/neu", body: { title: "" }, expect: loggedIn(team, 422) },
    "GET /podcast/redaktion/staffeln/:id/bearbeiten": { url: `/podcast/redaktion/staffeln/${season}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /podcast/redaktion/staffeln/:id/bearbeiten": {
      url: `/podcast/redaktion/staffeln/${season}/bearbeiten`,
      body: { title: "" },
      expect: loggedIn(team, 422),
    },
    "GET /podcast/redaktion/folgen/neu": { url: "/podcast/redaktion/folgen/neu", expect: loggedIn(team, 200) },
    "POST /podcast/redaktion/folgen/neu": { url: "/podcast/redaktion/folgen/neu", body: { title: "" }, expect: loggedIn(team, 422) },
    "GET /podcast/redaktion/folgen/:id/bearbeiten": { url: `/podcast/redaktion/folgen/${episodeId}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /podcast/redaktion/folgen/:id/bearbeiten": {
      url: `/podcast/redaktion/folgen/${episodeId}/bearbeiten`,
      body: { title: "" },
      expect: loggedIn(team, 422),
    },
    // Without a file.
    "POST /podcast/redaktion/folgen/:id/audio": { url: `/podcast/redaktion/folgen/${episodeId}/audio`, body: {}, expect: loggedIn(team, 422) },
    "POST /podcast/redaktion/folgen/:id/loeschen": { url: "/podcast/redaktion/folgen/999999/loeschen", body: {}, expect: loggedIn(team, 404) },
  };
}
