import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { hashToken } from "../../../platform/auth/tokens.ts";
import { applicationColumns, applicationOfMunicipality, tandemOfApplication, type Call, type CallApplication, type CallTandemMember } from "../queries.ts";
import { callApplications, calls, callTandems } from "../tables.ts";

export interface OwnApplication {
  application: CallApplication | null;
  tandem: CallTandemMember[];
}

/** A member's view of a call: the call, their municipality and its application (if any) with the tandem. */
export interface ApplyingContext extends OwnApplication {
  user: CurrentUser;
  call: Call;
  municipality: { id: number; name: string; slug: string };
}

/** The application of a municipality to a call, with its tandem (none yet: null and []). */
export async function applicationWithTandem(db: Db, callId: number, municipalityId: number): Promise<OwnApplication> {
  const application = await applicationOfMunicipality(db, callId, municipalityId);
  return { application, tandem: application ? await tandemOfApplication(db, application.id) : [] };
}

/** The tandem seat a mailed invitation link stands for, in this call, with its application. */
export async function invitationOf(db: Db, callId: number, token: string) {
  const [row] = await db
    .select({ seat: callTandems, application: callApplications })
    .from(callTandems)
    .innerJoin(callApplications, eq(callApplications.id, callTandems.applicationId))
    .where(and(eq(callTandems.inviteTokenHash, hashToken(token)), eq(callApplications.callId, callId)));
  return row ?? null;
}

/** The application row, locked for the rest of the transaction, so two partners' writes run one after the other. */
export async function lockedApplication(tx: Db, applicationId: number): Promise<CallApplication | null> {
  return (await tx.select(applicationColumns).from(callApplications).where(eq(callApplications.id, applicationId)).for("update"))[0] ?? null;
}

/** A municipality's applications to calls whose data is still kept, newest call first, for "Mein K360". */
export async function applicationsOfMunicipality(db: Db, municipalityId: number) {
  return db
    .select({
      call: calls,
      application: {
        id: callApplications.id,
        status: callApplications.status,
        submittedAt: callApplications.submittedAt,
        decision: callApplications.decision,
        notifiedAt: callApplications.notifiedAt,
      },
    })
    .from(callApplications)
    .innerJoin(calls, eq(calls.id, callApplications.callId))
    .where(and(eq(callApplications.municipalityId, municipalityId), isNull(calls.purgedAt)))
    .orderBy(desc(calls.deadline));
}

/** The letter of support of an application, or null while none is uploaded. */
export async function letterOf(db: Db, applicationId: number): Promise<{ fileName: string; data: Buffer } | null> {
  const [row] = await db
    .select({ fileName: callApplications.letterName, data: callApplications.letter })
    .from(callApplications)
    .where(eq(callApplications.id, applicationId));
  return row?.fileName && row.data ? { fileName: row.fileName, data: row.data } : null;
}
