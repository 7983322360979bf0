// A local SMTP server that accepts every mail and only counts: messages, bytes and mails per recipient (no disk).
// Runs in the `npm run bench` process, so the app's sender (in its own process) talks to it over TCP as to a real
// mail server; the app reaches it through SMTP_URL.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  url: string;
  /** Forgets what was counted so far (mails sent before the measured run). */
  reset(): void;
  counts(): { messages: number; bytes: number; connections: number; perRecipient: Map<string, number> };
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  let messages = 0;
  let bytes = 0;
  let connections = 0;
  let perRecipient = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // No reverse DNS lookup of the client per connection: here it would only measure the resolver of the sandbox.
    disableReverseLookup: true,
    onConnect(_session, done) {
      connections++;
      done();
    },
    onData(stream, session, done) {
      stream.on("data", (chunk: Buffer) => (bytes += chunk.length));
      stream.on("end", () => {
        messages++;
        for (const rcpt of session.envelope.rcptTo) perRecipient.set(rcpt.address.toLowerCase(), (perRecipient.get(rcpt.address.toLowerCase()) ?? 0) + 1);
        done();
      });
    },
  });
  server.on("error", (error) => console.log(`  ⚠ SMTP-Senke: ${error.message}`));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    reset() {
      messages = bytes = connections = 0;
      perRecipient = new Map();
    },
    counts: () => ({ messages, bytes, connections, perRecipient }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
