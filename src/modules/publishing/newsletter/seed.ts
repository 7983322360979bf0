import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { newToken } from "../../../platform/auth/tokens.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { issueChoices } from "./queries.ts";
import { deliveries, issues, subscribers } from "./tables.ts";
import { consentText } from "./texts.ts";

const exampleAddresses = [
  "jugendhilfeplanung.beispiel@example.org",
  "sozialplanung.beispiel@example.org",
  "kita-fachberatung.beispiel@example.org",
  "jugendring.beispiel@example.org",
  "freier-traeger.beispiel@example.org",
];

const sentEditorial = `Liebe Leserinnen und Leser,

dies ist eine **Beispielausgabe** unseres Newsletters. Sie zeigt, wie eine Ausgabe aussieht: ein kurzes Editorial, ausgewählte Beiträge aus dem Magazin und die nächsten offenen Termine.

## Was uns in diesem Quartal beschäftigt hat

Die Fellow-Kommunen haben ihre Vorhaben geschärft: Wer plant mit wem, welche Daten fehlen noch, und wo hakt es in der Zusammenarbeit zwischen Jugendhilfe, Schule und Sozialplanung? In den ersten Kommunal-Workshops zeigte sich, wie viel ein gemeinsamer Blick von außen bewirken kann.

Viel Freude beim Lesen wünscht Ihnen das Team der Initiative Kommune 360°.`;

const draftEditorial = `Liebe Leserinnen und Leser,

auch diese Ausgabe ist ein **Beispiel**. Sie ist noch ein Entwurf: Die Redaktion kann sie ändern, in der Vorschau ansehen und sich zur Probe schicken, bevor sie an alle geht.

## Aus dem ersten Programmjahr

Was nehmen die Fellow-Kommunen mit? Drei Dinge hören wir immer wieder: Planung braucht feste Zeiten im Kalender, Beteiligung junger Menschen gelingt dort, wo sie Folgen hat, und der Austausch mit anderen Kommunen spart Umwege.`;

/** Example subscribers (example.org), a sent issue "Nr. 1-2026" with its web version and a draft "Nr. 2-2026"; only once. */
export async function seedNewsletterDemo(db: Db): Promise<void> {
  const [existing] = await db.select({ id: issues.id }).from(issues).where(eq(issues.number, "1-2026"));
  if (existing) return;
  const signedUp = new Date("2026-02-02T09:00:00Z");
  const people = await db
    .insert(subscribers)
    .values(
      exampleAddresses.map((email, i) => ({
        email,
        status: "confirmed",
        unsubscribeToken: newToken(),
        consentText,
        consentAt: new Date(signedUp.getTime() + i * 86_400_000),
        lastConfirmationMailAt: new Date(signedUp.getTime() + i * 86_400_000),
        confirmedAt: new Date(signedUp.getTime() + i * 86_400_000 + 600_000),
      })),
    )
    .onConflictDoNothing()
    .returning({ id: subscribers.id, email: subscribers.email });
  const { articles, events } = await issueChoices(db, todayInGermany());
  const startedAt = new Date("2026-03-12T08:00:00Z");
  const [sent] = await db
    .insert(issues)
    .values({
      number: "1-2026",
      title: "Beispielausgabe: Gemeinsam planen, gemeinsam lernen",
      editorial: sentEditorial,
      articleIds: articles.slice(-2).map((a) => a.id),
      status: "sent",
      startedAt,
      finishedAt: new Date(startedAt.getTime() + 120_000),
    })
    .returning({ id: issues.id });
  if (people.length) {
    await db.insert(deliveries).values(
      people.map((p) => ({
        issueId: sent.id,
        subscriberId: p.id,
        email: p.email,
        messageId: `<newsletter-1-2026-${p.id}@k360.example>`,
        status: "sent",
        attempts: 1,
        sentAt: startedAt,
      })),
    );
  }
  await db.insert(issues).values({
    number: "2-2026",
    title: "Beispielausgabe: Was die Fellow-Kommunen aus dem ersten Jahr mitnehmen",
    editorial: draftEditorial,
    articleIds: articles.slice(0, 2).map((a) => a.id),
    eventIds: events.slice(0, 3).map((e) => e.id),
  });
}
