/** The German texts of applying for a call as a tandem: labels, messages, notices and the invitation mail. */

export const fieldLabels: Record<string, string> = {
  role: "Ihre Rolle im Tandem",
  partnerName: "Name der Partnerin oder des Partners",
  partnerEmail: "E-Mail-Adresse der Partnerin oder des Partners",
  projectTitle: "Titel des Veränderungsvorhabens",
  projectSummary: "Das Vorhaben in Kürze",
  projectTopics: "Themen des Vorhabens",
  planningStage: "Stand der integrierten Planung",
  situation: "Die Lage vor Ort",
  expectations: "Was Sie vom Programm erwarten",
  trainings: "Trainings",
  workingGroups: "AG-Treffen",
  checkIns: "Check-Ins",
  hoursPerMonth: "Stunden im Monat",
  changeProjectId: "Vorhaben Ihrer Kommune",
  datei: "Unterstützungsschreiben",
  partner: "Tandem",
};

export const commitmentLabels = {
  trainings: "Wir nehmen an allen Trainings des Programms teil.",
  workingGroups: "Wir nehmen an den AG-Treffen der Kohorte teil.",
  checkIns: "Wir nehmen uns Zeit für die Check-Ins mit dem Team.",
} as const;

export const messages = {
  notFound: "Die Ausschreibung",
  partnerUnknown: "Unter dieser Adresse gibt es kein Mitglied Ihrer Kommune. Laden Sie die Person zuerst unter „Mitglieder“ ein.",
  partnerIsSelf: "Bitte nennen Sie hier die andere Person des Tandems, nicht sich selbst.",
  alreadyApplied: "Für Ihre Kommune gibt es zu dieser Ausschreibung schon eine Bewerbung. Jede Kommune bewirbt sich einmal.",
  closed: "Die Bewerbungsfrist ist abgelaufen. Die Bewerbung lässt sich nicht mehr ändern.",
  submitted: "Die Bewerbung ist eingereicht und lässt sich nicht mehr ändern.",
  notTandem: "Nur die beiden Personen des Tandems sehen und bearbeiten die Bewerbung.",
  linkInvalid: "Dieser Link gilt nicht mehr. Vielleicht haben Sie Ihre Teilnahme schon bestätigt – dann finden Sie die Bewerbung unter „Mein K360“.",
  linkForOther: "Diese Einladung ging an eine andere Adresse. Bitte melden Sie sich mit dem Konto an, an dessen Adresse die Einladung ging.",
  unknownTopic: "Bitte wählen Sie nur Themen aus der Liste.",
  unknownProject: "Bitte wählen Sie ein Vorhaben aus dem Profil Ihrer Kommune.",
  answerTooLong: (max: number) => `Bitte antworten Sie mit höchstens ${max.toLocaleString("de-DE")} Zeichen.`,
  noFile: "Bitte wählen Sie das Schreiben als PDF-Datei aus.",
  tooLarge: (megabytes: number) => `Die Datei ist zu groß. Bitte laden Sie ein PDF von höchstens ${megabytes} MB hoch.`,
  noLetterFound: "Das Unterstützungsschreiben",
};

/** What submitting needs; each message stands next to its field. */
export const missing: Record<string, string> = {
  partner: "Die Partnerin oder der Partner hat die Teilnahme noch nicht bestätigt.",
  projectTitle: "Bitte geben Sie dem Vorhaben einen Titel.",
  projectSummary: "Bitte beschreiben Sie das Vorhaben.",
  projectTopics: "Bitte wählen Sie mindestens ein Thema.",
  planningStage: "Bitte wählen Sie, wie weit die integrierte Planung ist.",
  situation: "Bitte beschreiben Sie die Lage vor Ort.",
  expectations: "Bitte schreiben Sie, was Sie vom Programm erwarten.",
  trainings: "Die Teilnahme an den Trainings gehört zum Programm. Bitte sagen Sie sie zu.",
  workingGroups: "Die Teilnahme an den AG-Treffen gehört zum Programm. Bitte sagen Sie sie zu.",
  checkIns: "Die Check-Ins gehören zum Programm. Bitte sagen Sie sie zu.",
  hoursPerMonth: "Bitte geben Sie an, wie viele Stunden im Monat Sie für das Programm einplanen.",
  datei: "Bitte laden Sie das Unterstützungsschreiben der Verwaltungsspitze hoch.",
};

export const notices: Record<string, string> = {
  begonnen: "Die Bewerbung ist angelegt. Ihre Partnerin oder Ihr Partner erhält eine Einladung per E-Mail.",
  gespeichert: "Der Entwurf ist gespeichert.",
  uebernommen: "Das Vorhaben aus dem Profil ist übernommen. Prüfen und ergänzen Sie es bitte.",
  schreiben: "Das Unterstützungsschreiben ist gespeichert.",
  zugestimmt: "Sie haben der Einreichung zugestimmt. Sobald Ihre Partnerin oder Ihr Partner auch zustimmt, ist die Bewerbung eingereicht.",
  eingereicht: "Die Bewerbung ist eingereicht. Vielen Dank!",
  bestaetigt: "Sie haben Ihre Teilnahme am Tandem bestätigt. Sie können die Bewerbung jetzt mit bearbeiten.",
};

export const stateLabels = {
  draft: "Entwurf",
  awaitingPartner: "Entwurf – wartet auf Bestätigung der Partnerin oder des Partners",
  awaitingAgreement: "Entwurf – wartet auf die Zustimmung zur Einreichung",
  submitted: "Eingereicht",
  unsubmitted: "Nicht eingereicht – die Frist ist abgelaufen",
} as const;

export const startTexts = {
  heading: "Bewerbungen um eine Ausschreibung",
  empty: "Ihre Kommune hat sich noch nicht beworben.",
  tandemOf: (names: string) => `Tandem: ${names}`,
};

/** The mail to the partner named when an application is started. */
export const invitationMail = (input: { partner: string; inviter: string; municipality: string; call: string; role: string; url: string }) => ({
  subject: `Einladung ins Tandem: ${input.call}`,
  text: `Guten Tag ${input.partner},\n\n${input.inviter} hat für ${input.municipality} eine Bewerbung um „${input.call}“ begonnen und Sie als Partnerin oder Partner im Tandem genannt, in der Rolle: ${input.role}.\n\nMelden Sie sich bei K360 an und bestätigen Sie Ihre Teilnahme mit diesem Link. Danach können Sie die Bewerbung mit bearbeiten und gemeinsam einreichen:\n\n${input.url}\n\nWenn Sie nicht zum Tandem gehören möchten, müssen Sie nichts tun.\n`,
});
