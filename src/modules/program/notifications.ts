import type { NotificationKind } from "../../platform/notifications/kinds.ts";

/** The team hears when someone excuses themselves from a date (they may need to plan anew). */
export const personExcused: NotificationKind = {
  key: "programm-entschuldigung",
  label: "Jemand entschuldigt sich für einen Termin",
  receivers: (user) => user.role === "admin",
  defaultDelivery: "immediate",
};

export const notifications: NotificationKind[] = [personExcused];
