import type { NavigationEntry } from "./views/page-context.ts";

/** The platform's own links beside those of the modules: its API documentation and the admin's outbox. */
export const platformNavigation: NavigationEntry[] = [
  { place: "footer", label: "Programmierschnittstelle (API)", href: "/api/docs", order: 90 },
  { place: "account", label: "Postausgang", href: "/admin/postausgang", order: 90, shownTo: (user) => user.role === "admin" },
];
