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
