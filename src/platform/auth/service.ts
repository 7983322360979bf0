import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { authTokens, users } from "./tables.ts";
import { hashToken, newToken } from "./tokens.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";
import type { Role } from "./roles.ts";

/** login and reset links are short-lived; an invitation to set up an account (by a leader or the team) lasts 7 days. */
export type TokenPurpose = "login" | "reset" | "invite";
/** The links a visitor asks for on the login page. */
export type LinkPurpose = Exclude<TokenPurpose, "invite">;
const tokenMinutes: Record<TokenPurpose, number> = { login: 20, reset: 60, invite: 7 * 24 * 60 };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Db, email: string) {
  const rows = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .limit(1);
  return rows[0] ?? null;
}

/** Checks a password; the hash work is done even for unknown addresses so timing tells nothing. */
export async function authenticate(db: Db, email: string, password: string) {
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(user?.passwordHash ?? dummyHash, password);
  return user && ok ? user : null;
}
const dummyHash = await hashPassword("k360-dummy-password-for-timing");

export async function issueToken(db: Db, userId: number, purpose: TokenPurpose): Promise<string> {
  const token = newToken();
  await db.insert(authTokens).values({
    tokenHash: hashToken(token),
    userId,
    purpose,
    expiresAt: new Date(Date.now() + tokenMinutes[purpose] * 60 * 1000),
  });
  return token;
}

/** Looks a token up without using it, so a confirmation page can be shown first. */
export async function peekToken(db: Db, token: string, purpose: TokenPurpose) {
  const rows = await db
    .select({ userId: authTokens.userId })
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt), gt(authTokens.expiresAt, new Date())))
    .limit(1);
  return rows[0] ?? null;
}

/** Marks a token used and returns its user id; a token works once. */
export async function consumeToken(db: Db, token: string, purpose: TokenPurpose): Promise<number | null> {
  const rows = await db
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt), gt(authTokens.expiresAt, new Date())))
    .returning({ userId: authTokens.userId });
  return rows[0]?.userId ?? null;
}

/** Sets a new password; every other open link of the account (login, reset, invitation) stops working. */
export async function setPassword(db: Db, userId: number, password: string): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(users.id, userId));
  await revokeTokens(db, userId);
}

/** Ends every open link of the account (login, reset, invitation). */
export async function revokeTokens(db: Db, userId: number): Promise<void> {
  await db
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(authTokens.userId, userId), isNull(authTokens.usedAt)));
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  municipalityId?: number | null;
  password?: string;
}

export async function addUser(db: Db, input: NewUser) {
  const rows = await db
    .insert(users)
    .values({
      email: normaliseEmail(input.email),
      name: input.name.trim(),
      role: input.role,
      municipalityId: input.municipalityId ?? null,
      passwordHash: input.password ? await hashPassword(input.password) : null,
    })
    .returning();
  return rows[0];
}

export async function countUsers(db: Db): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return rows[0].n;
}
