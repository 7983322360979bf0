/** Test-data builders, page readers and route cases of the applications. */
import type { Db } from "../../../db/client.ts";
import { all, bogusToken, type RouteCases } from "../../../platform/route-cases.ts";
import { formats } from "../tables.ts";
import { seedApplicationsDemo } from "./seed.ts";

/** A training path of its own with the sixty example applications, so tests do not depend on the demo seed. */
export async function formatWithApplications(db: Db, programId: number, slug: string, deadline: string): Promise<number> {
  const [format] = await db
    .insert(formats)
    .values({
      programId,
      slug,
      title: "Lernpfad Auswahltest",
      kind: "trainingPath",
      rule: { obligee: "none", required: 0, byModule: true },
      position: 99,
      freeSeats: 7,
      applicationDeadline: deadline,
    })
    .returning({ id: formats.id });
  await seedApplicationsDemo(db, format.id);
  return format.id;
}

/** Ids of the application rows in the table whose caption starts with `caption`. */
export function rowIds(html: string, caption: string): number[] {
  const start = html.indexOf(`<caption class="kern-title">${caption}`);
  if (start === -1) return [];
  const table = html.slice(start, html.indexOf("</table>", start));
  return [...table.matchAll(/id="bewerbung-(\d+)"/g)].map((m) => Number(m[1]));
}

/** The links applicants get by mail; an unknown token answers 410 for everyone. */
export function applicationRouteCases(): RouteCases {
  const bogus = bogusToken("x");
  const path = "/lernpfade/lernpfad-fuehrung";
  return {
    "GET /lernpfade/:slug/bewerbung/bestaetigen/:token": { url: `${path}/bewerbung/bestaetigen/${bogus}`, expect: all(410) },
    "POST /lernpfade/:slug/bewerbung/bestaetigen/:token": { url: `${path}/bewerbung/bestaetigen/${bogus}`, body: {}, expect: all(410) },
    "GET /lernpfade/:slug/zusage/:token": { url: `${path}/zusage/${bogus}`, expect: all(410) },
    "POST /lernpfade/:slug/zusage/:token": { url: `${path}/zusage/${bogus}`, body: { antwort: "annehmen" }, expect: all(410) },
  };
}
