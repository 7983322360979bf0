import { formatDays } from "../../../platform/dates.ts";
import type { EventSummary } from "../queries/events.ts";
import type { RegistrationStatus } from "../reference.ts";

const daysOf = (event: EventSummary) => formatDays(event.days.map((d) => d.date));

/** A visitor without an account confirms the e-mail address with this link. */
export function confirmAddressMail(event: EventSummary, name: string, link: string) {
  return {
    subject: `Bitte bestätigen Sie Ihre Anmeldung: ${event.title}`,
    text: `Guten Tag ${name},\n\nSie haben sich für „${event.title}“ am ${daysOf(event)} angemeldet.\nBitte bestätigen Sie Ihre Anmeldung mit diesem Link:\n\n${link}\n\nOhne Bestätigung verfällt die Anmeldung. Haben Sie sich nicht angemeldet, können Sie diese E-Mail ignorieren.\n`,
  };
}

export function confirmationMail(event: EventSummary, name: string, status: RegistrationStatus, baseUrl: string) {
  const when = daysOf(event);
  if (status === "waitlisted") {
    return {
      subject: `Warteliste: ${event.title}`,
      text: `Guten Tag ${name},\n\n„${event.title}“ am ${when} ist ausgebucht. Sie stehen auf der Warteliste; wird ein Platz frei, rücken Sie automatisch nach und erhalten eine E-Mail.\n\n${baseUrl}/termine/${event.id}\n`,
    };
  }
  return {
    subject: `Anmeldung bestätigt: ${event.title}`,
    text: `Guten Tag ${name},\n\nSie sind für „${event.title}“ am ${when} angemeldet.\nOrt: ${event.place || event.onlineUrl || "wird bekannt gegeben"}\n\nDen Termin für Ihren Kalender finden Sie hier: ${baseUrl}/termine/${event.id}.ics\n`,
  };
}

/** The first person of the waiting list moved up. */
export function seatFreedMail(event: EventSummary, name: string, baseUrl: string) {
  return {
    subject: `Ein Platz ist frei: ${event.title}`,
    text: `Guten Tag ${name},\n\nfür „${event.title}“ am ${daysOf(event)} ist ein Platz frei geworden. Sie sind von der Warteliste nachgerückt und jetzt fest angemeldet.\n\nKönnen Sie doch nicht teilnehmen, sagen Sie bitte hier ab: ${baseUrl}/termine/${event.id}\n`,
  };
}
