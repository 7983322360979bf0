/** Test-data builders and page readers for the application tests. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import type { Db } from "../../../db/client.ts";
import { formats } from "../tables.ts";
import { seedApplicationsDemo } from "./demo.ts";

export interface OutboxMail {
  to: string;
  subject: string;
  text: string;
}

export async function readOutbox(dir: string): Promise<OutboxMail[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  return Promise.all(names.map(async (n) => JSON.parse(await readFile(path.join(dir, n), "utf8")) as OutboxMail));
}

/** A training path of its own with the sixty example applications, so tests do not depend on the demo seed. */
export async function formatWithApplications(db: Db, programId: number, slug: string, deadline: string): Promise<number> {
  const [format] = await db
    .insert(formats)
    .values({ programId, slug, title: "Lernpfad Auswahltest", kind: "trainingPath", rule: { obligee: "none", required: 0, byModule: true }, position: 99, freeSeats: 7, applicationDeadline: deadline })
    .returning({ id: formats.id });
  await seedApplicationsDemo(db, format.id);
  return format.id;
}

/** Ids of the application rows in the table whose caption starts with `caption`. */
export function rowIds(html: string, caption: string): number[] {
  const start = html.indexOf(`<caption class="kern-title">${caption}`);
  if (start === -1) return [];
  const table = html.slice(start, html.indexOf("</table>", start));
  return [...table.matchAll(/id="bewerbung-(\d+)"/g)].map((m) => Number(m[1]));
}

const validator = new HtmlValidate({
  extends: ["html-validate:recommended", "html-validate:a11y"],
  rules: { "doctype-style": "off", "void-style": "off", "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }] },
});

export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
