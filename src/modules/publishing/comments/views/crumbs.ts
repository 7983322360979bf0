import type { Crumb } from "../../../../platform/views/layout.tsx";

/** Breadcrumbs of the moderation: Startseite › Magazin › Kommentare moderieren › … */
export const moderationCrumbs = (...rest: Crumb[]): Crumb[] => [
  { label: "Startseite", href: "/" },
  { label: "Magazin", href: "/magazin" },
  rest.length ? { label: "Kommentare moderieren", href: "/magazin/kommentare" } : { label: "Kommentare moderieren" },
  ...rest,
];
