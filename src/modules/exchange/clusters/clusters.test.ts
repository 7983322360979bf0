import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");

test("the AG topics show the meetings held and planned, which groups they already covered, and no group of one municipality", async () => {
  const admin = await site.sessionFor("admin");
  const page = await site.app.inject({ url: "/austausch/ag-themen", headers: { cookie: admin } });
  assert.equal(page.statusCode, 200);
  const shown = text(page.body);
  assert.match(shown, /Schon behandelt oder geplant AG-Treffen: Knappe Ressourcen priorisieren \(stattgefunden, 6\. Mai 2026\)/);
  assert.match(shown, /AG-Treffen: Inklusive Jugendhilfeplanung \(geplant, 9\. Juni 2027\)/);
  const groups = [...page.body.matchAll(/<section aria-labelledby="gruppe-\d+"[\s\S]*?<\/section>/g)].map((m) => m[0]);
  assert.ok(groups.length >= 2, `${groups.length} groups`);
  for (const group of groups) assert.ok((group.match(/href="\/kommunen\//g) ?? []).length >= 2, text(group));
  assert.ok(
    groups.some((group) => /Schon Thema bei: <a class="kern-link" href="\/termine\/\d+">AG-Treffen:/.test(group)),
    "at least one group's topic was a meeting's",
  );
  assert.equal((await site.app.inject({ url: "/austausch/ag-themen", headers: { cookie: await site.sessionFor("leader") } })).statusCode, 403);
});
