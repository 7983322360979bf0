import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { demoAccounts } from "./platform/auth/demo-accounts.ts";
import { addUser } from "./platform/auth/service.ts";
import { findMunicipality } from "./modules/municipalities/index.ts";
import { startTestApp, type TestApp } from "./testing.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

/** The addresses of a page's links on this site, without the assets and the anchors within a page. */
function linksOf(html: string): string[] {
  const hrefs = [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1].replaceAll("&amp;", "&").split("#")[0]);
  return [...new Set(hrefs.filter((href) => href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/assets/")))];
}

/**
 * Opens, as this account, every page the start page's navigation leads to, then every page those
 * link to, and follows the links of those too; names every link that answers 403 and where it was.
 */
async function forbiddenLinks(cookie: string): Promise<string[]> {
  const status = new Map<string, number>();
  const forbidden: string[] = [];
  let pages = [{ url: "/", from: "" }];
  for (let depth = 0; depth < 3; depth++) {
    const next: { url: string; from: string }[] = [];
    for (const { url, from } of pages) {
      if (status.has(url)) continue;
      const res = await site.app.inject({ url, headers: { cookie } });
      status.set(url, res.statusCode);
      if (res.statusCode === 403) forbidden.push(`${url} (verlinkt auf ${from})`);
      if (res.statusCode === 200 && String(res.headers["content-type"]).startsWith("text/html"))
        next.push(...linksOf(res.body).map((link) => ({ url: link, from: url })));
    }
    pages = next;
  }
  return forbidden;
}

for (const account of demoAccounts)
  test(`no link on the pages reachable from the navigation answers ${account.email} with 403`, async () => {
    assert.deepEqual(await forbiddenLinks(await site.sessionForEmail(account.email)), []);
  });

test("a member of a municipality outside the cohort sees no link that answers 403 (the topic proposals were one)", async () => {
  const munich = (await findMunicipality(site.database.db, "09162"))!;
  for (const role of ["leader", "planningSpecialist", "staff"] as const) {
    const email = `${role}@muenchen.example`;
    await addUser(site.database.db, { email, name: "Beispiel München", role, municipalityId: munich.id });
    assert.deepEqual(await forbiddenLinks(await site.sessionForEmail(email)), [], role);
  }
  const exchange = await site.app.inject({ url: "/austausch", headers: { cookie: await site.sessionForEmail("staff@muenchen.example") } });
  assert.match(exchange.body, /machen die Kommunen des laufenden Fellow-Programms/, "the page says who the proposals are for");
});
