// test-database: pglite (the CLI keeps its own PGlite data folder whatever DATABASE_URL says)
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { openDatabase } from "./db/client.ts";
import { findUserByEmail } from "./platform/auth/service.ts";
import { countMunicipalities } from "./modules/municipalities/index.ts";

const run = promisify(execFile);
const k360 = path.resolve("bin/k360.js");

// The CLI's own storage is PGlite; on PostgreSQL the same commands call pg_dump/pg_restore (see README).
test("the CLI seeds with progress, adds a user, and a backup restores into a new data folder", { timeout: 300_000 }, async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "k360-cli-"));
  const env = { ...process.env, DATA_DIR: path.join(dir, "data"), DATABASE_URL: "" };
  try {
    const seeded = await run(process.execPath, [k360, "seed", "--demo"], { env });
    assert.match(seeded.stderr, /Kommunen anlegen: 574\/574 \(100 %\)/);
    assert.match(seeded.stdout, /admin@k360\.example/);
    await run(process.execPath, [k360, "user", "add", "--email", "neu@k360.example", "--name", "Neu", "--role", "editor"], { env });
    const wrong = await run(process.execPath, [k360, "user", "add", "--email", "x@k360.example", "--role", "boss"], { env }).catch((e) => e);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /Unbekannte Rolle "boss"/);
    const file = path.join(dir, "sicherung.tar.gz");
    await run(process.execPath, [k360, "backup", file], { env });
    const restoredDir = path.join(dir, "wiederhergestellt");
    await run(process.execPath, [k360, "restore", file], { env: { ...env, DATA_DIR: restoredDir } });
    const refused = await run(process.execPath, [k360, "restore", file], { env: { ...env, DATA_DIR: restoredDir } }).catch((e) => e);
    assert.match(refused.stderr, /nicht leer/);
    const restored = await openDatabase({ dataDir: restoredDir });
    assert.equal(await countMunicipalities(restored.db), 565);
    assert.equal((await findUserByEmail(restored.db, "neu@k360.example"))?.role, "editor");
    await restored.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
