/** Who may read a practice report once it is published. */
export const visibilities = {
  public: { label: "Öffentlich", hint: "Alle, auch ohne Anmeldung." },
  network: { label: "Netzwerk", hint: "Alle angemeldeten Mitglieder der Plattform." },
  cohort: { label: "Kohorte", hint: "Die Kommunen des laufenden Fellow-Programms und das Team." },
  municipality: { label: "Nur eigene Kommune", hint: "Nur Ihre Kommune und das Team der Initiative." },
} as const;
export type Visibility = keyof typeof visibilities;
export const isVisibility = (v: string): v is Visibility => v in visibilities;

export const reportStatuses = {
  draft: "Entwurf",
  review: "In Prüfung",
  published: "Veröffentlicht",
} as const;
export type ReportStatus = keyof typeof reportStatuses;

/** Kinds of things in the search index that belong to this module. */
export const reportKind = "bericht";
