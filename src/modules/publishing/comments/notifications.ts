import { isTeam } from "../../../platform/auth/current-user.ts";
import type { NotificationKind } from "../../../platform/notifications/kinds.ts";

/** The team moderates what readers write. */
export const commentWaiting: NotificationKind = {
  key: "kommentar-wartet",
  label: "Ein Kommentar wartet auf die Freigabe",
  receivers: (user) => isTeam(user),
  defaultDelivery: "digest",
};

export const notifications: NotificationKind[] = [commentWaiting];
