import { workbenchPath } from "../routes/access.ts";
import { sharedTexts } from "../texts.ts";

/** The breadcrumbs of a workbench page: the municipality's profile, the workbench, then the page itself (if it is not the overview). */
export function workbenchCrumbs(municipality: { slug: string; name: string }, ...trail: { label: string; href?: string }[]) {
  const planning = { label: sharedTexts.workbench, ...(trail.length > 0 ? { href: workbenchPath(municipality) } : {}) };
  return [
    { label: "Startseite", href: "/" },
    { label: "Kommunen", href: "/kommunen" },
    { label: municipality.name, href: `/kommunen/${municipality.slug}` },
    planning,
    ...trail,
  ];
}
