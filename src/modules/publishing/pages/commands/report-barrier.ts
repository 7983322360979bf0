import type { Db } from "../../../../db/client.ts";
import { enqueueMail } from "../../../../platform/mail/queue.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { adminAddresses } from "../queries.ts";
import type { BarrierInput } from "../schemas.ts";
import { barrierReports } from "../tables.ts";
import { barrierMail } from "../texts.ts";

/**
 * Stores a reader's barrier report and queues a mail about it to every admin; the reporter gets no
 * mail, so the form cannot be used to send mail to others. The value is the report's number.
 */
export async function reportBarrier(db: Db, input: BarrierInput, baseUrl: string): Promise<CommandResult<number>> {
  const values = { pageUrl: input.pageUrl ?? "", description: input.description, name: input.name ?? "", email: input.email ?? "" };
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(barrierReports).values(values).returning({ id: barrierReports.id });
    const mail = barrierMail(row.id, values, baseUrl);
    for (const to of await adminAddresses(tx)) await enqueueMail(tx, { to, ...mail });
    return succeeded(row.id);
  });
}
