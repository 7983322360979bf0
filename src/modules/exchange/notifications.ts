import { isMemberRole } from "../../platform/auth/roles.ts";
import type { NotificationKind } from "../../platform/notifications/kinds.ts";

/** The team reviews what municipalities submit. */
export const reportSubmitted: NotificationKind = {
  key: "bericht-eingereicht",
  label: "Ein Praxisbeispiel wartet auf die Prüfung",
  receivers: (user) => user.role === "admin",
  defaultDelivery: "immediate",
};

/** Authors hear what became of their report. */
export const reportDecided: NotificationKind = {
  key: "bericht-entschieden",
  label: "Ihr Praxisbeispiel wurde veröffentlicht oder zur Überarbeitung zurückgegeben",
  receivers: (user) => isMemberRole(user.role),
  defaultDelivery: "immediate",
};

/** Supporters of a topic proposal hear the team's decision. */
export const proposalDecided: NotificationKind = {
  key: "vorschlag-entschieden",
  label: "Über einen Themenvorschlag, den Sie unterstützen, wurde entschieden",
  receivers: (user) => isMemberRole(user.role),
  defaultDelivery: "digest",
};

export const notifications: NotificationKind[] = [reportSubmitted, reportDecided, proposalDecided];
