import { and, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { articles } from "../magazine/tables.ts";
import { comments } from "./tables.ts";
import type { CommentStatus } from "./texts.ts";

interface DemoComment {
  name: string;
  body: string;
  status: CommentStatus;
  edited?: boolean;
  replies?: DemoComment[];
}

/** Invented comments for the three newest articles: discussions with replies, one waiting, one removed, one spam. */
const demo: DemoComment[][] = [
  [
    {
      name: "Miriam Albers",
      body: "Danke für den Einblick! Wir stehen im Landkreis gerade am Anfang mit der integrierten Planung. Wie haben Sie die Schulen von Anfang an ins Boot geholt?",
      status: "approved",
      replies: [
        {
          name: "Jonas Petersen",
          body: "Bei uns hat die Schulsozialarbeit als Brücke geholfen. Sie kennt beide Seiten und bekommt Termine, die uns sonst verschlossen bleiben.",
          status: "approved",
        },
        { name: "Miriam Albers", body: "Guter Hinweis, danke! Das nehme ich in unsere nächste Steuerungsrunde mit.", status: "approved", edited: true },
      ],
    },
    {
      name: "Heike Brandt",
      body: "Eine Frage zur Praxis: Wie viel Zeit planen Sie für die Beteiligung junger Menschen ein, bevor der Plan in den Jugendhilfeausschuss geht?",
      status: "approved",
    },
    {
      name: "K. M.",
      body: "Ein Beitrag mit Namen aus einem Einzelfall, der nicht öffentlich sein sollte.",
      status: "removed",
      replies: [{ name: "Sabine Keller", body: "Solche Fälle besprechen wir besser im geschützten Rahmen als hier in den Kommentaren.", status: "approved" }],
    },
    { name: "Tobias Lehmann", body: "Gibt es die Präsentation aus dem Workshop auch zum Nachlesen?", status: "pending" },
  ],
  [
    {
      name: "Aylin Demir",
      body: "Ähnliche Erfahrung bei uns: Sobald die Kinder selbst Fragen stellen durften, kamen ganz andere Themen auf den Tisch als in unseren Fragebögen.",
      status: "approved",
      replies: [{ name: "Frank Otto", body: "Spannend! Haben Sie die Fragen der Kinder dann auch in die Sozialraumanalyse übernommen?", status: "approved" }],
    },
    {
      name: "Clara Neumann",
      body: "Drei Dinge, die uns geholfen haben:\n1. früh mit der Kämmerei sprechen\n2. kleine Schritte sichtbar machen\n3. Ergebnisse mit den Jugendlichen gemeinsam vorstellen",
      status: "approved",
    },
    { name: "Bester Preis", body: "Jetzt günstig Reichweite kaufen – nur heute!", status: "spam" },
  ],
  [
    {
      name: "Peter Szymański",
      body: "Danke für die klare Darstellung. Den Gedanken, Kennzahlen gemeinsam mit den Trägern festzulegen, nehme ich gerne mit.",
      status: "approved",
    },
  ],
];

const emailOf = (name: string) =>
  `${name
    .toLowerCase()
    .replace(/[^a-zäöüß]+/g, ".")
    .replace(/^\.|\.$/g, "")}@beispiel.example`;
const hours = (n: number) => n * 3_600_000;

/** Example comments under the three newest published articles; an article that already has comments is left as it is. */
export async function seedCommentsDemo(db: Db): Promise<void> {
  const newest = await db
    .select({ id: articles.id, publishAt: articles.publishAt })
    .from(articles)
    .where(and(eq(articles.status, "published"), lte(articles.publishAt, sql`now()`)))
    .orderBy(desc(articles.publishAt))
    .limit(demo.length);
  if (newest.length === 0) return;
  const commented = new Set(
    (
      await db
        .selectDistinct({ id: comments.articleId })
        .from(comments)
        .where(
          inArray(
            comments.articleId,
            newest.map((a) => a.id),
          ),
        )
    ).map((r) => r.id),
  );
  for (const [index, article] of newest.entries()) {
    if (commented.has(article.id)) continue;
    let at = article.publishAt!.getTime() + hours(20);
    const insert = async (demoComment: DemoComment, parentId: number | null) => {
      at = Math.min(at + hours(7), Date.now() - hours(1));
      const createdAt = new Date(at);
      const decided = demoComment.status === "pending" ? null : new Date(at + hours(2));
      const [row] = await db
        .insert(comments)
        .values({
          articleId: article.id,
          parentId,
          name: demoComment.name,
          email: emailOf(demoComment.name),
          body: demoComment.body,
          status: demoComment.status,
          editedByModeration: demoComment.edited ?? false,
          createdAt,
          decidedAt: decided,
          notifiedAt: demoComment.status === "approved" ? decided : null,
        })
        .returning({ id: comments.id });
      return row.id;
    };
    for (const demoCommentItem of demo[index]) {
      const id = await insert(demoCommentItem, null);
      for (const demoComment of demoCommentItem.replies ?? []) await insert(demoComment, id);
    }
  }
}
