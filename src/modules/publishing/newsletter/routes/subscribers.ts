import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { berlinParts, todayInGermany } from "../../../../platform/dates.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { exportedSubscribers, listSubscribers, subscriberPageSize, type SubscriberFilter, type SubscriberRow } from "../queries.ts";
import { importSubscribers } from "../commands/import-subscribers.ts";
import { decodeCsv, parseCsv, toCsv } from "../rules/csv.ts";
import { checkImportRows } from "../rules/subscriber-import.ts";
import { importBody, subscribersQuery, type SubscribersQuery } from "../schemas.ts";
import { importMessages, subscriberColumns, subscriberStatuses } from "../texts.ts";
import { SubscribersPage } from "../views/subscribers.tsx";
import { SubscriberImportPage } from "../views/subscriber-import.tsx";
import { policies } from "../policies.ts";
import { requireEditor } from "./editing.ts";

const maxImportBytes = 2 * 1024 * 1024;

/** The file part of the multipart form, as @fastify/multipart attaches it to the body. */
interface FilePart {
  type?: string;
  filename?: string;
  toBuffer?: () => Promise<Buffer>;
}

const filterOf = (query: SubscribersQuery): SubscriberFilter => ({
  search: query.q ?? "",
  status: query.status && query.status in subscriberStatuses ? query.status : null,
});

/** A day as Germans write it: 14.03.2025. */
const germanDay = (date: Date | null) => (date ? berlinParts(date).date.split("-").reverse().join(".") : "");

const csvRow = (row: SubscriberRow) => [
  row.email,
  subscriberStatuses[row.status] ?? row.status,
  germanDay(row.consentAt),
  row.consentSource || "Anmeldung auf der Website",
  row.consentText,
  germanDay(row.confirmedAt),
  germanDay(row.unsubscribedAt),
];

/** The file's text, or the German message why it cannot be read. */
async function uploadedText(part: FilePart | undefined): Promise<string | FieldErrors> {
  if (part?.type !== "file" || !part.filename || !part.toBuffer) return { datei: importMessages.noFile };
  if (!/\.(csv|txt)$/i.test(part.filename)) return { datei: importMessages.notCsv };
  const bytes = await part.toBuffer();
  if (bytes.length > maxImportBytes) return { datei: importMessages.tooLarge };
  const text = decodeCsv(bytes);
  return text.includes("\u0000") ? { datei: importMessages.notCsv } : text;
}

/** The team's subscriber list: search, export as CSV, and the import of a list with proof of consent. */
export async function subscriberRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  const importPage = (request: FastifyRequest, reply: FastifyReply, props: Omit<Parameters<typeof SubscriberImportPage>[0], "ctx">, status = 200) =>
    sendPage(reply, SubscriberImportPage({ ctx: pageContext(request, reply, { forms: true }), ...props }), status);

  router.get("/newsletter/redaktion/abonnenten", { schema: { querystring: subscribersQuery } }, async (request, reply) => {
    requireEditor(request);
    const filter = filterOf(request.query);
    const page = Math.min(Math.max(Number.parseInt(request.query.seite ?? "", 10) || 1, 1), 100_000);
    const { rows, total } = await listSubscribers(db, filter, page);
    const pages = Math.max(1, Math.ceil(total / subscriberPageSize));
    return sendPage(reply, SubscribersPage({ ctx: pageContext(request, reply), filter, rows, total, page, pages }));
  });

  router.get("/newsletter/redaktion/abonnenten.csv", { schema: { querystring: subscribersQuery } }, async (request, reply) => {
    requireEditor(request);
    const rows = await exportedSubscribers(db, filterOf(request.query));
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="newsletter-abonnenten-${todayInGermany()}.csv"`)
      .header("cache-control", "private, no-store")
      .send(toCsv([subscriberColumns, ...rows.map(csvRow)]));
  });

  router.get("/newsletter/redaktion/abonnenten/import", async (request, reply) => {
    requireEditor(request);
    return importPage(request, reply, { errors: {} });
  });

  router.post(
    "/newsletter/redaktion/abonnenten/import",
    { attachValidation: true, schema: { body: importBody }, config: { uploads: policies.editNewsletter } },
    async (request, reply) => {
      const errors = formErrors(request);
      requireEditor(request);
      const text = Object.keys(errors).length ? errors : await uploadedText(request.body?.datei as FilePart | undefined);
      if (typeof text !== "string") return importPage(request, reply, { errors: text }, 422);
      const checked = checkImportRows(parseCsv(text), todayInGermany());
      if ("error" in checked) return importPage(request, reply, { errors: { datei: checked.error } }, 422);
      const result = await importSubscribers(db, checked.rows);
      if (!result.ok) return importPage(request, reply, { errors: result.errors }, 422);
      const problems = [...checked.problems, ...result.value.problems].sort((a, b) => a.line - b.line);
      return importPage(request, reply, { errors: {}, result: { ...result.value, problems, rows: checked.rows.length + checked.problems.length } });
    },
  );
}
