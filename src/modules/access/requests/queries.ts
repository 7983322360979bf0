import { asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { listMunicipalitiesByIds } from "../../municipalities/index.ts";
import { accessRequests } from "../tables.ts";

/** The requests waiting for the team, oldest first, with their municipality. */
export async function openRequests(db: Db) {
  const rows = await db.select().from(accessRequests).where(eq(accessRequests.status, "open")).orderBy(asc(accessRequests.createdAt), asc(accessRequests.id));
  const places = await listMunicipalitiesByIds(db, [...new Set(rows.map((r) => r.municipalityId))]);
  return rows.map((row) => {
    const place = places.find((p) => p.id === row.municipalityId);
    return { ...row, municipality: place?.name ?? "", municipalitySlug: place?.slug ?? "" };
  });
}
export async function findRequest(db: Db, id: number) {
  return (await db.select({ id: accessRequests.id }).from(accessRequests).where(eq(accessRequests.id, id)))[0] ?? null;
}

export type OpenRequest = Awaited<ReturnType<typeof openRequests>>[number];
