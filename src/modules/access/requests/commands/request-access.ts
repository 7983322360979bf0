import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { enqueueMail } from "../../../../platform/mail/queue.ts";
import { findUserByEmail, normaliseEmail } from "../../../../platform/auth/service.ts";
import { hashToken, newToken } from "../../../../platform/auth/tokens.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { findMunicipalityWithDomains } from "../../../municipalities/index.ts";
import { accessRequests } from "../../tables.ts";
import type { RequestInput } from "../schemas.ts";
import { isOfficialAddress } from "../rules/official-address.ts";
import { mails, messages } from "../texts.ts";
import { alreadyRegisteredMail } from "../../members/texts.ts";

export const linkDays = 7;

/**
 * Takes a request for access. Every case queues one mail and gives the same answer, so the form
 * tells nobody whether the address has an account: an existing account is told so; an address at
 * the municipality's official domain gets a link to confirm (7 days); any other request, and every
 * request to lead a municipality (a leader manages its members), waits for the team. A newer request of the same address replaces one not yet decided.
 */
export async function requestAccess(db: Db, baseUrl: string, input: RequestInput): Promise<CommandResult> {
  const municipality = await findMunicipalityWithDomains(db, input.municipality);
  if (!municipality) return refused({ municipality: messages.unknownMunicipality });
  const email = normaliseEmail(input.email);
  const official = input.role !== "leader" && isOfficialAddress(email, municipality.officialDomains);
  const token = newToken();
  await db.transaction(async (tx) => {
    // Also for an address with an account: the same statements run for a known and an unknown address.
    await tx.delete(accessRequests).where(and(eq(accessRequests.email, email), inArray(accessRequests.status, ["unconfirmed", "open"])));
    if (await findUserByEmail(tx, email)) {
      await enqueueMail(tx, { to: email, ...alreadyRegisteredMail(baseUrl) });
      return;
    }
    await tx.insert(accessRequests).values({
      name: input.name,
      email,
      role: input.role,
      municipalityId: municipality.id,
      note: input.note,
      status: official ? "unconfirmed" : "open",
      confirmTokenHash: official ? hashToken(token) : null,
      confirmExpiresAt: official ? new Date(Date.now() + linkDays * 24 * 60 * 60 * 1000) : null,
    });
    const mail = official
      ? mails.confirm(input.name, municipality.name, `${baseUrl}/zugang/bestaetigen/${token}`)
      : mails.received(input.name, municipality.name);
    await enqueueMail(tx, { to: email, ...mail });
  });
  return succeeded(null);
}
