/** German strings the planning features share. */
export const sharedTexts = {
  municipalityNotFound: "Diese Kommune gibt es im Verzeichnis nicht.",
  noAreas: "Für diese Kommune sind noch keine Planungsräume angelegt.",
  workbench: "Planung",
};

/** The sections of the planning workbench, in the order of the work. */
export const sections = [
  { path: "", label: "Übersicht" },
  { path: "/gebiete", label: "Planungsräume" },
  { path: "/indikatoren", label: "Indikatoren" },
  { path: "/werte", label: "Werte importieren" },
  { path: "/analyse", label: "Sozialraumanalyse" },
  { path: "/karte", label: "Karte" },
  { path: "/veroeffentlichungen", label: "Veröffentlichungen" },
] as const;
