import { formatDays } from "../../../platform/dates.ts";
import type { EventSummary } from "../queries/events.ts";
import { pendingLapseHours, type RegistrationStatus } from "../reference.ts";

const daysOf = (event: EventSummary) => formatDays(event.days.map((d) => d.date));
const manageLine = (link: string) => `\nIhre Anmeldung ansehen oder absagen: ${link}\n`;

/** A visitor without an account confirms the e-mail address with this link. */
export function confirmAddressMail(event: EventSummary, name: string, link: string, manage: string) {
  return {
    subject: `Bitte bestätigen Sie Ihre Anmeldung: ${event.title}`,
    text: `Guten Tag ${name},\n\nSie haben sich für „${event.title}“ am ${daysOf(event)} angemeldet.\nBitte bestätigen Sie Ihre Anmeldung innerhalb von ${pendingLapseHours} Stunden mit diesem Link:\n\n${link}\n\nOhne Bestätigung verfällt die Anmeldung nach ${pendingLapseHours} Stunden. Haben Sie sich nicht angemeldet, können Sie diese E-Mail ignorieren.\n${manageLine(manage)}`,
  };
}

/** Someone registered again under an address that is registered already: its owner is told, with the link to the registration. */
export function alreadyRegisteredMail(event: EventSummary, name: string, manage: string) {
  return {
    subject: `Sie sind bereits angemeldet: ${event.title}`,
    text: `Guten Tag ${name},\n\nmit Ihrer E-Mail-Adresse wurde eine weitere Anmeldung für „${event.title}“ am ${daysOf(event)} abgeschickt.\nSie sind für diesen Termin bereits angemeldet; eine zweite Anmeldung ist nicht nötig. Haben Sie die Anmeldung nicht selbst abgeschickt, können Sie diese E-Mail ignorieren.\n${manageLine(manage)}`,
  };
}

export function confirmationMail(event: EventSummary, name: string, status: RegistrationStatus, baseUrl: string, manage: string) {
  const when = daysOf(event);
  if (status === "waitlisted") {
    return {
      subject: `Warteliste: ${event.title}`,
      text: `Guten Tag ${name},\n\n„${event.title}“ am ${when} ist ausgebucht. Sie stehen auf der Warteliste; wird ein Platz frei, rücken Sie automatisch nach und erhalten eine E-Mail.\n\n${baseUrl}/termine/${event.id}\n${manageLine(manage)}`,
    };
  }
  return {
    subject: `Anmeldung bestätigt: ${event.title}`,
    text: `Guten Tag ${name},\n\nSie sind für „${event.title}“ am ${when} angemeldet.\nOrt: ${event.place || event.onlineUrl || "wird bekannt gegeben"}\n\nDen Termin für Ihren Kalender finden Sie hier: ${baseUrl}/termine/${event.id}.ics\n${manageLine(manage)}`,
  };
}

/** The first person of the waiting list moved up. */
export function seatFreedMail(event: EventSummary, name: string, manage: string) {
  return {
    subject: `Ein Platz ist frei: ${event.title}`,
    text: `Guten Tag ${name},\n\nfür „${event.title}“ am ${daysOf(event)} ist ein Platz frei geworden. Sie sind von der Warteliste nachgerückt und jetzt fest angemeldet.\n\nKönnen Sie doch nicht teilnehmen, sagen Sie bitte hier ab: ${manage}\n`,
  };
}

/** The team writes to everyone registered for an event. */
export function teamMessageMail(event: EventSummary, name: string, subject: string, text: string, manage: string) {
  return {
    subject,
    text: `Guten Tag ${name},\n\n${text}\n\n– zu „${event.title}“ am ${daysOf(event)}\n${manageLine(manage)}`,
  };
}
