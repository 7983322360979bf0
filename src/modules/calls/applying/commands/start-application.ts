import type { Db } from "../../../../db/client.ts";
import type { CurrentUser } from "../../../../platform/auth/current-user.ts";
import { findUserByEmail } from "../../../../platform/auth/service.ts";
import { isMemberRole, isRole } from "../../../../platform/auth/roles.ts";
import { hashToken, newToken } from "../../../../platform/auth/tokens.ts";
import { enqueueMail } from "../../../../platform/mail/queue.ts";
import { refused, refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { callApplications, callTandems } from "../../tables.ts";
import { tandemRoles, type TandemRole } from "../../reference.ts";
import type { Call } from "../../queries.ts";
import type { StartInput } from "../schemas.ts";
import { invitationMail, messages } from "../texts.ts";

const otherRole = (role: TandemRole): TandemRole => (role === "leader" ? "planningSpecialist" : "leader");

/**
 * Starts the application of the user's municipality: the user takes one seat of the tandem (confirmed
 * at once), the partner – a member of the same municipality – the other, and is invited by mail with a
 * link whose hash alone is stored. A municipality applies once per call.
 */
export async function startApplication(
  db: Db,
  baseUrl: string,
  call: Call,
  user: CurrentUser,
  municipality: { id: number; name: string },
  input: StartInput,
): Promise<CommandResult<number>> {
  if (input.partnerEmail === user.email) return refused({ partnerEmail: messages.partnerIsSelf });
  const partner = await findUserByEmail(db, input.partnerEmail);
  if (!partner || partner.municipalityId !== municipality.id || !isRole(partner.role) || !isMemberRole(partner.role))
    return refused({ partnerEmail: messages.partnerUnknown });
  const token = newToken();
  const now = new Date();
  return db.transaction(async (tx) => {
    const [application] = await tx
      .insert(callApplications)
      .values({ callId: call.id, municipalityId: municipality.id })
      .onConflictDoNothing()
      .returning({ id: callApplications.id });
    if (!application) return refusedForm<number>(messages.alreadyApplied);
    const partnerRole = otherRole(input.role);
    await tx.insert(callTandems).values([
      { applicationId: application.id, role: input.role, userId: user.id, name: user.name, email: user.email, confirmedAt: now },
      { applicationId: application.id, role: partnerRole, name: input.partnerName, email: partner.email, inviteTokenHash: hashToken(token), invitedAt: now },
    ]);
    const url = `${baseUrl}/ausschreibungen/${call.slug}/bewerbung/bestaetigen/${token}`;
    const mail = invitationMail({
      partner: input.partnerName,
      inviter: user.name,
      municipality: municipality.name,
      call: call.title,
      role: tandemRoles[partnerRole],
      url,
    });
    await enqueueMail(tx, { to: partner.email, ...mail });
    return succeeded(application.id);
  });
}
