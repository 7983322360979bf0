import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { planningUploads } from "../../tables.ts";
import { staleUploads } from "../queries.ts";

/** Keeps an uploaded file for the mapping step; uploads older than a day go at the same time. */
export async function keepUpload(db: Db, input: { municipalityId: number; userId: number; filename: string; data: Buffer }): Promise<number> {
  await db.delete(planningUploads).where(staleUploads());
  const [row] = await db.insert(planningUploads).values(input).returning({ id: planningUploads.id });
  return row!.id;
}

export async function removeUpload(db: Db, municipalityId: number, id: number): Promise<void> {
  await db.delete(planningUploads).where(and(eq(planningUploads.municipalityId, municipalityId), eq(planningUploads.id, id)));
}
