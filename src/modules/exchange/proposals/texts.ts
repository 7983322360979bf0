/** German texts of topic proposals: occasions, states, field labels, notices and the decision mail. */

export const occasions = {
  ag: "AG-Treffen",
  festival: "Festival „Kommune gestaltet!“",
} as const;
export type Occasion = keyof typeof occasions;
export const isOccasion = (v: string): v is Occasion => v in occasions;

export const proposalStatuses = {
  open: "Offen",
  accepted: "Angenommen",
  declined: "Abgelehnt",
  merged: "Zusammengeführt",
  scheduled: "Terminiert",
  held: "Behandelt",
} as const;
export type ProposalStatus = keyof typeof proposalStatuses;
/** What the team decides on an open proposal; a date made of an accepted one makes it scheduled, and held once the date has passed. */
export type Decision = "accepted" | "declined" | "merged";

export const statusKinds: Record<ProposalStatus, "info" | "success" | "warning" | "danger"> = {
  open: "info",
  accepted: "success",
  declined: "danger",
  merged: "warning",
  scheduled: "success",
  held: "success",
};

export const decisionLabels: Record<Decision, string> = {
  accepted: "Annehmen",
  declined: "Ablehnen",
  merged: "Mit einem anderen Vorschlag zusammenführen",
};

export const fieldLabels: Record<string, string> = {
  title: "Titel",
  description: "Beschreibung",
  occasion: "Anlass",
  body: "Kommentar",
  decision: "Entscheidung",
  reason: "Begründung",
  mergeInto: "Zusammenführen mit",
};

export const limits = { titleMin: 5, title: 120, description: 2000, comment: 2000, reason: 2000 };

export const messages = {
  occasion: "Bitte wählen Sie, wofür Sie das Thema vorschlagen.",
  decision: "Bitte wählen Sie eine Entscheidung.",
  reason: "Bitte begründen Sie die Entscheidung; die vorschlagende Person erhält die Begründung.",
  mergeInto: "Bitte wählen Sie einen offenen Vorschlag für denselben Anlass.",
  proposal: "Der Themenvorschlag",
  program: "Das Programm",
  closed: "Über diesen Vorschlag ist bereits entschieden. Unterstützen, Kommentieren und Entscheiden sind nur bei offenen Vorschlägen möglich.",
  onlyForCohort:
    "Die Themenvorschläge sind für die Kommunen des laufenden Fellow-Programms und das Team der Initiative. Wie eine Kommune in das Fellow-Programm kommt, steht auf der Seite „Fellow-Programm“ (/fellow-programm).",
};

export const notices: Record<string, string> = {
  eingereicht: "Ihr Vorschlag ist eingereicht. Andere können ihn jetzt unterstützen und kommentieren.",
  unterstuetzt: "Sie unterstützen diesen Vorschlag.",
  zurueckgezogen: "Ihre Unterstützung ist zurückgezogen.",
  kommentiert: "Ihr Kommentar ist gespeichert.",
  entschieden: "Die Entscheidung ist gespeichert. Die vorschlagende Person ist per E-Mail informiert.",
  terminiert: "Der Termin ist angelegt und mit dem Vorschlag verknüpft.",
};

/** Making a date of an accepted proposal ("Termin aus Vorschlag anlegen"). */
export const scheduleTexts = {
  title: "Termin aus Vorschlag anlegen",
  notAccepted: "Nur aus einem angenommenen Vorschlag, der noch keinen Termin hat, lässt sich ein Termin anlegen.",
};

export const teamName = "Team der Initiative";

export const supportersLabel = (n: number) => (n === 1 ? "1 Unterstützung" : `${n} Unterstützungen`);

/** The mail to the proposer once the team has decided. */
export function decisionMail(
  item: { id: number; title: string; occasion: string },
  status: Decision,
  reason: string,
  target: { id: number; title: string } | null,
  proposerName: string,
  baseUrl: string,
) {
  const occasion = isOccasion(item.occasion) ? occasions[item.occasion] : item.occasion;
  const outcome =
    status === "accepted"
      ? `Das Team der Initiative hat Ihren Vorschlag für das ${occasion} angenommen.`
      : status === "declined"
        ? `Das Team der Initiative hat Ihren Vorschlag für das ${occasion} nicht aufgenommen.`
        : `Das Team der Initiative hat Ihren Vorschlag mit dem ähnlichen Vorschlag „${target?.title ?? ""}“ zusammengeführt. Die Unterstützungen zählen jetzt dort.`;
  const lines = [
    `Guten Tag ${proposerName},`,
    "",
    outcome,
    ...(reason ? ["", "Begründung:", reason] : []),
    "",
    `Ihr Vorschlag: ${baseUrl}/austausch/themenvorschlaege/${item.id}`,
    ...(target ? [`Zusammengeführt in: ${baseUrl}/austausch/themenvorschlaege/${target.id}`] : []),
    "",
    "Vielen Dank, dass Sie das Programm mitgestalten.",
    "Ihr Team der Initiative Kommune 360°",
  ];
  return { subject: `Ihr Themenvorschlag „${item.title}“: ${proposalStatuses[status]}`, text: lines.join("\n") };
}

const outcome: Record<Decision, string> = { accepted: "angenommen", declined: "abgelehnt", merged: "mit einem anderen Vorschlag zusammengeführt" };

/** What supporters read when a proposal is decided. */
export const decidedNotice = (proposal: { id: number; title: string }, decision: Decision) => ({
  subject: `Themenvorschlag ${outcome[decision]}: ${proposal.title}`,
  text: `Der Themenvorschlag „${proposal.title}“, den Sie unterstützen, wurde ${outcome[decision]}.`,
  path: `/austausch/themenvorschlaege/${proposal.id}`,
});

/** The proposals' panel on "Mein K360". */
export const startTexts = {
  open: (n: number) => (n === 1 ? "1 offener Themenvorschlag" : `${n} offene Themenvorschläge`),
  supporters: (n: number) => (n === 1 ? "1 Unterstützung" : `${n} Unterstützungen`),
  none: "Es gibt keine offenen Themenvorschläge.",
  all: "Alle Themenvorschläge",
};
