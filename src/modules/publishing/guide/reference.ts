import type { Crumb } from "../../../platform/views/layout.tsx";

/** The three levels of the Change-Guide, in reading order. */
export const levels = {
  individuell: {
    label: "Individuelle Ebene",
    short: "Individuell",
    description: "Was Sie selbst für die Veränderung tun können: Haltung, Rolle, Umgang mit Widerständen und mit den eigenen Kräften.",
  },
  organisation: {
    label: "Ebene der Organisation",
    short: "Organisation",
    description: "Die Verwaltung als Ganzes: Strukturen, Abläufe, Führung und die Kultur der Zusammenarbeit über Ämter und Ressorts hinweg.",
  },
  kommunal: {
    label: "Kommunale Ebene",
    short: "Kommunal",
    description: "Der weitere Kreis: Politik, freie Träger und junge Menschen mit ihren Familien als Mitgestaltende einer integrierten Planung.",
  },
} as const;
export type Level = keyof typeof levels;

/** Kinds of sections; "text" is background without its own type. */
export const kinds = {
  methode: { label: "Methode", plural: "Methoden" },
  modell: { label: "Modell", plural: "Modelle" },
  praxistipp: { label: "Praxistipp", plural: "Praxistipps" },
  reflexionsfrage: { label: "Reflexionsfrage", plural: "Reflexionsfragen" },
  text: { label: "Hintergrund", plural: "Hintergrundtexte" },
} as const;
export type Kind = keyof typeof kinds;

export const isLevel = (value: string): value is Level => Object.hasOwn(levels, value);
export const isKind = (value: string): value is Kind => Object.hasOwn(kinds, value);

/** The search index kind of a guide section. */
export const guideSearchKind = "leitfaden";

/** Addresses under /change-guide that are pages of their own, so no chapter may take them as its slug. */
export const reservedSlugs = new Set(["suche", "redaktion"]);

export const guideTitle = "Change-Guide";

/** Breadcrumbs: Startseite › Angebote › Change-Guide › … */
export const guideCrumbs = (...rest: Crumb[]): Crumb[] => [
  { label: "Startseite", href: "/" },
  { label: "Angebote", href: "/angebote" },
  ...(rest.length ? [{ label: guideTitle, href: "/change-guide" }, ...rest] : [{ label: guideTitle }]),
];

/** Which formats of the Fellow program deepen which level (the formats themselves carry no topics). */
export function formatFitsLevel(format: { kind: string; rule: { obligee: string } }, level: Level): boolean {
  if (format.kind === "trainingPath")
    return level === "individuell" ? format.rule.obligee !== "leader" : level === "organisation" && format.rule.obligee !== "planningSpecialist";
  if (level === "kommunal") return ["municipalWorkshop", "workingGroupMeeting", "openOnlineEvent"].includes(format.kind);
  return level === "organisation" && format.kind === "municipalWorkshop";
}
