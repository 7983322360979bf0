import type { VNode } from "preact";
import type { CurrentUser } from "../auth/current-user.ts";

/** Markup a module places in the footer of every page; it gets the page's path and CSRF token. */
export type FooterPart = (page: { path: string }) => VNode;

/** What every page's layout needs from the request. */
export interface PageContext {
  path: string;
  user: CurrentUser | null;
  stylesheet: string;
  /** CSRF token for the forms on this page (logout included), created only when a page has forms. */
  csrfToken: string | null;
  footerParts: FooterPart[];
}
