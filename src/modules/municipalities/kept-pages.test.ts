import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { sql, type SQL } from "drizzle-orm";
import { startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
let admin: string;
before(async () => {
  site = await startTestApp();
  admin = await site.sessionFor("admin");
});
after(() => site.close());

const get = (url: string, cookie = "") => site.app.inject({ url, headers: cookie ? { cookie } : {} });

/** A write no trigger sees (triggers off for its transaction): only pages rendered after it show it, kept ones do not. */
const quietly = (statement: SQL) =>
  site.database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
/** A write as any other: the kept pages are rendered again. */
const rename = (ags: string, name: string) => site.database.db.execute(sql`update municipalities set name = ${name} where ags = ${ags}`);

test("a directory page is kept once for its filters, whatever their order and whatever unknown parameters come with them", async () => {
  assert.match((await get("/kommunen?land=05&typ=kreisfreie_stadt&groesse=ab-500000")).body, />Köln</);
  await quietly(sql`update municipalities set name = 'Köln (still)' where ags = '05315'`);
  try {
    const reordered = await get("/kommunen?groesse=ab-500000&utm_source=newsletter&typ=kreisfreie_stadt&land=05");
    assert.equal(reordered.statusCode, 200);
    assert.match(reordered.body, />Köln</);
    assert.doesNotMatch(reordered.body, /Köln \(still\)/, "the page kept for the first order");
    assert.match((await get("/kommunen?land=05&typ=kreisfreie_stadt")).body, /Köln \(still\)/, "a page rendered now shows the quiet write");
  } finally {
    await rename("05315", "Köln");
  }
});

test("directory pages for a topic that does not exist or past the last page are answered but not kept", async () => {
  const notKept = ["/kommunen?thema=gibt-es-nicht", "/kommunen?land=05&seite=999"];
  for (const url of notKept) assert.equal((await get(url)).statusCode, 200);
  await quietly(sql`update topics set label = 'Kinderarmut (still)' where slug = 'kinderarmut'`);
  try {
    for (const url of notKept) assert.match((await get(url)).body, /Kinderarmut \(still\)/, url);
  } finally {
    await site.database.db.execute(sql`update topics set label = 'Kinderarmut' where slug = 'kinderarmut'`);
  }
});

test("a profile is kept once per AGS: any other name after it leads with a 301 to the profile's own address", async () => {
  assert.equal((await get("/kommunen/05314-a")).headers.location, "/kommunen/05314-bonn");
  assert.equal((await get("/kommunen/05314-bonn")).statusCode, 200);
  await quietly(sql`update municipalities set name = 'Bonn (still)' where ags = '05314'`);
  try {
    for (const url of ["/kommunen/05314-b", "/kommunen/05314-bon", "/kommunen/05314"]) {
      const res = await get(url);
      assert.equal(res.statusCode, 301, url);
      assert.equal(res.headers.location, "/kommunen/05314-bonn");
    }
    const profile = await get("/kommunen/05314-bonn");
    assert.equal(profile.statusCode, 200);
    assert.doesNotMatch(profile.body, /Bonn \(still\)/, "the page kept when /kommunen/05314-bonn was asked for");
    assert.match((await get("/kommunen/05314-bonn", admin)).body, /Bonn \(still\)/, "a page rendered now shows the quiet write");
    assert.equal((await get("/kommunen/05314-a", admin)).headers.location, "/kommunen/05314-bonn", "logged in, too");
  } finally {
    await rename("05314", "Bonn");
  }
});

test("a kept profile links only to its own address, whatever address came first", async () => {
  assert.equal((await get("/kommunen/09162-irgendetwas-anderes")).statusCode, 301);
  const profile = await get("/kommunen/09162-muenchen");
  assert.equal(profile.statusCode, 200);
  assert.match(profile.body, /href="\/anmelden\?weiter=%2Fkommunen%2F09162-muenchen"/);
  assert.match(profile.body, /href="\/barrierefreiheit\/barriere-melden\?seite=%2Fkommunen%2F09162-muenchen"/);
  assert.doesNotMatch(profile.body, /irgendetwas-anderes/);
});

test("a kept profile shows a change of the parts other modules add (the tandem, a user's name) on the next request", async () => {
  const url = "/kommunen/05966-kreis-olpe";
  assert.match((await get(url)).body, /Paul Wechsel<\/strong>/);
  await site.database.db.execute(sql`update users set name = 'Paul Wechsel-Neu' where name = 'Paul Wechsel'`);
  try {
    assert.match((await get(url)).body, /Paul Wechsel-Neu<\/strong>/);
    await site.database.db.execute(
      sql`update program_tandem_members set to_date = '2026-04-30' where user_id = (select id from users where name = 'Paul Wechsel-Neu')`,
    );
    assert.doesNotMatch((await get(url)).body, /Paul Wechsel-Neu/, "a tandem member who left is gone at once");
  } finally {
    await site.database.db.execute(
      sql`update program_tandem_members set to_date = null where user_id = (select id from users where name = 'Paul Wechsel-Neu')`,
    );
    await site.database.db.execute(sql`update users set name = 'Paul Wechsel' where name = 'Paul Wechsel-Neu'`);
  }
});
