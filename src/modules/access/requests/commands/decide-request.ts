import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { enqueueMail } from "../../../../platform/mail/queue.ts";
import { isRole } from "../../../../platform/auth/roles.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { findMunicipalityWithDomains } from "../../../municipalities/index.ts";
import { accessRequests } from "../../tables.ts";
import { invitePerson } from "../../members/commands/invite-person.ts";
import { mails, messages } from "../texts.ts";

/** Marks an open request decided; only one decision counts when two of the team click at once. */
async function takeOpen(db: Db, id: number, status: "approved" | "declined", reason = "") {
  const rows = await db
    .update(accessRequests)
    .set({ status, reason, decidedAt: new Date() })
    .where(and(eq(accessRequests.id, id), eq(accessRequests.status, "open")))
    .returning();
  return rows[0] ?? null;
}

const municipalityName = async (db: Db, id: number) => (await findMunicipalityWithDomains(db, id))?.name ?? "";

/** The team approves a request: the account is opened for the municipality and the person gets a link to set it up (7 days). */
export async function approveRequest(db: Db, baseUrl: string, id: number): Promise<CommandResult> {
  return db.transaction(async (tx) => {
    const request = await takeOpen(tx, id, "approved");
    if (!request || !isRole(request.role)) return refusedForm(messages.notOpen);
    const municipality = await municipalityName(tx, request.municipalityId);
    const invitee = { name: request.name, email: request.email, role: request.role, municipalityId: request.municipalityId };
    await invitePerson(tx, baseUrl, invitee, (url) => mails.approved(request.name, municipality, url));
    return succeeded(null);
  });
}

/** The team declines a request with a reason, which the person gets by mail. */
export async function declineRequest(db: Db, id: number, reason: string): Promise<CommandResult> {
  return db.transaction(async (tx) => {
    const request = await takeOpen(tx, id, "declined", reason);
    if (!request) return refusedForm(messages.notOpen);
    const municipality = await municipalityName(tx, request.municipalityId);
    await enqueueMail(tx, { to: request.email, ...mails.declined(request.name, municipality, reason) });
    return succeeded(null);
  });
}
