import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface OutboxEntry extends MailMessage {
  id: string;
  from: string;
  sentAt: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Mails kept in the outbox folder, newest first; empty when SMTP delivers them. */
  outbox(): Promise<OutboxEntry[]>;
  usesOutbox: boolean;
}

const idPattern = /^[0-9]{13}-[0-9]{6}-[0-9a-f]{8}$/;
let sequence = 0;
/** Sortable ids: time, then a counter for mails of the same millisecond, then a random part. */
const newId = () => `${Date.now()}-${String(sequence++ % 1_000_000).padStart(6, "0")}-${randomUUID().slice(0, 8)}`;

/** Without SMTP settings every mail is written to the outbox folder: an .eml to open in a mail program and a .json for the admin page. */
export function createMailer(options: { smtpUrl?: string; from: string; outboxDir: string }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      usesOutbox: false,
      async send(message) {
        await transport.sendMail({ from: options.from, ...message });
      },
      outbox: async () => [],
    };
  }
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    usesOutbox: true,
    async send(message) {
      await mkdir(options.outboxDir, { recursive: true });
      const id = newId();
      const info = await builder.sendMail({ from: options.from, ...message });
      const entry: OutboxEntry = { id, from: options.from, sentAt: new Date().toISOString(), ...message };
      await writeFile(path.join(options.outboxDir, `${id}.eml`), info.message as Buffer);
      await writeFile(path.join(options.outboxDir, `${id}.json`), JSON.stringify(entry, null, 2));
    },
    async outbox() {
      const names = await readdir(options.outboxDir).catch(() => [] as string[]);
      const ids = names.filter((n) => n.endsWith(".json") && idPattern.test(n.slice(0, -5))).sort().reverse();
      return Promise.all(ids.map(async (n) => JSON.parse(await readFile(path.join(options.outboxDir, n), "utf8")) as OutboxEntry));
    },
  };
}
