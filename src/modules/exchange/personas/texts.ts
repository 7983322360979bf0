/** German texts of the persona method: field labels, the canvas's four quadrants, messages and notices. */

export const quadrants = [
  { field: "drives", title: "Was treibt sie/ihn an?", hint: "Motive, Ziele, Überzeugungen – warum setzt sich die Person für die Planung ein?" },
  { field: "stumblingBlocks", title: "Stolpersteine", hint: "Was bremst, was fehlt, wo hakt es in Verwaltung, Politik oder bei den Daten?" },
  { field: "whatWorks", title: "Was funktioniert", hint: "Was gelingt schon, worauf kann sie/er bauen?" },
  { field: "nextSteps", title: "Nächste Schritte", hint: "Was nimmt sich die Person als Nächstes vor?" },
] as const;
export type QuadrantField = (typeof quadrants)[number]["field"];

export const fieldLabels: Record<string, string> = {
  municipalityId: "Kommune",
  name: "Name der Persona",
  role: "Rolle",
  drives: "Was treibt sie/ihn an?",
  stumblingBlocks: "Stolpersteine",
  whatWorks: "Was funktioniert",
  nextSteps: "Nächste Schritte",
  shared: "Mit der Kohorte teilen",
};

export const limits = { name: 120, role: 200, text: 2000 };
/** The side-by-side view is for a meeting: more columns would not be readable on a projector. */
export const maxSideBySide = 8;

export const messages = {
  municipality: "Bitte wählen Sie eine Kommune der Kohorte.",
  notInCohort: "Nur Kommunen des laufenden Fellow-Programms können Personas mit der Kohorte teilen.",
  persona: "Die Persona",
};

export const notices: Record<string, string> = {
  angelegt: "Die Persona ist angelegt.",
  gespeichert: "Die Änderungen sind gespeichert.",
};
