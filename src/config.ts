import path from "node:path";

/** Every setting of the platform, read once from the environment. Documented in the README. */
export interface Config {
  port: number;
  host: string;
  baseUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  outboxDir: string;
  seedDemo: boolean;
  logLevel: string;
  sessionDays: number;
  trustProxy: boolean;
  /** Signs the CSRF cookie. Set it when several processes serve the same site; otherwise each start makes a new one. */
  cookieSecret: string | undefined;
}

export class ConfigError extends Error {}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new ConfigError(`${name} muss eine ganze Zahl sein, nicht "${value}".`);
  return parsed;
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  if (["1", "true", "ja", "yes"].includes(value.toLowerCase())) return true;
  if (["0", "false", "nein", "no"].includes(value.toLowerCase())) return false;
  throw new ConfigError(`${name} muss true oder false sein, nicht "${value}".`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer("PORT", env.PORT, 3000);
  const host = env.HOST || "127.0.0.1";
  const baseUrl = (env.BASE_URL || `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`).replace(/\/$/, "");
  try {
    new URL(baseUrl);
  } catch {
    throw new ConfigError(`BASE_URL ist keine gültige Adresse: "${baseUrl}".`);
  }
  const dataDir = path.resolve(env.DATA_DIR || "data");
  return {
    port,
    host,
    baseUrl,
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || "K360 <noreply@k360.example>",
    outboxDir: path.resolve(env.OUTBOX_DIR || "outbox"),
    seedDemo: flag("SEED_DEMO", env.SEED_DEMO, true),
    logLevel: env.LOG_LEVEL || "info",
    sessionDays: integer("SESSION_DAYS", env.SESSION_DAYS, 14),
    trustProxy: flag("TRUST_PROXY", env.TRUST_PROXY, false),
    cookieSecret: env.COOKIE_SECRET || undefined,
  };
}
