import { asc, eq } from "drizzle-orm";
import type { PersonalDataSource } from "../../../platform/personal-data.ts";
import { deliveries, issues, subscribers } from "./tables.ts";

const iso = (d: Date | null) => (d ? d.toISOString() : "");

/** The newsletter subscription of an address with its proof of consent, and every issue sent to it. */
export const subscriberData: PersonalDataSource = {
  label: "Newsletter-Abonnement",
  async find(db, email) {
    const [subscriber] = await db.select().from(subscribers).where(eq(subscribers.email, email));
    if (!subscriber) return [];
    const sent = await db
      .select({ number: issues.number, status: deliveries.status, sentAt: deliveries.sentAt, lastError: deliveries.lastError })
      .from(deliveries)
      .innerJoin(issues, eq(issues.id, deliveries.issueId))
      .where(eq(deliveries.subscriberId, subscriber.id))
      .orderBy(asc(issues.id));
    return [
      {
        Art: "Abonnement",
        "E-Mail-Adresse": subscriber.email,
        Status: subscriber.status,
        "Angemeldet am": iso(subscriber.consentAt),
        Einwilligungstext: subscriber.consentText,
        "Bestätigt am": iso(subscriber.confirmedAt),
        "Abgemeldet am": iso(subscriber.unsubscribedAt),
      },
      ...sent.map((d) => ({ Art: "Zustellung", Ausgabe: d.number, Status: d.status, "Verschickt am": iso(d.sentAt), Fehler: d.lastError })),
    ];
  },
  async erase(db, email) {
    // Deliveries go with the subscriber (on delete cascade).
    const rows = await db.delete(subscribers).where(eq(subscribers.email, email)).returning({ id: subscribers.id });
    return rows.length;
  },
};
