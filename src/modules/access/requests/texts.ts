/** The German texts of access requests: the form, the team's list and the mails. */

export const requestLabels = {
  name: "Ihr Name",
  role: "Ihre Rolle",
  email: "Dienstliche E-Mail-Adresse",
  municipality: "Kommune (Jugendamt)",
  note: "Kurze Nachricht an das Team",
};

export const requestHints = {
  email:
    "Bitte die Adresse Ihrer Behörde. Liegt sie bei der offiziellen Domain Ihrer Kommune, bestätigen Sie den Zugang selbst per E-Mail; sonst prüft das Team Ihre Anfrage. Anfragen als Führungskraft prüft das Team immer, denn Führungskräfte verwalten die Mitglieder ihrer Kommune.",
  note: "Optional, höchstens 1.000 Zeichen: z. B. Ihre Stelle im Jugendamt.",
};

export const messages = {
  unknownMunicipality: "Bitte wählen Sie eine Kommune aus der Liste.",
  reasonNeeded: "Bitte nennen Sie einen Grund; die Person erhält ihn per E-Mail.",
  notOpen: "Diese Anfrage ist schon entschieden.",
  linkInvalid: "Der Link ist abgelaufen, wurde schon benutzt oder ist unvollständig.",
};

export const notices: Record<string, string> = {
  freigegeben: "Die Anfrage ist freigegeben; die Person hat einen Link zum Einrichten ihres Kontos erhalten.",
  abgelehnt: "Die Anfrage ist abgelehnt; die Person ist per E-Mail informiert.",
};

type Mail = { subject: string; text: string };

export const mails = {
  confirm: (name: string, municipality: string, url: string): Mail => ({
    subject: "Bitte bestätigen Sie Ihren Zugang zu K360",
    text: `Guten Tag ${name},\n\nSie haben einen Zugang zu K360 für ${municipality} beantragt. Mit diesem Link bestätigen Sie Ihre Adresse und richten Ihr Konto ein. Er ist 7 Tage gültig:\n\n${url}\n\nHaben Sie nichts beantragt, können Sie diese E-Mail ignorieren.\n`,
  }),
  received: (name: string, municipality: string): Mail => ({
    subject: "Ihre Anfrage für einen Zugang zu K360",
    text: `Guten Tag ${name},\n\nIhre Anfrage für einen Zugang zu K360 für ${municipality} ist eingegangen. Das Team der Initiative prüft sie und schreibt Ihnen, sobald sie entschieden ist.\n`,
  }),
  approved: (name: string, municipality: string, url: string): Mail => ({
    subject: "Ihr Zugang zu K360 ist freigegeben",
    text: `Guten Tag ${name},\n\nIhre Anfrage für einen Zugang zu K360 für ${municipality} ist freigegeben. Mit diesem Link richten Sie Ihr Konto ein. Er ist 7 Tage gültig:\n\n${url}\n`,
  }),
  declined: (name: string, municipality: string, reason: string): Mail => ({
    subject: "Ihre Anfrage für einen Zugang zu K360",
    text: `Guten Tag ${name},\n\nIhre Anfrage für einen Zugang zu K360 für ${municipality} haben wir leider abgelehnt. Der Grund:\n\n${reason}\n\nBei Fragen antworten Sie gern auf diese E-Mail.\n`,
  }),
};

export const notFoundText = "Die Zugangsanfrage";

export const personalDataLabel = "Zugangsanfragen";

/** The team's panel on "Mein K360". */
export const startTexts = {
  waiting: (n: number) => (n === 1 ? "1 Zugangsanfrage wartet" : `${n} Zugangsanfragen warten`),
  none: "Keine Zugangsanfrage wartet auf eine Entscheidung.",
  all: "Alle Zugangsanfragen",
  detail: (municipality: string, role: string, when: string) => `${municipality}, ${role}, seit ${when}`,
};
