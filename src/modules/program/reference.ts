/** Registration statuses and which of them hold a seat. */
export const registrationStatuses = {
  pending: "E-Mail noch nicht bestätigt",
  registered: "angemeldet",
  confirmed: "bestätigt",
  waitlisted: "Warteliste",
  cancelled: "abgesagt",
  excused: "vorab entschuldigt",
  attended: "teilgenommen",
  noShow: "nicht erschienen",
} as const;
export type RegistrationStatus = keyof typeof registrationStatuses;

export const seatHolding: readonly RegistrationStatus[] = ["registered", "confirmed", "attended", "noShow"];

export const audiences = {
  cohort: "Fellow-Kommunen (Tandems)",
  leaders: "Führungskräfte der Tandems",
  planningSpecialists: "Planungsfachkräfte der Tandems",
  public: "offen für alle",
} as const;

/** The tandem role an audience is limited to, if any. */
export const audienceRole: Partial<Record<keyof typeof audiences, "leader" | "planningSpecialist">> = {
  leaders: "leader",
  planningSpecialists: "planningSpecialist",
};
export type Audience = keyof typeof audiences;

export const fellowProgramSlug = "fellow-2025-2027";
