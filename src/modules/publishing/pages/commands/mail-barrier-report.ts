import type { Db } from "../../../../db/client.ts";
import type { Mailer } from "../../../../platform/mail/mailer.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { adminAddresses } from "../queries.ts";
import type { BarrierValues } from "../schemas.ts";
import { barrierMail } from "../texts.ts";

/** Mails a stored report to every admin; the reporter gets no mail, so the form cannot be used to send mail to others. The value is how many got it. */
export async function mailBarrierReport(db: Db, mailer: Mailer, baseUrl: string, id: number, values: BarrierValues): Promise<CommandResult<number>> {
  const recipients = await adminAddresses(db);
  const mail = barrierMail(id, values, baseUrl);
  for (const to of recipients) await mailer.send({ to, ...mail });
  return succeeded(recipients.length);
}
