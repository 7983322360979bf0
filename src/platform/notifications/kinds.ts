import type { CurrentUser } from "../auth/current-user.ts";

/** How a person gets one kind of notification. */
export const deliveries = ["off", "immediate", "digest"] as const;
export type Delivery = (typeof deliveries)[number];

/**
 * A kind of notification a module declares in its manifest (ADR 0010) and sends with `notify`
 * from its commands. Each person chooses its delivery on "Benachrichtigungen".
 */
export interface NotificationKind {
  /** Stable name, also the form field: letters and hyphens ("bericht-eingereicht"). */
  key: string;
  /** What it is about, in German, as the settings page shows it. */
  label: string;
  /** Who may receive it (and sees it in the settings). */
  receivers(user: CurrentUser): boolean;
  /** The delivery until the person chooses another. */
  defaultDelivery: Delivery;
}

/** What a notification says: a subject, a short text, and the page to act on (a path on this site). */
export interface NotificationMessage {
  subject: string;
  text: string;
  path: string;
}
