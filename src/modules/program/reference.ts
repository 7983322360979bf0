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

/** A visitor's registration that is not confirmed by the e-mail link within this time lapses (the mail says so). */
export const pendingLapseHours = 48;

export const seatHolding: readonly RegistrationStatus[] = ["registered", "confirmed", "attended", "noShow"];

/** Whom the team's message to an event's registrants reaches: who holds a seat or waits for one (not unconfirmed addresses). */
export const messageRecipientStatuses: readonly RegistrationStatus[] = [...seatHolding, "waitlisted"];

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

/**
 * The rules of a format, as the team sets them. Obligations are computed from these and from
 * registrations and attendance, never typed by hand.
 */
export type FormatKind = "municipalWorkshop" | "checkIn" | "trainingPath" | "workingGroupMeeting" | "openOnlineEvent" | "oneOff";

/** Who a format obliges: nobody, the municipality (any tandem member counts), or one tandem role. */
export type Obligee = "none" | "municipality" | "leader" | "planningSpecialist";

export interface FormatRule {
  obligee: Obligee;
  /** How many events (or, for training paths, modules) must be attended. */
  required: number;
  /** Training paths: every module counts once and all its days must be attended. */
  byModule: boolean;
}

export const formatKinds: Record<FormatKind, string> = {
  municipalWorkshop: "Kommunal-Workshop",
  checkIn: "Check-In",
  trainingPath: "Lernpfad",
  workingGroupMeeting: "K360 AG-Treffen",
  openOnlineEvent: "Kommune gestaltet!",
  oneOff: "Einzelveranstaltung",
};

export const obligees: Record<Obligee, string> = {
  none: "freiwillig",
  municipality: "für die Kommune (eine Person des Tandems genügt)",
  leader: "für die Führungskraft",
  planningSpecialist: "für die Planungsfachkraft",
};
