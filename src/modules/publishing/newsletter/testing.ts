import type { LightMyRequestResponse } from "fastify";
import { openDatabase, type Database, type Db } from "../../../db/client.ts";
import { loadConfig } from "../../../config.ts";
import { buildApp } from "../../../app.ts";
import { startTasks } from "../../../platform/tasks.ts";
import { newToken } from "../../../platform/auth/tokens.ts";
import { subscribers } from "./tables.ts";
import { consentText } from "./texts.ts";
import { newsletterTasks } from "./tasks.ts";
import { type TestApp } from "../../../testing.ts";
import { all, bogusToken as bogusTokenOf, loggedIn, team, type RouteCases } from "../../../platform/route-cases.ts";
import { allIssues } from "./queries.ts";

/** Sends the public sign-up form like a browser, from the given client address (it needs no CSRF token). */
export function signUpForm(testApp: TestApp, fields: Record<string, string>, remoteAddress = "127.0.0.1"): Promise<LightMyRequestResponse> {
  const payload = new URLSearchParams(fields).toString();
  return testApp.app.inject({
    method: "POST",
    url: "/newsletter/anmelden",
    remoteAddress,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload,
  });
}

/** A confirmed subscriber written straight into the table; returns id and unsubscribe token. */
export async function addConfirmedSubscriber(db: Db, email: string): Promise<{ id: number; unsubscribeToken: string }> {
  const now = new Date();
  const [row] = await db
    .insert(subscribers)
    .values({ email, status: "confirmed", unsubscribeToken: newToken(), consentText, consentAt: now, lastConfirmationMailAt: now, confirmedAt: now })
    .returning({ id: subscribers.id, unsubscribeToken: subscribers.unsubscribeToken });
  return row;
}

/** Sends the import form like a browser: multipart with the CSRF token and one file. */
export async function uploadSubscriberList(testApp: TestApp, cookie: string, fileName: string, content: Buffer): Promise<LightMyRequestResponse> {
  const page = await testApp.app.inject({ url: "/newsletter/redaktion/abonnenten/import", headers: { cookie } });
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
  const csrf = page.cookies.find((c) => c.name === "_csrf");
  const boundary = "----k360newsletter";
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="datei"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return testApp.app.inject({
    method: "POST",
    url: "/newsletter/redaktion/abonnenten/import",
    headers: { cookie: [cookie, csrf ? `_csrf=${csrf.value}` : ""].filter(Boolean).join("; "), "content-type": `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

/**
 * The newsletter sender on its own, as `k360 serve` runs it (the queue test starts it in a child
 * process and kills it): opens the database named by the environment, runs the newsletter's tasks,
 * and on SIGTERM finishes the current mail, hands the rest of its batch back and exits.
 */
export async function runSender(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  const app = await buildApp({ config, database, logger: false });
  // Before ready(): startTasks adds onReady and onClose hooks, which Fastify refuses once the app has
  // started. The first round starts at ready, not 2 s later; so the SIGTERM handler comes first.
  startTasks(app, newsletterTasks, { firstRoundAtReady: true });
  process.once("SIGTERM", async () => {
    await app.close();
    await database.close();
    process.exit(0);
  });
  await app.ready();
  process.stdout.write("bereit\n");
}

/** Every route of the newsletter with a working address and the answer per role. */
export async function routeCases(database: Database): Promise<RouteCases> {
  const issues = await allIssues(database.db);
  const sentIssue = issues.find((issue) => issue.status === "sent")!;
  const draftIssue = issues.find((issue) => issue.status === "draft")!;
  const bogusToken = bogusTokenOf("y");
  return {
    "GET /newsletter": { url: "/newsletter", expect: all(200) },
    "GET /newsletter/anmelden": { url: "/newsletter/anmelden", expect: all(303) },
    "POST /newsletter/anmelden": { url: "/newsletter/anmelden", body: { email: "kaputt" }, expect: all(422) },
    "GET /newsletter/bestaetigen/:token": { url: `/newsletter/bestaetigen/${bogusToken}`, expect: all(404) },
    "POST /newsletter/bestaetigen/:token": { url: `/newsletter/bestaetigen/${bogusToken}`, body: {}, expect: all(404) },
    "GET /newsletter/abmelden/:token": { url: `/newsletter/abmelden/${bogusToken}`, expect: all(404) },
    "POST /newsletter/abmelden/:token": { url: `/newsletter/abmelden/${bogusToken}`, body: {}, expect: all(404) },
    "GET /newsletter/:number": { url: `/newsletter/${sentIssue.number}`, expect: all(200) },
    "GET /newsletter/:number (Entwurf)": { url: `/newsletter/${draftIssue.number}`, expect: all(404) },
    "GET /newsletter/redaktion": { url: "/newsletter/redaktion", expect: loggedIn(team, 200) },
    "GET /newsletter/redaktion/neu": { url: "/newsletter/redaktion/neu", expect: loggedIn(team, 200) },
    "POST /newsletter/redaktion/neu": { url: "/newsletter/redaktion/neu", body: { number: "" }, expect: loggedIn(team, 422) },
    "GET /newsletter/redaktion/:id": { url: `/newsletter/redaktion/${sentIssue.id}`, expect: loggedIn(team, 200) },
    "GET /newsletter/redaktion/:id/bearbeiten": { url: `/newsletter/redaktion/${draftIssue.id}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /newsletter/redaktion/:id/bearbeiten": {
      url: `/newsletter/redaktion/${draftIssue.id}/bearbeiten`,
      body: { number: "" },
      expect: loggedIn(team, 422),
    },
    "GET /newsletter/redaktion/:id/vorschau": { url: `/newsletter/redaktion/${draftIssue.id}/vorschau`, expect: loggedIn(team, 200) },
    "GET /newsletter/redaktion/:id/vorschau/email": { url: `/newsletter/redaktion/${draftIssue.id}/vorschau/email`, expect: loggedIn(team, 200) },
    "GET /newsletter/redaktion/:id/vorschau/email.html": { url: `/newsletter/redaktion/${draftIssue.id}/vorschau/email.html`, expect: loggedIn(team, 200) },
    "POST /newsletter/redaktion/:id/testmail": {
      url: `/newsletter/redaktion/${draftIssue.id}/testmail`,
      body: { testEmail: "kaputt" },
      expect: loggedIn(team, 422),
    },
    // An issue that went out already cannot be sent again.
    "POST /newsletter/redaktion/:id/senden": { url: `/newsletter/redaktion/${sentIssue.id}/senden`, body: {}, expect: loggedIn(team, 409) },
    "GET /newsletter/redaktion/abonnenten": { url: "/newsletter/redaktion/abonnenten?q=beispiel", expect: loggedIn(team, 200) },
    "GET /newsletter/redaktion/abonnenten.csv": { url: "/newsletter/redaktion/abonnenten.csv", expect: loggedIn(team, 200) },
    "GET /newsletter/redaktion/abonnenten/import": { url: "/newsletter/redaktion/abonnenten/import", expect: loggedIn(team, 200) },
    "POST /newsletter/redaktion/abonnenten/import": { url: "/newsletter/redaktion/abonnenten/import", body: {}, expect: loggedIn(team, 422) },
    "GET /newsletter/redaktion/:id/senden": { url: `/newsletter/redaktion/${draftIssue.id}/senden`, expect: loggedIn(team, 200) },
    "POST /newsletter/redaktion/:id/planen": { url: `/newsletter/redaktion/${draftIssue.id}/planen`, body: { sendDate: "" }, expect: loggedIn(team, 422) },
    "POST /newsletter/redaktion/:id/planung-aufheben": { url: `/newsletter/redaktion/${sentIssue.id}/planung-aufheben`, body: {}, expect: loggedIn(team, 409) },
  };
}
