import { after, afterEach, before } from "node:test";
// Helpers for browser tests: Debian's Chromium through playwright-core, a page that may only talk
// to the app under test, and an axe-core check (WCAG 2.1 A/AA) with a readable failure message.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import type { AxeResults, RunOptions } from "axe-core";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import type { Role } from "../../src/platform/auth/roles.ts";
import { startTestApp, type TestApp } from "../../src/testing.ts";

export interface AppBrowser {
  browser: Browser;
  /** http://127.0.0.1:<port> of the app under test. */
  baseURL: string;
  /** Every request a page tried to send anywhere else; each one was aborted. */
  foreignRequests: string[];
  /** Uncaught script errors and Content-Security-Policy violations seen on any page. */
  pageErrors: string[];
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
}

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" }).trim().split("\n")[0];
  } catch {
    throw new Error("Kein Chromium gefunden: Die Browsertests brauchen Debians Chromium (apt-get install -y chromium) oder CHROMIUM_PATH.");
  }
}

export async function launchBrowser(baseURL: string): Promise<AppBrowser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  return { browser, baseURL, foreignRequests: [], pageErrors: [] };
}

/** A fresh context (own cookies) and page; requests to any other host are aborted and recorded. */
export async function newPage(right: AppBrowser, options: PageOptions = {}): Promise<Page> {
  const context = await right.browser.newContext({
    baseURL: right.baseURL,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    locale: "de-DE",
    serviceWorkers: "block",
  });
  const own = new URL(right.baseURL).host;
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "about:" || url.protocol === "blob:" || url.host === own) return route.continue();
    right.foreignRequests.push(`${route.request().method()} ${url.href}`);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => right.pageErrors.push(`${page.url()}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Content Security Policy")) right.pageErrors.push(`${page.url()}: ${message.text()}`);
  });
  return page;
}

export function assertNoForeignRequests(right: AppBrowser): void {
  const list = right.foreignRequests.splice(0);
  assert.deepEqual(list, [], `Anfragen an fremde Hosts:\n${list.join("\n")}`);
}

export function assertNoPageErrors(right: AppBrowser): void {
  const list = right.pageErrors.splice(0);
  assert.deepEqual(list, [], `Skriptfehler oder CSP-Verstöße:\n${list.join("\n")}`);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const axeOptions: RunOptions = { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] };
type Violation = Pick<AxeResults["violations"][number], "id" | "impact" | "help"> & { nodes: { target: string[]; failureSummary?: string }[] };

const withAxe = new WeakSet<Page>();

/**
 * axe-core with WCAG 2.0/2.1 A and AA rules; fails with rule id, impact and target selectors.
 * axe is put into the page through the DevTools protocol (our CSP allows no foreign script) and only
 * the violations come back: half the time of @axe-core/playwright, which also returns every pass.
 * After a page's first check axe is also an init script of that page: every later document of it
 * starts with axe (Chromium compiles it once), instead of receiving and compiling 550 kB each time.
 */
export async function checkA11y(page: Page, label = ""): Promise<void> {
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.evaluate(axeSource);
    if (!withAxe.has(page)) await page.addInitScript(axeSource);
    withAxe.add(page);
  }
  const violations: Violation[] = await page.evaluate(async (options) => {
    const results = await (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, options);
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target.map(String), failureSummary: node.failureSummary })),
    }));
  }, axeOptions);
  const lines = violations.map(
    (v) =>
      `- ${v.id} (${v.impact ?? "?"}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(" > ")}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}`)
        .join("\n") +
      (v.nodes.length > 5 ? `\n    … und ${v.nodes.length - 5} weitere` : ""),
  );
  assert.equal(violations.length, 0, `axe: ${violations.length} Verstöße auf ${page.url()}${label ? ` (${label})` : ""}\n${lines.join("\n")}`);
}

/** The test app on a real port plus a browser that may only talk to it. */
export async function startBrowserTest(): Promise<{ t: TestApp; b: AppBrowser; close(): Promise<void> }> {
  const site = await startTestApp();
  let right: AppBrowser;
  try {
    await site.app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = site.app.server.address() as AddressInfo;
    right = await launchBrowser(`http://127.0.0.1:${port}`);
  } catch (error) {
    // Without this the open app keeps the test file running: a missing browser would hang, not fail.
    await site.close();
    throw error;
  }
  return {
    t: site,
    b: right,
    async close() {
      await right.browser.close();
      await site.close();
    },
  };
}

/**
 * The app and a browser for one test file, started before its first test and closed after the last;
 * after every test no page may have talked to another host, thrown, or broken the CSP.
 */
export function browserTestFile(): { env: Awaited<ReturnType<typeof startBrowserTest>>; b: AppBrowser } {
  const env = {} as Awaited<ReturnType<typeof startBrowserTest>>;
  const right = {} as AppBrowser;
  before(async () => {
    Object.assign(env, await startBrowserTest());
    Object.assign(right, env.b);
  });
  afterEach(() => {
    assertNoForeignRequests(right);
    assertNoPageErrors(right);
  });
  after(() => env.close?.());
  return { env, b: right };
}

export const demoPassword = "K360-Demo-2026";

/** Waits until the element is shown; fails with the element's description otherwise. */
export async function shown(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout: 5000 });
}

/** Gives the page's cookies a session of the demo account with this role (no login form). */
export async function addSession(page: Page, env: { t: TestApp; b: AppBrowser }, role: Role): Promise<void> {
  const [name, value] = (await env.t.sessionFor(role)).split("=");
  await page.context().addCookies([{ name, value, url: env.b.baseURL }]);
}

/** A fresh page signed in as the demo account with this role. */
export async function pageWithSession(env: { t: TestApp; b: AppBrowser }, role: Role): Promise<Page> {
  const page = await newPage(env.b);
  await addSession(page, env, role);
  return page;
}

/** A fresh browser context for one person, signed in with the password form (which must pass axe). */
export async function signedIn(right: AppBrowser, email: string, options: PageOptions = {}): Promise<Page> {
  const page = await newPage(right, options);
  await page.goto("/anmelden");
  await checkA11y(page, "Anmelden");
  const form = page.getByRole("region", { name: "Mit Passwort" });
  await form.getByLabel("E-Mail-Adresse").fill(email);
  await form.getByLabel("Passwort").fill(demoPassword);
  await Promise.all([page.waitForURL((url) => url.pathname !== "/anmelden"), form.getByRole("button", { name: "Anmelden" }).click()]);
  await shown(page.getByText("Angemeldet als"));
  return page;
}
