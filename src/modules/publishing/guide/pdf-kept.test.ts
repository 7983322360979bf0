import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { inflateSync } from "node:zlib";
import { currentGeneration } from "../../../platform/cache/memo.ts";
import { guideFixture } from "./testing.ts";
import { findChapterBySlug, sectionsOf } from "./queries.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let editor: string;
const download = async (url: string) => {
  const res = await site.app.inject({ url });
  assert.equal(res.statusCode, 200, url);
  return res.rawPayload;
};

before(async () => {
  site = await startTestApp();
  await guideFixture(site.database.db);
  editor = await site.sessionFor("editor");
});
after(() => site.close());

/** pdfkit writes the moment of building to the second, e.g. (D:20261122235614Z). */
const creationDate = (pdf: Buffer) => /\(D:(\d{14})Z\)/.exec(pdf.toString("latin1"))?.[1];

/** The text drawn on the pages: the compressed content streams' TJ arrays of WinAnsi hex strings. */
function drawnText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const [, dictionary, stream] of pdf.toString("latin1").matchAll(/obj\s*<<([\s\S]*?)>>\s*stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    if (!dictionary.includes("/FlateDecode")) continue;
    const content = inflateSync(Buffer.from(stream, "latin1")).toString("latin1");
    for (const [, array] of content.matchAll(/\[([^\]]*)\] TJ/g))
      lines.push(Buffer.from([...array.matchAll(/<([0-9a-f]*)>/g)].map(([, h]) => h).join(""), "hex").toString("latin1"));
  }
  return lines.join("\n");
}

test("the guide's PDFs are built once and given out again until the guide changes", async () => {
  const whole = await download("/change-guide.pdf");
  const chapter = await download("/change-guide/umgang-mit-widerstand.pdf");
  assert.ok(creationDate(whole) && creationDate(chapter), "the PDFs carry their building time");
  // A PDF built again a second later would carry a later creation date.
  await sleep(1100);
  assert.ok(whole.equals(await download("/change-guide.pdf")), "the whole guide is not built again");
  assert.ok(chapter.equals(await download("/change-guide/umgang-mit-widerstand.pdf")), "the chapter is not built again");
});

test("a new chapter title or section title shows in the PDFs at once", async () => {
  const chapter = (await findChapterBySlug(site.database.db, "umgang-mit-widerstand"))!;
  const [section] = await sectionsOf(site.database.db, [chapter.id]);
  const before = await currentGeneration(site.database, "guide");
  assert.match(drawnText(await download("/change-guide.pdf")), new RegExp(chapter.title));
  assert.match(drawnText(await download("/change-guide/umgang-mit-widerstand.pdf")), new RegExp(chapter.title));

  const form = `/change-guide/redaktion/kapitel/${chapter.id}`;
  const fields = {
    title: "Widerstand als Hinweis verstehen",
    level: chapter.level,
    position: String(chapter.position),
    intro: chapter.intro,
    topics: chapter.topics,
  };
  assert.equal((await site.submit(form, form, fields, editor)).statusCode, 303);
  const sectionForm = `/change-guide/redaktion/abschnitte/${section.id}`;
  const sectionFields = { kind: section.kind, title: "Einwände sammeln und ernst nehmen", body: section.body, position: String(section.position) };
  assert.equal((await site.submit(sectionForm, sectionForm, sectionFields, editor)).statusCode, 303);
  assert.ok((await currentGeneration(site.database, "guide")) > before);

  for (const url of ["/change-guide.pdf", "/change-guide/umgang-mit-widerstand.pdf"]) {
    const text = drawnText(await download(url));
    assert.match(text, /Widerstand als Hinweis verstehen/, url);
    assert.match(text, /Einwände sammeln und ernst nehmen/, url);
    assert.doesNotMatch(text, new RegExp(`^${chapter.title}$`, "m"), url);
  }
});
