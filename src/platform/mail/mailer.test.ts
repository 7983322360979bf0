import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { createMailer } from "./mailer.ts";

test("with SMTP settings a mail is delivered to the SMTP server", async () => {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // The sender may keep its connection open for the next mail: closing waits 0.2 s for it, not 30 s.
    closeTimeout: 200,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, done) {
      let data = "";
      stream.on("data", (chunk) => (data += chunk));
      stream.on("end", () => {
        received.push(data);
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  try {
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: "K360 <noreply@k360.example>", outboxDir: "/nonexistent" });
    await mailer.send({ to: "planung@kommune.example", subject: "Prüfung", text: "Grüße aus K360" });
    assert.equal(received.length, 1);
    assert.match(received[0], /To: planung@kommune\.example/);
    assert.match(received[0], /Subject: =\?UTF-8\?Q\?Pr=C3=BCfung\?=/);
    assert.deepEqual(await mailer.outbox(), []);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test("without SMTP settings a mail lands in the outbox folder, newest first", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "k360-outbox-"));
  try {
    const mailer = createMailer({ from: "K360 <noreply@k360.example>", outboxDir: dir });
    await mailer.send({ to: "a@example.org", subject: "Erste", text: "1" });
    await mailer.send({ to: "b@example.org", subject: "Zweite", text: "2" });
    assert.deepEqual(
      (await mailer.outbox()).map((m) => m.subject),
      ["Zweite", "Erste"],
    );
    assert.equal((await readdir(dir)).filter((n) => n.endsWith(".eml")).length, 2);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
