import type { Db } from "../../../db/client.ts";
import { isTeam, type CurrentUser } from "../../../platform/auth/current-user.ts";
import { isMemberRole } from "../../../platform/auth/roles.ts";
import type { Persona } from "./queries.ts";
import { currentProgram, isCohortMember } from "../../program/index.ts";

/** Who is reading, with the cohort answers of one request remembered. */
export interface Reader {
  user: CurrentUser;
  isTeam: boolean;
  /** The reader's own municipality, for members. */
  municipalityId: number | null;
  inCohort: boolean;
  isCohort(municipalityId: number): Promise<boolean>;
}

export async function readerOf(db: Db, user: CurrentUser): Promise<Reader> {
  const program = await currentProgram(db);
  const known = new Map<number, Promise<boolean>>();
  const isCohort = (municipalityId: number) => {
    if (!known.has(municipalityId)) known.set(municipalityId, program ? isCohortMember(db, program.id, municipalityId) : Promise.resolve(false));
    return known.get(municipalityId)!;
  };
  const municipalityId = isMemberRole(user.role) ? user.municipalityId : null;
  return { user, isTeam: isTeam(user), municipalityId, inCohort: municipalityId !== null && (await isCohort(municipalityId)), isCohort };
}

/** Personas are for the team and for members of a municipality; anyone else has none to see or make. */
export const mayUsePersonas = (reader: Reader) => reader.isTeam || reader.municipalityId !== null;

/** The team and the persona's municipality always; a shared persona also the other cohort municipalities, while both are in the cohort. */
export async function mayRead(reader: Reader, persona: Persona): Promise<boolean> {
  if (reader.isTeam || reader.municipalityId === persona.municipalityId) return true;
  return persona.shared && reader.inCohort && (await reader.isCohort(persona.municipalityId));
}

export const mayEdit = (reader: Reader, persona: Pick<Persona, "municipalityId">) => reader.isTeam || reader.municipalityId === persona.municipalityId;

/** Only municipalities in the cohort share personas with it; the team writes for cohort municipalities only. */
export const mayShare = async (reader: Reader, municipalityId: number | null) => (municipalityId === null ? reader.isTeam : reader.isCohort(municipalityId));

export async function onlyReadable(reader: Reader, list: Persona[]): Promise<Persona[]> {
  const allowed = await Promise.all(list.map((persona) => mayRead(reader, persona)));
  return list.filter((_, index) => allowed[index]);
}
