import type { NavigationEntry } from "./views/page-context.ts";

/** The platform's own links beside those of the modules: Mein K360, the notification settings, the API documentation and the admin's outbox. */
export const platformNavigation: NavigationEntry[] = [
  { place: "account", label: "Mein K360", href: "/mein-k360", order: 0, shownTo: () => true },
  { place: "account", label: "Benachrichtigungen", href: "/konto/benachrichtigungen", order: 80, shownTo: () => true },
  { place: "footer", label: "Programmierschnittstelle (API)", href: "/api/docs", order: 90 },
  { place: "account", label: "Postausgang", href: "/admin/postausgang", order: 90, shownTo: (user) => user.role === "admin" },
];
