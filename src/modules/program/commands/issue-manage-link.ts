import type { Db } from "../../../db/client.ts";
import { hashToken, newToken } from "../../../platform/auth/tokens.ts";
import { registrationLinks } from "../tables.ts";

/** A new secret link for a registration's mail: whoever holds it sees the registration and may cancel it. Earlier links stay valid. */
export async function issueManageLink(db: Db, baseUrl: string, eventId: number, registrationId: number): Promise<string> {
  const token = newToken();
  await db.insert(registrationLinks).values({ tokenHash: hashToken(token), registrationId });
  return `${baseUrl}/termine/${eventId}/anmeldung/${token}`;
}
