import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { loadConfig } from "./config.ts";
import { openDatabase, type Database } from "./db/client.ts";
import { buildApp } from "./app.ts";
import { prepareDatabase } from "./setup.ts";
import { modules } from "./modules/index.ts";
import { silentProgress } from "./platform/progress.ts";
import type { OutboxEntry } from "./platform/mail/mailer.ts";
import { createSession, sessionCookie } from "./platform/auth/sessions.ts";
import { findUserByEmail } from "./platform/auth/service.ts";
import { demoAccounts } from "./platform/auth/demo-accounts.ts";
import type { Role } from "./platform/auth/roles.ts";
import { platformRouteCases, type RouteCases } from "./platform/route-cases.ts";
import { deliverPendingMails } from "./platform/background.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** What the template's data depends on: migrations, and the code of the platform and of every module but its views, routes and tests. */
const shapesData = (file: string) =>
  /\.(ts|sql)$/.test(file) && !file.endsWith(".test.ts") && !file.endsWith("testing.ts") && !/(^|\/)(views|routes)\//.test(file);

/** Template fingerprint: a changed migration, seed, command or search analysis makes a new template. */
async function fingerprint(): Promise<string> {
  const hash = createHash("sha256");
  const dirs = ["src/db", "src/platform", ...modules.map((m) => `src/modules/${m.name}`)];
  for (const dir of dirs) {
    for (const name of (await readdir(path.join(root, dir), { recursive: true })).map(String).filter(shapesData).sort()) {
      hash.update(name);
      hash.update(await readFile(path.join(root, dir, name)));
    }
  }
  hash.update(await readFile(path.join(root, "src/setup.ts")));
  return hash.digest("hex").slice(0, 16);
}

let template: Promise<Blob> | undefined;
/** The template, read once per process: several test files share a process (ADR 0012). */
const pgliteTemplate = () => (template ??= readOrMakeTemplate());

/** Whether the process that wrote this lock file is still running (a lock still without its pid counts for 10 s). */
async function lockHeld(lock: string): Promise<boolean> {
  const [text, info] = await Promise.all([readFile(lock, "utf8").catch(() => null), stat(lock).catch(() => null)]);
  if (text === null || info === null) return false;
  if (text === "") return Date.now() - info.mtimeMs < 10_000;
  try {
    return process.kill(Number(text), 0);
  } catch {
    return false;
  }
}

/**
 * The template from .cache, or made now. Two batches start at once (ADR 0012): one makes it under a
 * lock file with its pid, the other waits for it instead of making it too (about 20 s of CPU).
 */
async function readOrMakeTemplate(): Promise<Blob> {
  const file = path.join(root, ".cache", `test-template-${await fingerprint()}.tar`);
  const lock = `${file}.lock`;
  await mkdir(path.dirname(file), { recursive: true });
  for (;;) {
    const cached = await readFile(file).catch(() => null);
    if (cached) return new Blob([cached]);
    const mine = await writeFile(lock, String(process.pid), { flag: "wx" }).then(
      () => true,
      () => false,
    );
    if (mine) break;
    if (await lockHeld(lock)) await new Promise((resolve) => setTimeout(resolve, 250));
    else await rm(lock, { force: true });
  }
  try {
    return await makeTemplate(file);
  } finally {
    await rm(lock, { force: true });
  }
}

async function makeTemplate(file: string): Promise<Blob> {
  const db = await openDatabase({ dataDir: "memory://" });
  await prepareDatabase(db, { demo: true, progress: silentProgress });
  // Uncompressed: every test file loads it, and unpacking costs more than reading 40 MB.
  const dump = await db.pglite!.dumpDataDir("none");
  await db.close();
  await writeFile(`${file}.${process.pid}`, Buffer.from(await dump.arrayBuffer()));
  await rename(`${file}.${process.pid}`, file);
  return dump;
}

function withDatabase(url: string, name: string): string {
  const address = new URL(url);
  address.pathname = `/${name}`;
  return address.toString();
}

/** On PostgreSQL every test app gets its own database, copied from a migrated and seeded template. */
async function postgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = `k360_tpl_${await fingerprint()}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query("select pg_advisory_lock(360360)");
    const exists = await admin.query("select 1 from pg_database where datname = $1", [template]);
    if (exists.rowCount === 0) {
      await admin.query(`create database ${template}`);
      const db = await openDatabase({ dataDir: "", databaseUrl: withDatabase(baseUrl, template) });
      await prepareDatabase(db, { demo: true, progress: silentProgress });
      await db.close();
    }
    const name = `k360_test_${randomBytes(6).toString("hex")}`;
    await admin.query(`create database ${name} template ${template}`);
    return {
      url: withDatabase(baseUrl, name),
      drop: async () => {
        const client = new pg.Client({ connectionString: baseUrl });
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      },
    };
  } finally {
    await admin.query("select pg_advisory_unlock(360360)").catch(() => {});
    await admin.end();
  }
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  outboxDir: string;
  /** Cookie header of a fresh session for the demo account with this role, or for any account by its e-mail. */
  sessionFor(role: Role): Promise<string>;
  sessionForEmail(email: string): Promise<string>;
  /** GETs a page with a form and POSTs to it like a browser: with the form's CSRF token and cookie. */
  submit(formPage: string, action: string, fields: Record<string, string | string[]>, cookie?: string): Promise<LightMyRequestResponse>;
  /** Sends one file from a page's upload form like a browser: multipart, with the form's CSRF token and cookie. */
  upload(formPage: string, action: string, fileName: string, content: Buffer, cookie?: string): Promise<LightMyRequestResponse>;
  /** Does at once what the mail tasks do in the background, so the queued mails are in the outbox folder. */
  deliverMail(): Promise<void>;
  /** Delivers the queued mails, then every mail in the outbox folder, oldest first. */
  sentMails(): Promise<OutboxMail[]>;
  close(): Promise<void>;
}

/** Posts a form like a browser: the form page first, for its CSRF token and cookie. */
const submitTo = (app: FastifyInstance) =>
  async function submit(formPage: string, action: string, fields: Record<string, string | string[]>, cookie = "") {
    const page = await app.inject({ method: "GET", url: formPage, headers: cookie ? { cookie } : {} });
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
    if (!token) throw new Error(`Kein CSRF-Feld auf ${formPage} (Status ${page.statusCode})`);
    const csrfCookie = page.cookies.find((c) => c.name === "_csrf");
    const cookies = [cookie, csrfCookie ? `_csrf=${csrfCookie.value}` : ""].filter(Boolean).join("; ");
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries({ ...fields, _csrf: token })) for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
    return app.inject({
      method: "POST",
      url: action,
      headers: { cookie: cookies, "content-type": "application/x-www-form-urlencoded" },
      payload: body.toString(),
    });
  };

/** Sends one file like a browser's upload form: multipart, with the form's CSRF token and cookie. */
const uploadTo = (app: FastifyInstance) =>
  async function upload(formPage: string, action: string, fileName: string, content: Buffer, cookie = "") {
    const page = await app.inject({ url: formPage, headers: cookie ? { cookie } : {} });
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
    const csrf = page.cookies.find((c) => c.name === "_csrf");
    const boundary = "----k360test";
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n--${boundary}\r\nContent-Disposition: form-data; name="datei"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const cookies = [cookie, csrf ? `_csrf=${csrf.value}` : ""].filter(Boolean).join("; ");
    return app.inject({ method: "POST", url: action, headers: { cookie: cookies, "content-type": `multipart/form-data; boundary=${boundary}` }, payload });
  };

export async function startTestApp(): Promise<TestApp> {
  const outboxDir = await mkdtemp(path.join(os.tmpdir(), "k360-outbox-"));
  const env: NodeJS.ProcessEnv = { ...process.env, OUTBOX_DIR: outboxDir, SMTP_URL: "", LOG_LEVEL: "warn" };
  let drop = async () => {};
  if (process.env.DATABASE_URL) {
    const created = await postgresDatabase(process.env.DATABASE_URL);
    env.DATABASE_URL = created.url;
    drop = created.drop;
  }
  const config = loadConfig(env);
  const database = process.env.DATABASE_URL
    ? await openDatabase({ dataDir: "", databaseUrl: config.databaseUrl })
    : await openDatabase({ dataDir: "memory://", loadDataDir: await pgliteTemplate() });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();

  async function sessionForEmail(email: string) {
    const user = await findUserByEmail(database.db, email);
    if (!user) throw new Error(`Kein Konto ${email}`);
    const session = await createSession(database.db, user.id, 1);
    return `${sessionCookie}=${session.token}`;
  }
  const sessionFor = (role: Role) => sessionForEmail(demoAccounts.find((a) => a.role === role)!.email);

  const submit = submitTo(app);
  const upload = uploadTo(app);

  const handle: TestApp = {
    app,
    database,
    outboxDir,
    sessionFor,
    sessionForEmail,
    submit,
    upload,
    deliverMail: () => deliverPendingMails(app),
    async sentMails() {
      await deliverPendingMails(app);
      return readOutbox(outboxDir);
    },
    async close() {
      await app.close();
      await database.close();
      await drop();
      await rm(outboxDir, { recursive: true, force: true });
      // Several test files share a process (ADR 0012): a test file's variable must not keep the closed
      // app and its database in memory.
      for (const key of Object.keys(handle)) Reflect.deleteProperty(handle, key);
    },
  };
  return handle;
}

/** A mail in a test app's outbox folder, with its header lines as sent, unfolded (a long header continues on an indented line). */
export type OutboxMail = OutboxEntry & { head: string };

/** The header block of a raw mail, each header on one line. */
const headOf = (raw: string) => raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n(?=[ \t])/g, "");

/** The mails in a test app's outbox folder, oldest first (none while the folder does not exist). */
export async function readOutbox(dir: string): Promise<OutboxMail[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".json")).sort();
  return Promise.all(
    names.map(async (n) => ({
      ...(JSON.parse(await readFile(path.join(dir, n), "utf8")) as OutboxEntry),
      head: headOf(await readFile(path.join(dir, n.replace(/\.json$/, ".eml")), "utf8")),
    })),
  );
}

/**
 * Every route's case (platform and modules): the platform's first, then each module's in the
 * manifests' order, and the cases that end the session last.
 */
export async function allRouteCases(database: Database): Promise<RouteCases> {
  const lists = [platformRouteCases()];
  for (const mod of modules) {
    const own = (await import(`./modules/${mod.name}/testing.ts`)) as { routeCases?: (database: Database) => Promise<RouteCases> };
    if (own.routeCases) lists.push(await own.routeCases(database));
  }
  const entries = lists.flatMap((list) => Object.entries(list));
  return Object.fromEntries([...entries.filter(([, routeCase]) => !routeCase.last), ...entries.filter(([, routeCase]) => routeCase.last)]);
}
