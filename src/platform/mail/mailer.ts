import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import nodemailer from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared/index.js";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative to the text. */
  html?: string;
  /** A fixed Message-ID such as "<newsletter-2-2026-17@k360.example>": a mail sent again is recognisably the same. */
  messageId?: string;
  /** Extra header lines, such as List-Unsubscribe. */
  headers?: Record<string, string>;
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
  /** Closes the pooled SMTP connection (on shutdown). */
  close(): void;
}

const idPattern = /^[0-9]{13}-[0-9]{6}-[0-9a-f]{8}$/;
let sequence = 0;
/** Sortable ids: time, then a counter for mails of the same millisecond, then a random part. */
const newId = () => `${Date.now()}-${String(sequence++ % 1_000_000).padStart(6, "0")}-${randomUUID().slice(0, 8)}`;

/**
 * One pooled SMTP connection, used mail after mail (a newsletter sends thousands). TCP_NODELAY:
 * otherwise the end of each mail waits for the server's delayed ACK, about 40 ms per mail.
 */
function smtpTransport(smtpUrl: string) {
  return nodemailer.createTransport({
    ...parseConnectionUrl(smtpUrl),
    pool: true,
    getSocket(settings, callback) {
      const socket = net.connect({ host: settings.host ?? "localhost", port: settings.port ?? (settings.secure ? 465 : 587), noDelay: true });
      socket.once("connect", () => callback(null, { connection: socket }));
      socket.once("error", (error) => callback(error, null));
    },
  });
}

/** Without SMTP settings every mail is written to the outbox folder: an .eml to open in a mail program and a .json for the admin page. */
export function createMailer(options: { smtpUrl?: string; from: string; outboxDir: string }): Mailer {
  if (options.smtpUrl) {
    const transport = smtpTransport(options.smtpUrl);
    return {
      usesOutbox: false,
      async send(message) {
        await transport.sendMail({ from: options.from, ...message });
      },
      outbox: async () => [],
      close: () => transport.close(),
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
      const ids = names
        .filter((n) => n.endsWith(".json") && idPattern.test(n.slice(0, -5)))
        .sort()
        .reverse();
      return Promise.all(ids.map(async (n) => JSON.parse(await readFile(path.join(options.outboxDir, n), "utf8")) as OutboxEntry));
    },
    close: () => {},
  };
}
