import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { count, eq } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { seedCommentsDemo } from "./seed.ts";
import { blockAddress } from "./commands/block-address.ts";
import { decideComment } from "./commands/decide-comment.ts";
import { commentData } from "./privacy.ts";
import { blockedAddresses, comments } from "./tables.ts";
import { commentsOf, createArticle } from "./testing.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

test("export and erasure by e-mail: own comments go, an answered one stays as an anonymous note, others' replies stay", async () => {
  const { db } = site.database;
  const article = await createArticle(db);
  const email = "gerda.loeschen@beispiel.example";
  const insert = async (name: string, mail: string, body: string, parentId: number | null = null) =>
    (await db.insert(comments).values({ articleId: article.id, parentId, name, email: mail, body, status: "approved" }).returning())[0];
  const answered = await insert("Gerda", email, "Frage an alle");
  const reply = await insert("Otto", "otto@beispiel.example", "Antwort von Otto", answered.id);
  const alone = await insert("Gerda", email, "Noch ein Gedanke");
  const ownReply = await insert("Gerda", email, "Gerdas Antwort", (await insert("Ida", "ida@beispiel.example", "Idas Frage")).id);
  await blockAddress(db, email, "Test");

  const found = await commentData.find(db, email);
  assert.equal(found.filter((r) => r.Art === "Kommentar").length, 3);
  assert.ok(found.some((r) => r.Text === "Frage an alle" && r.Beitrag === article.title && r.Stand === "Freigegeben" && r.Datum));
  assert.ok(found.some((r) => r.Art === "Gesperrte Adresse für Kommentare"));

  assert.equal(await commentData.erase(db, email), 3 + 1, "three comments and the block");
  assert.deepEqual(await commentData.find(db, email), []);
  const left = await commentsOf(db, article.id);
  const note = left.find((c) => c.id === answered.id)!;
  assert.deepEqual([note.name, note.email, note.body, note.status], ["Anonym", "", "Dieser Kommentar wurde auf Wunsch gelöscht.", "removed"]);
  assert.ok(
    left.some((c) => c.id === reply.id),
    "Otto's reply stays",
  );
  assert.ok(!left.some((c) => c.id === alone.id || c.id === ownReply.id));
  assert.equal((await db.select({ n: count() }).from(blockedAddresses).where(eq(blockedAddresses.email, email)))[0].n, 0);
  const html = (await site.app.inject({ url: `/magazin/${article.slug}` })).body;
  assert.match(html, /Dieser Kommentar wurde auf Wunsch gelöscht\./);
  assert.match(html, /Antwort von Otto/);
  assert.equal((await decideComment(db, answered.id, "approved")).ok, false, "an erased comment cannot be published again");
});

test("the demo seeds comments with replies, one waiting and one removed, once", async () => {
  const { db } = site.database;
  const article = await createArticle(db, { publishAt: new Date(Date.now() - 1000) });
  await seedCommentsDemo(db);
  const seeded = await commentsOf(db, article.id);
  assert.ok(seeded.length >= 5);
  for (const status of ["approved", "pending", "removed"])
    assert.ok(
      seeded.some((c) => c.status === status),
      status,
    );
  assert.ok(seeded.some((c) => c.parentId !== null));
  await seedCommentsDemo(db);
  assert.equal((await commentsOf(db, article.id)).length, seeded.length);
  const html = (await site.app.inject({ url: `/magazin/${article.slug}` })).body;
  assert.match(html, /Dieser Kommentar wurde von der Moderation entfernt\./);
  assert.match(html, /bearbeitet von der Moderation/);
  assert.deepEqual(await htmlProblems(html), []);
  const queue = await site.app.inject({ url: "/magazin/kommentare?status=removed", headers: { cookie: await site.sessionFor("editor") } });
  assert.deepEqual(await htmlProblems(queue.body), []);
});
