import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { demoAccounts, demoPassword } from "../../../platform/auth/demo-accounts.ts";
import { necessaryCookies } from "./texts/cookies.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const get = (url: string, cookie = "") => site.app.inject({ url, headers: cookie ? { cookie } : {} });

const pages: [string, RegExp[]][] = [
  ["/wer-wir-sind", [/<h1[^>]*>Wer wir sind/, /Deutsche Kinder- und Jugendstiftung/, /Auridis Stiftung/, /PHINEO/, /href="\/wer-wir-sind\/team"/]],
  ["/wer-wir-sind/team", [/Beispielangaben/, /\(Beispiel\)/, /href="mailto:[^"]+@k360\.example"/, /Co-Leitung/]],
  ["/netzwerk", [/Fellow-Kommunen 2025–2027/, /href="\/kommunen\/05314-bonn"/, /Kreisfreie Stadt in Nordrhein-Westfalen/, /So machen Sie mit/]],
  ["/impressum", [/§ 5 Digitale-Dienste-Gesetz/, /Beispielangaben/, /Vertreten durch/, /Registereintrag/, /§ 18 Absatz 2 Medienstaatsvertrag/]],
  [
    "/datenschutz",
    [/Verantwortliche Stelle/, /Art\. 6 Abs\. 1 lit\. a DSGVO/, /nach 7 Tagen automatisch/, /IP-Adresse speichern wir nicht/, /kein Cookie-Banner/],
  ],
  [
    "/barrierefreiheit",
    [
      /teilweise vereinbar/,
      /PDF\/UA/,
      /axe-core/,
      /html-validate/,
      /Schlichtungsstelle/,
      /Mauerstraße 53/,
      /href="\/barrierefreiheit\/barriere-melden"/,
      /Zuletzt überprüft am<\/dt><dd>22\. November 2026/,
    ],
  ],
  ["/leichte-sprache", [/Leichter Sprache/, /Jugend-Amt/, /Jugend-Hilfe-Planung/, /href="\/barrierefreiheit\/barriere-melden\?seite=%2Fleichte-sprache"/]],
  ["/barrierefreiheit/barriere-melden", [/<label class="kern-label" for="description">Was ist das Problem\?/]],
  ["/barrierefreiheit/barriere-melden/danke", [/Vielen Dank für Ihre Meldung/]],
];

test("every page of the site renders for visitors as valid, accessible HTML with its content", async () => {
  for (const [url, expected] of pages) {
    const res = await get(url);
    assert.equal(res.statusCode, 200, url);
    for (const pattern of expected) assert.match(res.body, pattern, `${url}: ${pattern}`);
    assert.deepEqual(await htmlProblems(res.body), [], url);
    assert.equal(res.body.match(/<h1/g)?.length, 1, `${url}: one h1`);
  }
});

test("the privacy page lists exactly the cookies the platform sets", async () => {
  const names = new Set<string>();
  const collect = (res: { cookies: { name: string }[] }) => res.cookies.forEach((c) => names.add(c.name));
  collect(await get("/"));
  collect(await get("/barrierefreiheit/barriere-melden"));
  const login = await site.submit("/anmelden", "/anmelden", { email: demoAccounts[0].email, password: demoPassword });
  assert.equal(login.statusCode, 303);
  collect(login);
  const session = login.cookies.find((c) => c.name === "k360_sitzung")!;
  collect(await get("/programm", `k360_sitzung=${session.value}`));
  collect(await site.submit("/", "/abmelden", {}, `k360_sitzung=${session.value}`));
  const listed = necessaryCookies(14).map((c) => c.name);
  assert.deepEqual([...names].sort(), [...listed].sort());
  const page = (await get("/datenschutz")).body;
  for (const name of listed) assert.match(page, new RegExp(`<code>${name}</code>`));
  assert.match(page, /14 Tage nach der Anmeldung/);
});
