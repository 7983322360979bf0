import type { LightMyRequestResponse } from "fastify";
import type { Db } from "../../../db/client.ts";
import { newToken } from "../../../platform/auth/tokens.ts";
import { subscribers } from "./tables.ts";
import { consentText } from "./texts.ts";
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
