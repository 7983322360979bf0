import type { CurrentUser } from "../auth/current-user.ts";

/** What every page's layout needs from the request. */
export interface PageContext {
  path: string;
  user: CurrentUser | null;
  stylesheet: string;
  /** CSRF token for the forms on this page (logout included), created only when a page has forms. */
  csrfToken: string | null;
}
