/** Fixed vocabularies of calls for applications: kinds, statuses, planning stages, regions, default criteria. */

export const callKinds = {
  fellow: "Fellow-Programm (die ausgewählten Kommunen bilden die neue Kohorte)",
  offering: "Anderes Angebot, das Kommunen auswählt",
} as const;
export type CallKind = keyof typeof callKinds;

export const callStatuses = {
  draft: "Entwurf",
  open: "Veröffentlicht",
  decided: "Entschieden",
} as const;
export type CallStatus = keyof typeof callStatuses;

export const applicationStatuses = {
  draft: "Entwurf",
  submitted: "Eingereicht",
} as const;
export type ApplicationStatus = keyof typeof applicationStatuses;

export const decisions = {
  accepted: "Zusage",
  declined: "Absage",
} as const;
export type Decision = keyof typeof decisions;

export const tandemRoles = {
  leader: "Führungskraft mit Planungs- und Steuerungsverantwortung",
  planningSpecialist: "Planungsfachkraft (Jugendhilfeplanung)",
} as const;
export type TandemRole = keyof typeof tandemRoles;

/** How far a municipality's integrated planning has come; a dimension of the cohort's heterogeneity. */
export const planningStages = {
  start: "Am Anfang: es gibt noch keine gemeinsame Planung",
  partial: "Teilweise: einzelne Bereiche planen abgestimmt",
  established: "Eingeführt: integrierte Planung läuft und soll wirken",
} as const;
export type PlanningStage = keyof typeof planningStages;

/** The four regions of Germany by Land (first two AGS digits), a coarser dimension than the Länder. */
export const regions: Record<string, string> = {
  "01": "Norden",
  "02": "Norden",
  "03": "Norden",
  "04": "Norden",
  "05": "Westen",
  "06": "Westen",
  "07": "Westen",
  "10": "Westen",
  "08": "Süden",
  "09": "Süden",
  "11": "Osten",
  "12": "Osten",
  "13": "Osten",
  "14": "Osten",
  "15": "Osten",
  "16": "Osten",
};

/** A criterion the reviewers score, with its weight in the total (1–3). */
export interface Criterion {
  key: string;
  label: string;
  description: string;
  weight: number;
}

/** A question of the call that every application answers in free text. */
export interface Question {
  key: string;
  label: string;
  help: string;
  maxLength: number;
}

/** What the municipality commits for the program. */
export interface Commitment {
  trainings: boolean;
  workingGroups: boolean;
  checkIns: boolean;
  hoursPerMonth: number;
}

/** The criteria a new call starts with; the team changes them per call. */
export const defaultCriteria: Criterion[] = [
  {
    key: "vorhaben",
    label: "Veränderungsvorhaben",
    description: "Das Vorhaben zielt auf integrierte Planung und Steuerung und ist in zwei Jahren erreichbar.",
    weight: 3,
  },
  {
    key: "tandem",
    label: "Tandem und Rückhalt",
    description: "Führungskraft und Planungsfachkraft tragen das Vorhaben gemeinsam, die Verwaltungsspitze unterstützt es.",
    weight: 2,
  },
  {
    key: "verbindlichkeit",
    label: "Verbindlichkeit",
    description: "Die Kommune kann die Zeit für Trainings, AG-Treffen und Check-Ins zusagen.",
    weight: 2,
  },
  {
    key: "transfer",
    label: "Nutzen für andere",
    description: "Andere Kommunen können aus dem Vorhaben lernen.",
    weight: 1,
  },
];

/** The questions a new call starts with. */
export const defaultQuestions: Question[] = [
  {
    key: "beteiligte",
    label: "Wer ist außer dem Tandem beteiligt?",
    help: "Zum Beispiel Sozialplanung, Schulverwaltung, Gesundheitsamt, freie Träger.",
    maxLength: 2000,
  },
];

/** Limits of the free-text fields of an application (characters). */
export const textLimits = { title: 200, summary: 3000, situation: 4000, expectations: 3000 } as const;

/** The letter of support: a PDF up to this size. */
export const letterMaxBytes = 10 * 1024 * 1024;
