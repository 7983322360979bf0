/** German texts of the program: what is not found, notices after an action, messages of the forms. */
export const notFoundTexts = {
  program: "Das Programm",
  event: "Der Termin",
  openRegistration: "Eine offene Anmeldung",
  document: "Die Unterlage",
  feed: "Dieser Kalender",
};

/** What the event page says after a registration changed (?stand=…). */
export const registrationNotices: Record<string, string> = {
  registered: "Sie sind angemeldet. Eine Bestätigung ist per E-Mail unterwegs.",
  waitlisted: "Sie stehen auf der Warteliste und erhalten eine E-Mail, sobald ein Platz frei wird.",
  pending: "Fast geschafft: Bitte bestätigen Sie Ihre Anmeldung mit dem Link, den wir Ihnen per E-Mail geschickt haben.",
  cancelled: "Ihre Anmeldung ist zurückgezogen.",
  excused: "Sie sind für diesen Termin entschuldigt.",
  erneut: "Besteht unter dieser Adresse eine noch nicht bestätigte Anmeldung, ist ein neuer Bestätigungslink per E-Mail unterwegs.",
};

/** The page a registration mail's link opens. */
export const manageTexts = {
  title: "Ihre Anmeldung",
  cancel: "Anmeldung absagen",
  gone: "Dieser Link gilt nicht mehr: Die Anmeldung ist schon abgesagt oder der Link ist unvollständig.",
  resendTitle: "Keine E-Mail mit dem Bestätigungslink erhalten?",
  resendHint: "Geben Sie die Adresse ein, mit der Sie sich angemeldet haben. Ist die Anmeldung noch nicht bestätigt, schicken wir einen neuen Link.",
  resend: "Bestätigungslink erneut senden",
};

export const registrationTexts = {
  cancelled: "Dieser Termin wurde abgesagt.",
  notYetOpen: (day: string) => `Die Anmeldung ist ab dem ${day} möglich.`,
  closed: (day: string) => `Die Anmeldefrist ist am ${day} abgelaufen.`,
  begun: "Der Termin hat bereits begonnen; eine Anmeldung ist nicht mehr möglich.",
  nameMissing: "Bitte geben Sie Ihren Namen ein.",
  emailInvalid: "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
  duplicate: "Mit dieser E-Mail-Adresse besteht für diesen Termin bereits eine Anmeldung.",
};

/** What the team's page of an event says after an action (?stand=…). */
export const teamEventNotices: Record<string, string> = {
  angelegt: "Der Termin ist angelegt.",
  gespeichert: "Der Termin ist gespeichert.",
  anwesenheit: "Die Anwesenheit ist gespeichert.",
  bestaetigt: "Die Anmeldungen sind bestätigt.",
  unterlage: "Die Unterlage ist hochgeladen.",
  geloescht: "Die Unterlage ist entfernt.",
  nachricht: "Die Nachricht ist an alle Angemeldeten verschickt.",
};

/** The team's message to all registrants of an event. */
export const messageTexts = {
  title: "An alle Angemeldeten schreiben",
  recipients: (count: number) =>
    `Die Nachricht geht an ${count} ${count === 1 ? "Person" : "Personen"} (fest angemeldet oder auf der Warteliste), an jede einzeln.`,
  noRecipients: "Für diesen Termin ist niemand angemeldet; die Nachricht kann an niemanden gehen.",
  confirm: (count: number) => `Jetzt an ${count} ${count === 1 ? "Person" : "Personen"} senden`,
  check: "Nachricht prüfen",
  checkHint: "Bitte prüfen Sie Betreff und Text. Erst mit dem Knopf unten geht die Nachricht hinaus; ändern Sie etwas, gilt die geänderte Fassung.",
  countChanged: (count: number) => `Die Zahl der Angemeldeten hat sich geändert: Die Nachricht ginge jetzt an ${count}. Bitte bestätigen Sie noch einmal.`,
};

export const attendanceTexts = {
  otherDay: "Dieser Tag gehört nicht zu diesem Termin.",
  tooEarly: "Die Anwesenheit kann erst ab dem Veranstaltungstag erfasst werden.",
  listChanged: "Die Liste hat sich geändert. Bitte laden Sie die Seite neu.",
};

export const eventFormTexts = {
  invalidDate: "Bitte geben Sie ein gültiges Datum ein.",
  time: (example: string) => `Bitte geben Sie die Uhrzeit als SS:MM ein, z. B. ${example}.`,
  endBeforeStart: "Das Ende muss nach dem Beginn liegen.",
  noDay: "Bitte geben Sie mindestens einen Tag an.",
  overlap: "Dieser Tag ist schon eingetragen: Tage eines Termins dürfen sich nicht überschneiden.",
  capacity: "Bitte geben Sie eine ganze Zahl von 1 bis 10.000 ein, oder lassen Sie das Feld leer.",
  onlineUrl: "Bitte geben Sie eine vollständige Adresse ein, die mit https:// beginnt.",
  deadlineAfterStart: "Die Anmeldefrist muss spätestens am ersten Veranstaltungstag enden.",
  unknownFormat: "Bitte wählen Sie ein Format aus der Liste.",
  moduleNumber: (count: number) => `Bitte geben Sie die Nummer des Moduls an (1 bis ${count}).`,
  onlyPathsHaveModules: "Nur Lernpfade haben Module.",
  notInCohort: "Bitte wählen Sie eine Kommune der Kohorte.",
  belowTaken: (taken: number) => `Es gibt bereits ${taken} feste Anmeldungen; die Kapazität darf nicht darunter liegen.`,
  moduleAfter: (count: number, day: string) => `Modul ${count} muss nach dem vorherigen Modul liegen (dieses endet am ${day}).`,
  moduleBefore: (count: number, day: string) => `Modul ${count} muss vor dem nächsten Modul liegen (dieses beginnt am ${day}).`,
};

/** The program's panels on "Mein K360". */
export const startTexts = {
  obligations: "Ihre Pflichten im Fellow-Programm",
  obligationsDone: "Alle Pflichten Ihres Tandems sind erfüllt.",
  deadline: (day: string) => `Frist: Programmende am ${day}`,
  myProgram: "Alle Pflichten auf „Mein Programm“",
  nextDates: "Nächste Termine",
  noDates: "Zurzeit sind keine Termine geplant.",
  allDates: "Alle Termine",
  register: "Anmelden",
  excuses: "Entschuldigungen der letzten 30 Tage",
  noExcuses: "Niemand hat sich in den letzten 30 Tagen entschuldigt.",
};

/** What the team reads when someone excuses themselves. */
export const excuseNotice = (event: { id: number; title: string }, name: string) => ({
  subject: `Entschuldigung: ${name} für „${event.title}“`,
  text: `${name} hat sich für den Termin „${event.title}“ entschuldigt.`,
  path: `/programm/termine/${event.id}`,
});
