import type { Crumb } from "../../../platform/views/layout.tsx";

/** Breadcrumbs of the exchange: Startseite › Austausch › … */
export const exchangeCrumbs = (...rest: Crumb[]): Crumb[] => [{ label: "Startseite", href: "/" }, { label: "Austausch", href: "/austausch" }, ...rest];
