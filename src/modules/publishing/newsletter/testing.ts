import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { LightMyRequestResponse } from "fastify";
import type { Db } from "../../../db/client.ts";
import { newToken } from "../../../platform/auth/tokens.ts";
import type { TestApp } from "../../../platform/testing.ts";
import { subscribers } from "./tables.ts";
import { consentText } from "./texts.ts";

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  messageId?: string;
  headers?: Record<string, string>;
  /** The mail's header lines as sent, unfolded (a long header continues on an indented line). */
  head: string;
}

/** The header block of a raw mail, each header on one line. */
const headOf = (raw: string) => raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n(?=[ \t])/g, "");

/** The mails in a test app's outbox folder, oldest first. */
export async function readOutbox(dir: string): Promise<OutboxMail[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".json")).sort();
  return Promise.all(
    names.map(async (n) => ({ ...JSON.parse(await readFile(path.join(dir, n), "utf8")), head: headOf(await readFile(path.join(dir, n.replace(/\.json$/, ".eml")), "utf8")) }) as OutboxMail),
  );
}

/** Sends the public sign-up form like a browser, from the given client address (it needs no CSRF token). */
export function signUpForm(t: TestApp, fields: Record<string, string>, remoteAddress = "127.0.0.1"): Promise<LightMyRequestResponse> {
  const payload = new URLSearchParams(fields).toString();
  return t.app.inject({ method: "POST", url: "/newsletter/anmelden", remoteAddress, headers: { "content-type": "application/x-www-form-urlencoded" }, payload });
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
