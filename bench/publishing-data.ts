// Data of the suite "magazin" on top of the demo: 50 approved comments (35 threads, 15 replies) under the newest
// visible article, and 10,000 confirmed newsletter subscribers (plus pending and unsubscribed ones the queue must
// skip). Seeded pseudo-random, so every run builds the same data; bulk inserts of 500 rows with drizzle.
import { and, desc, eq, lte, sql } from "drizzle-orm";
import type { Db } from "../src/db/client.ts";
import { newToken } from "../src/platform/auth/tokens.ts";
import { seededRandom } from "../src/modules/program/testing.ts";
import { articles, comments, issues, subscribers, consentText } from "../src/modules/publishing/testing.ts";

export const commentCounts = { threads: 35, replies: 15 };
export const subscriberCounts = { confirmed: 10_000, pending: 600, unsubscribed: 400 };
export const benchAddress = (i: number) => `leserin-${String(i).padStart(5, "0")}@bench.example`;

const names = [
  "Miriam Albers",
  "Jonas Petersen",
  "Heike Brandt",
  "Sabine Keller",
  "Aylin Demir",
  "Frank Otto",
  "Clara Neumann",
  "Peter Szymański",
  "Birgit Hoffmann",
  "Mehmet Yılmaz",
  "Anke Schröder",
  "Lars Becker",
  "Nadine Wolf",
  "Stefan Krüger",
  "Julia Lange",
  "Thomas Richter",
  "Katharina Vogel",
  "Dirk Hartmann",
  "Elif Kaya",
  "Ute Zimmermann",
  "Marco Fischer",
  "Svenja Braun",
  "Andreas Schulz",
  "Greta Lindqvist",
];

/** Sentences as readers of the Magazin write them. */
const sentences = [
  "Danke für diesen Einblick in die Praxis!",
  "Wir stehen im Landkreis gerade am Anfang mit der integrierten Planung und nehmen viele Anregungen mit.",
  "Wie haben Sie die Schulen von Anfang an ins Boot geholt, ohne dass es nach zusätzlicher Arbeit aussah?",
  "Bei uns hat die Schulsozialarbeit als Brücke geholfen, weil sie beide Seiten kennt.",
  "Die Frage nach den Kennzahlen beschäftigt uns seit Monaten: Wer legt sie fest, und wer pflegt sie später?",
  "Spannend finde ich den Gedanken, die Jugendlichen nicht nur zu befragen, sondern sie die Fragen selbst stellen zu lassen.",
  "Ohne die Kämmerei am Tisch wäre unser Vorhaben im zweiten Jahr gescheitert.",
  "Gibt es die Präsentation aus dem Workshop auch zum Nachlesen?",
  "Bei uns im Jugendhilfeausschuss wurde genau diese Frage kontrovers diskutiert.",
  "Kleine sichtbare Schritte haben bei uns mehr bewirkt als der große Plan auf Papier.",
  "Ein Punkt fehlt mir noch: Wie gehen Sie mit den Datenlücken um, die es zwischen den Ämtern zwangsläufig gibt?",
  "Wir haben gute Erfahrungen mit festen Terminen im Kalender gemacht, alle acht Wochen, auch wenn es einmal wenig zu besprechen gibt.",
  "Die freien Träger wollten wir früher einbinden, das würden wir heute anders machen.",
  "Danke auch für die ehrliche Darstellung dessen, was nicht funktioniert hat.",
  "Mich würde interessieren, wie viel Personal Sie für die Koordination einplanen.",
  "Das deckt sich mit dem, was wir in der Sozialraumanalyse gesehen haben.",
  "Vielleicht ließe sich das im nächsten AG-Treffen vertiefen?",
  "Wir sind eine kleine Gemeinde, da sitzen Jugendamt und Schulträger nicht einmal im selben Haus.",
  "Die Beteiligung junger Menschen gelingt bei uns dort, wo sie sichtbare Folgen hat.",
  "Den Hinweis auf die Steuerungsrunde nehme ich gerne mit.",
];

/**
 * A deterministic comment text of 1–6 sentences (30 to about 700 characters, about 300 on average, some 45 words: the
 * length of a considered reply on a professional blog); from four sentences on in two paragraphs.
 */
function commentBody(random: () => number): string {
  const count = 1 + Math.floor(random() * 6);
  const picked = Array.from({ length: count }, () => sentences[Math.floor(random() * sentences.length)]);
  if (picked.length >= 4) return `${picked.slice(0, 2).join(" ")}\n\n${picked.slice(2).join(" ")}`;
  return picked.join(" ");
}

/** Bulk inserts in chunks, so no statement comes near PostgreSQL's limit of 65,535 parameters. */
async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500): Promise<void> {
  for (let index = 0; index < rows.length; index += size) await insert(rows.slice(index, index + size));
}

export interface CommentedArticle {
  id: number;
  slug: string;
  comments: number;
  commentChars: number;
}

/** The newest visible article with comments open gets exactly 50 approved comments (its demo comments are replaced). */
export async function seedArticleComments(db: Db): Promise<CommentedArticle> {
  const [article] = await db
    .select({ id: articles.id, slug: articles.slug, publishAt: articles.publishAt })
    .from(articles)
    .where(and(eq(articles.status, "published"), lte(articles.publishAt, sql`now()`), eq(articles.commentsOpen, true)))
    .orderBy(desc(articles.publishAt))
    .limit(1);
  if (!article) throw new Error("Kein sichtbarer Beitrag mit offenen Kommentaren in den Demodaten.");
  await db.delete(comments).where(eq(comments.articleId, article.id));
  const random = seededRandom(2026);
  const first = article.publishAt!.getTime() + 3_600_000;
  const step = Math.max(60_000, Math.floor((Date.now() - 3_600_000 - first) / (commentCounts.threads + commentCounts.replies)));
  const row = (index: number, parentId: number | null) => {
    const createdAt = new Date(first + index * step);
    const decidedAt = new Date(createdAt.getTime() + 30 * 60_000);
    const name = names[Math.floor(random() * names.length)];
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@beispiel.example`;
    return { articleId: article.id, parentId, name, email, body: commentBody(random), status: "approved", createdAt, decidedAt, notifiedAt: decidedAt };
  };
  const threads = await db
    .insert(comments)
    .values(Array.from({ length: commentCounts.threads }, (_, i) => row(i, null)))
    .returning({ id: comments.id });
  // The replies go under the first threads (up to three each), dated after all threads, as discussions go on.
  const replies = Array.from({ length: commentCounts.replies }, (_, i) => row(commentCounts.threads + i, threads[Math.floor(i / 3)].id));
  await db.insert(comments).values(replies);
  const [{ n: count, chars }] = await db
    .select({ n: sql<number>`count(*)::int`, chars: sql<number>`sum(length(${comments.body}))::int` })
    .from(comments)
    .where(and(eq(comments.articleId, article.id), eq(comments.status, "approved")));
  return { id: article.id, slug: article.slug, comments: count, commentChars: chars };
}

/**
 * 10,000 confirmed subscribers (the demo's five are removed first, so exactly these get the issue), plus pending and
 * unsubscribed addresses the queue must leave out. Returns the demo's draft issue, which the suite sends.
 */
export async function seedSubscribers(db: Db): Promise<{ issueId: number; issueNumber: string; counts: Record<string, number> }> {
  await db.delete(subscribers);
  const now = Date.now();
  const people = Array.from({ length: subscriberCounts.confirmed + subscriberCounts.pending + subscriberCounts.unsubscribed }, (_, index) => {
    const consentAt = new Date(now - (400 - (index % 400)) * 86_400_000);
    const status =
      index < subscriberCounts.confirmed ? "confirmed" : index < subscriberCounts.confirmed + subscriberCounts.pending ? "pending" : "unsubscribed";
    return {
      email: benchAddress(index + 1),
      status,
      unsubscribeToken: newToken(),
      consentText,
      consentAt,
      lastConfirmationMailAt: consentAt,
      confirmedAt: status === "pending" ? null : new Date(consentAt.getTime() + 600_000),
      unsubscribedAt: status === "unsubscribed" ? new Date(consentAt.getTime() + 86_400_000) : null,
    };
  });
  await inChunks(people, (chunk) => db.insert(subscribers).values(chunk));
  const [draft] = await db.select({ id: issues.id, number: issues.number }).from(issues).where(eq(issues.status, "draft")).orderBy(issues.id).limit(1);
  if (!draft) throw new Error("Keine Newsletter-Ausgabe im Entwurf in den Demodaten.");
  const counts = await db
    .select({ status: subscribers.status, n: sql<number>`count(*)::int` })
    .from(subscribers)
    .groupBy(subscribers.status);
  return { issueId: draft.id, issueNumber: draft.number, counts: Object.fromEntries(counts.map((c) => [c.status, c.n])) };
}
