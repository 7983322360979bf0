import type { VNode } from "preact";
import type { CurrentUser } from "../auth/current-user.ts";
import type { Db } from "../../db/client.ts";

/** Markup a module places in the footer of every page; it gets the page's path. */
export type FooterPart = (page: { path: string }) => VNode;

/**
 * A section a module adds to a municipality's profile (the practice reports of the exchange, the
 * tandem of the program), for this reader; null when it has nothing to show. Profiles kept for
 * anonymous readers are kept at most an hour, which bounds how long such a section may be stale.
 */
export interface ProfilePart {
  /** Position among the parts, lowest first. */
  order: number;
  render(db: Db, municipality: { id: number; name: string }, user: CurrentUser | null): Promise<VNode | null>;
}

/** A link a module adds to every page: in the main navigation, the footer, or beside the signed-in user's name. */
export interface NavigationEntry {
  place: "main" | "footer" | "account";
  label: string;
  /** The address, or a function of the current page's path (a report about this page). */
  href: string | ((path: string) => string);
  /** Position within its place, lowest first. */
  order: number;
  /** Shown only to the signed-in users this says yes to (a module's policy); without it, to everyone. */
  shownTo?: (user: CurrentUser) => boolean;
  /** Account links of one group ("Redaktion") are shown together, as a menu under the group's name. */
  group?: string;
  /** What waits behind the link (comments to approve), counted on each page for those who see the link; keep it to one indexed count. */
  count?: (db: Db) => Promise<number>;
}

/** What the modules add to every page's frame (read from their manifests once, at start). */
export interface Frame {
  navigation: NavigationEntry[];
  footerParts: FooterPart[];
}

/** What every page's layout needs from the request. */
export interface PageContext {
  path: string;
  user: CurrentUser | null;
  stylesheet: string;
  /** CSRF token for the forms on this page (logout included), created only when a page has forms. */
  csrfToken: string | null;
  frame: Frame;
  /** The counts of the links this user sees, by address. */
  counts: Map<string, number>;
}
