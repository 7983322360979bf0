import { roles, type Role } from "./auth/roles.ts";

/**
 * What every route answers to whom: each module's testing.ts lists its routes with one working
 * address (and body) and the expected status per role. The permission test and the bad-input test
 * walk these lists, and fail when a registered route has none.
 */
export type Who = Role | "anonymous";

export interface RouteCase {
  url: string;
  body?: Record<string, string>;
  expect: Record<Who, number>;
  /** Ends the session the other cases use, so it runs after them. */
  last?: boolean;
}

/** Keyed by "METHOD /pattern" as the route was registered, with a note in brackets for a second case of one route. */
export type RouteCases = Record<string, RouteCase>;

export const everyone: Who[] = ["anonymous", ...roles];
export const all = (status: number) => Object.fromEntries(everyone.map((who) => [who, status])) as Record<Who, number>;
export const loggedIn = (allowed: Role[], ok: number) =>
  ({ ...all(403), anonymous: 401, ...Object.fromEntries(allowed.map((role) => [role, ok])) }) as Record<Who, number>;
/** The initiative's team. */
export const team: Role[] = ["admin", "editor"];
/** Every signed-in account may, anonymous visitors are asked to sign in. */
export const members = { ...all(200), anonymous: 401 };
/** Bonn's members (leader, planningSpecialist) and the admin; staff belongs to Leipzig. */
export const bonnEditors: Role[] = ["admin", "leader", "planningSpecialist"];
export const bonnMembers: Role[] = ["leader", "planningSpecialist"];
/** A token of the right length that was never issued. */
export const bogusToken = (letter: string) => letter.repeat(43);

/** The platform's own routes: sign-in, password, the outbox and the API documentation. */
export function platformRouteCases(): RouteCases {
  const bogus = bogusToken("x");
  return {
    "GET /api/docs": { url: "/api/docs", expect: all(200) },
    "GET /api/openapi.json": { url: "/api/openapi.json", expect: all(200) },
    "GET /anmelden": { url: "/anmelden", expect: all(200) },
    "POST /anmelden": { url: "/anmelden", body: { email: "niemand@example.org", password: "falsch" }, expect: all(401) },
    "POST /anmelden/link": { url: "/anmelden/link", body: { email: "niemand@example.org" }, expect: all(303) },
    "GET /anmelden/link-gesendet": { url: "/anmelden/link-gesendet", expect: all(200) },
    "GET /anmelden/link/:token": { url: `/anmelden/link/${bogus}`, expect: all(410) },
    "POST /anmelden/link/:token": { url: `/anmelden/link/${bogus}`, body: {}, expect: all(410) },
    "GET /passwort-vergessen": { url: "/passwort-vergessen", expect: all(200) },
    "POST /passwort-vergessen": { url: "/passwort-vergessen", body: { email: "niemand@example.org" }, expect: all(303) },
    "GET /passwort-neu/:token": { url: `/passwort-neu/${bogus}`, expect: all(410) },
    "POST /passwort-neu/:token": { url: `/passwort-neu/${bogus}`, body: { password: "langes-passwort", confirm: "langes-passwort" }, expect: all(410) },
    "GET /konto-einrichten/:token": { url: `/konto-einrichten/${bogus}`, expect: all(410) },
    "POST /konto-einrichten/:token": { url: `/konto-einrichten/${bogus}`, body: { password: "langes-passwort", confirm: "langes-passwort" }, expect: all(410) },
    "GET /admin/postausgang": { url: "/admin/postausgang", expect: loggedIn(["admin"], 200) },
    "GET /admin/postausgang/:id": { url: "/admin/postausgang/1700000000000-000000-00000000", expect: loggedIn(["admin"], 404) },
    "GET /mein-k360": { url: "/mein-k360", expect: members },
    "GET /konto/benachrichtigungen": { url: "/konto/benachrichtigungen", expect: members },
    "POST /konto/benachrichtigungen": { url: "/konto/benachrichtigungen", body: {}, expect: { ...all(303), anonymous: 401 } },
    // Last, because it ends the session the other cases use.
    "POST /abmelden": { url: "/abmelden", body: {}, expect: all(303), last: true },
  };
}
