// Who may do what, for every registered route: the cases come from the platform and each module
// (src/platform/route-cases.ts, the modules' testing); a route without a case fails the first test.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { everyone, type RouteCases } from "./platform/route-cases.ts";
import { allRouteCases, startTestApp, type TestApp } from "./testing.ts";

let site: TestApp;
let cases: RouteCases;
before(async () => {
  site = await startTestApp();
  cases = await allRouteCases(site.database);
});
after(() => site.close());

const isAsset = (url: string) => url.startsWith("/assets/");

test("every route has an expectation for every role", () => {
  const missing = site.app.routeList.filter((r) => !isAsset(r.url) && !cases[`${r.method} ${r.url}`]).map((r) => `${r.method} ${r.url}`);
  assert.deepEqual(missing, []);
});

// The only forms that post without our token: the newsletter box in every page's footer (kept
// pages too) and the one-click unsubscribe that mail programs send without any cookie.
const withoutToken = new Set(["POST /newsletter/anmelden", "POST /newsletter/abmelden/:token"]);

test("every other POST route refuses a form without its CSRF token (403); the two exempt ones answer as usual", async () => {
  const cookie = await site.sessionFor("admin");
  const page = await site.app.inject({ url: "/anmelden", headers: { cookie } });
  const secret = page.cookies.find((c) => c.name === "_csrf")!.value;
  const wrong: string[] = [];
  for (const [key, routeCase] of Object.entries(cases).filter(([k]) => k.startsWith("POST "))) {
    const route = key.replace(/ \(.*\)$/, "");
    const res = await site.app.inject({
      method: "POST",
      url: routeCase.url,
      remoteAddress: "10.3.3.3",
      headers: { cookie: withoutToken.has(route) ? "" : `${cookie}; _csrf=${secret}`, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams(routeCase.body ?? {}).toString(),
    });
    const expected = withoutToken.has(route) ? routeCase.expect.anonymous : 403;
    if (res.statusCode !== expected) wrong.push(`${key}: ${res.statusCode}, erwartet ${expected}`);
  }
  assert.deepEqual(wrong, []);
});

for (const who of everyone) {
  test(`every route answers ${who} as expected`, async () => {
    const cookie = who === "anonymous" ? "" : await site.sessionFor(who);
    const wrong: string[] = [];
    for (const [key, routeCase] of Object.entries(cases)) {
      const method = key.split(" ")[0];
      const res =
        method === "GET"
          ? await site.app.inject({ url: routeCase.url, headers: cookie ? { cookie } : {} })
          : await site.submit("/anmelden", routeCase.url, routeCase.body ?? {}, cookie);
      if (res.statusCode !== routeCase.expect[who]) wrong.push(`${key}: ${res.statusCode}, erwartet ${routeCase.expect[who]}`);
    }
    assert.deepEqual(wrong, []);
  });
}
