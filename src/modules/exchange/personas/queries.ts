import { asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { personas } from "../tables.ts";
import { listMunicipalitiesByIds } from "../../municipalities/index.ts";

export interface Persona {
  id: number;
  municipalityId: number;
  municipality: { name: string; slug: string };
  name: string;
  role: string;
  drives: string;
  stumblingBlocks: string;
  whatWorks: string;
  nextSteps: string;
  shared: boolean;
  isExample: boolean;
  updatedAt: Date;
}

async function load(db: Db, where: SQL | undefined): Promise<Persona[]> {
  const rows = await db.select().from(personas).where(where).orderBy(asc(personas.name), asc(personas.id));
  if (rows.length === 0) return [];
  const places = new Map((await listMunicipalitiesByIds(db, [...new Set(rows.map((r) => r.municipalityId))])).map((m) => [m.id, m]));
  return rows.map((row) => {
    const place = places.get(row.municipalityId);
    return { ...row, municipality: { name: place?.name ?? "", slug: place?.slug ?? "" } };
  });
}

export async function findPersona(db: Db, id: number): Promise<Persona | null> {
  return (await load(db, eq(personas.id, id)))[0] ?? null;
}

export async function personasByIds(db: Db, ids: number[]): Promise<Persona[]> {
  return ids.length === 0 ? [] : load(db, inArray(personas.id, ids));
}

export async function personasOf(db: Db, municipalityId: number): Promise<Persona[]> {
  return load(db, eq(personas.municipalityId, municipalityId));
}

/** Every persona, for the team; whether a shared one reaches the cohort is decided by the reader's rules. */
export async function allPersonas(db: Db): Promise<Persona[]> {
  return load(db, undefined);
}

export async function sharedPersonas(db: Db): Promise<Persona[]> {
  return load(db, eq(personas.shared, true));
}
