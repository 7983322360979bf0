import { asc, eq, or } from "drizzle-orm";
import type { PersonalDataSource } from "../../../platform/personal-data.ts";
import { deliveries, issues, subscribers } from "./tables.ts";

const iso = (d: Date | null) => (d ? d.toISOString() : "");

/** The newsletter subscription of an address with its proof of consent, and every issue sent to it. */
export const subscriberData: PersonalDataSource = {
  label: "Newsletter-Abonnement",
  async find(db, email) {
    const [subscriber] = await db.select().from(subscribers).where(eq(subscribers.email, email));
    // A delivery keeps the address it went to: it is found by that address too.
    const sent = await db
      .select({ number: issues.number, status: deliveries.status, sentAt: deliveries.sentAt, lastError: deliveries.lastError })
      .from(deliveries)
      .innerJoin(issues, eq(issues.id, deliveries.issueId))
      .where(subscriber ? or(eq(deliveries.subscriberId, subscriber.id), eq(deliveries.email, email)) : eq(deliveries.email, email))
      .orderBy(asc(issues.id));
    const subscription = subscriber && {
      Art: "Abonnement",
      "E-Mail-Adresse": subscriber.email,
      Status: subscriber.status,
      "Eingewilligt am": iso(subscriber.consentAt),
      Einwilligungstext: subscriber.consentText,
      "Quelle der Einwilligung": subscriber.consentSource || "Anmeldung auf der Website",
      "Bestätigt am": iso(subscriber.confirmedAt),
      "Abgemeldet am": iso(subscriber.unsubscribedAt),
    };
    const sentRows = sent.map((d) => ({ Art: "Zustellung", Ausgabe: d.number, Status: d.status, "Verschickt am": iso(d.sentAt), Fehler: d.lastError }));
    return [...(subscription ? [subscription] : []), ...sentRows];
  },
  async erase(db, email) {
    // The subscriber's deliveries go with it (on delete cascade); those sent to the address under another subscriber go here.
    const rows = await db.delete(subscribers).where(eq(subscribers.email, email)).returning({ id: subscribers.id });
    const sent = await db.delete(deliveries).where(eq(deliveries.email, email)).returning({ id: deliveries.issueId });
    return rows.length + sent.length;
  },
};
