import { Type } from "@sinclair/typebox";
import type { Db } from "../../db/client.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { Choice } from "../http/schemas.ts";
import { succeeded, type CommandResult } from "../commands.ts";
import { notificationPreferences } from "./tables.ts";
import { deliveries, type Delivery, type NotificationKind } from "./kinds.ts";
import { deliveriesOf } from "./notify.ts";

/** The settings form's body: one optional choice per kind the modules declare. */
export const preferencesBody = (kinds: NotificationKind[]) => Type.Object(Object.fromEntries(kinds.map((k) => [k.key, Type.Optional(Choice(deliveries))])));

/** The kinds this person may receive, each with the delivery that holds now. */
export async function preferencesOf(db: Db, user: CurrentUser, kinds: NotificationKind[]): Promise<{ kind: NotificationKind; delivery: Delivery }[]> {
  const own = kinds.filter((k) => k.receivers(user));
  return Promise.all(own.map(async (kind) => ({ kind, delivery: (await deliveriesOf(db, kind, [user.id])).get(user.id)! })));
}

/** Saves the person's choices for the kinds meant for them; fields of other kinds change nothing. */
export async function savePreferences(db: Db, user: CurrentUser, kinds: NotificationKind[], input: Partial<Record<string, Delivery>>): Promise<CommandResult> {
  const chosen = kinds.filter((k) => k.receivers(user) && input[k.key] !== undefined).map((k) => ({ userId: user.id, kind: k.key, delivery: input[k.key]! }));
  await db.transaction(async (tx) => {
    for (const row of chosen)
      await tx
        .insert(notificationPreferences)
        .values(row)
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { delivery: row.delivery } });
  });
  return succeeded(null);
}
