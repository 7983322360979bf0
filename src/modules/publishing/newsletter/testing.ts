import type { LightMyRequestResponse } from "fastify";
import { openDatabase, type Db } from "../../../db/client.ts";
import { loadConfig } from "../../../config.ts";
import { buildApp } from "../../../app.ts";
import { startTasks } from "../../../platform/tasks.ts";
import { newToken } from "../../../platform/auth/tokens.ts";
import { subscribers } from "./tables.ts";
import { consentText } from "./texts.ts";
import { newsletterTasks } from "./tasks.ts";
import { type TestApp } from "../../../testing.ts";

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

/**
 * The newsletter sender on its own, as `k360 serve` runs it (the queue test starts it in a child
 * process and kills it): opens the database named by the environment, runs the newsletter's tasks,
 * and on SIGTERM finishes the current mail, hands the rest of its batch back and exits.
 */
export async function runSender(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  const app = await buildApp({ config, database, logger: false });
  // Before ready(): startTasks adds an onClose hook, which Fastify refuses once the app has started.
  startTasks(app, newsletterTasks);
  await app.ready();
  process.once("SIGTERM", async () => {
    await app.close();
    await database.close();
    process.exit(0);
  });
  process.stdout.write("bereit\n");
}
