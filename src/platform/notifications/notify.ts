import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { users } from "../auth/tables.ts";
import { isRole } from "../auth/roles.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { notificationItems, notificationPreferences } from "./tables.ts";
import type { Delivery, NotificationKind, NotificationMessage } from "./kinds.ts";

/** The delivery each of these people chose for the kind (or its default). */
export async function deliveriesOf(db: Db, kind: NotificationKind, userIds: number[]): Promise<Map<number, Delivery>> {
  const chosen = userIds.length
    ? await db
        .select()
        .from(notificationPreferences)
        .where(and(eq(notificationPreferences.kind, kind.key), inArray(notificationPreferences.userId, userIds)))
    : [];
  const byUser = new Map(chosen.map((c) => [c.userId, c.delivery as Delivery]));
  return new Map(userIds.map((id) => [id, byUser.get(id) ?? kind.defaultDelivery]));
}

/**
 * Tells people about something, as each of them chose: a mail at once, a line in the daily digest,
 * or nothing. `recipients` are account ids, or "all" for every account the kind is meant for (the
 * team). Call it with the command's transaction: the mails go out through the queue afterwards.
 */
export async function notify(db: Db, kind: NotificationKind, recipients: number[] | "all", message: NotificationMessage): Promise<void> {
  if (recipients !== "all" && recipients.length === 0) return;
  const accounts = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, municipalityId: users.municipalityId })
    .from(users)
    .where(recipients === "all" ? undefined : inArray(users.id, recipients));
  const receivers = accounts.filter((a): a is CurrentUser => isRole(a.role) && kind.receivers(a as CurrentUser));
  const chosen = await deliveriesOf(
    db,
    kind,
    receivers.map((r) => r.id),
  );
  const items = receivers
    .filter((r) => chosen.get(r.id) !== "off")
    .map((r) => ({ userId: r.id, kind: kind.key, ...message, digest: chosen.get(r.id) === "digest" }));
  if (items.length) await db.insert(notificationItems).values(items);
}
