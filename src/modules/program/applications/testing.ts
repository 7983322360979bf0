/** Test-data builders and page readers for the application tests. */
import type { Db } from "../../../db/client.ts";
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
