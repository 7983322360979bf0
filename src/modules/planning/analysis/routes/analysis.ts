import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { planningAccess, workbenchPath } from "../../routes/access.ts";
import { currentCut, indicatorsFor, periodsOf } from "../../queries.ts";
import { ownFirst, runAnalysis, type AnalysisResult } from "../queries.ts";
import { parseSettings, settingsQuery, wasSent, type AnalysisQuery } from "../rules/settings.ts";
import { stabilityOf } from "../rules/stability.ts";
import { analysisQuery, slugParams } from "../schemas.ts";
import { policies } from "../policies.ts";
import { analysisTexts } from "../texts.ts";
import { AnalysisPage, type WorkbenchFrame } from "../views/analysis-page.tsx";
import { ReceiptPage } from "../views/receipt-page.tsx";
import { StabilityPage } from "../views/stability-page.tsx";
import { receiptCsv } from "../views/receipt-export.ts";

export interface PreparedAnalysis {
  frame: WorkbenchFrame;
  form: { indicators: Awaited<ReturnType<typeof indicatorsFor>>; periods: string[]; query: AnalysisQuery; errors: FieldErrors };
  result: AnalysisResult | null;
  /** Shown above the form: the municipality has no areas yet. */
  notice: string | null;
  /** The settings as a query string for links (empty without a result). */
  query: string;
}

/**
 * The steps every analysis address shares: validate the query, authorise (the municipality's
 * members), read the form's choices, and run the analysis once the form was sent without errors.
 */
export async function prepareAnalysis(request: FastifyRequest, slug: string, reply: FastifyReply, required: boolean): Promise<PreparedAnalysis> {
  const schemaErrors = formErrors(request);
  const { municipality } = await planningAccess(request, slug, policies.analysisAction);
  const db = request.server.deps.database.db;
  const cut = await currentCut(db, municipality.id);
  const [indicators, periods] = await Promise.all([indicatorsFor(db, municipality.id), cut ? periodsOf(db, cut.id) : Promise.resolve([])]);
  const query = (request.query ?? {}) as AnalysisQuery;
  const frame = { ctx: pageContext(request, reply), municipality, base: workbenchPath(municipality) };
  const prepared: PreparedAnalysis = {
    frame,
    form: { indicators: ownFirst(indicators), periods, query, errors: schemaErrors },
    result: null,
    notice: null,
    query: "",
  };
  const sent = required || wasSent(query) || Object.keys(schemaErrors).length > 0;
  // Without areas the first visit shows the notice; an analysis asked for cannot be made (422).
  if (!cut) prepared.form.errors = sent ? { ...schemaErrors, form: analysisTexts.errors.noAreas } : {};
  prepared.notice = cut ? null : analysisTexts.errors.noAreas;
  if (!cut || !sent) return prepared;
  const parsed = parseSettings(query);
  prepared.form.errors = { ...parsed.errors, ...schemaErrors };
  if (Object.keys(prepared.form.errors).length > 0) return prepared;
  const run = await runAnalysis(db, municipality.id, parsed.settings);
  if (!run.ok) prepared.form.errors = run.errors;
  else [prepared.result, prepared.query] = [run.value, settingsQuery(parsed.settings)];
  return prepared;
}

/** The analysis page with the form and its messages (422 when the form came back with any). */
export function sendAnalysisPage(reply: FastifyReply, prepared: PreparedAnalysis) {
  const page = AnalysisPage({ ...prepared.frame, form: prepared.form, result: prepared.result, notice: prepared.notice, query: prepared.query });
  return sendPage(reply, page, Object.keys(prepared.form.errors).length > 0 ? 422 : 200);
}

/** Sends a download: private (planning data is not public), never kept by a cache. */
export function sendDownload(reply: FastifyReply, body: string | Buffer, type: string, filename: string) {
  return reply.code(200).header("cache-control", "private, no-store").header("content-disposition", `attachment; filename="${filename}"`).type(type).send(body);
}

export const downloadName = (result: AnalysisResult, slug: string, suffix: string) =>
  `sozialraumanalyse-${slug.split("-")[0]}-${result.settings.period.replace(/[^0-9A-Za-z_-]/g, "_")}${suffix}`;

/** The analysis form with its result, the receipt (page and CSV) and the stability check. */
export async function analysisRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const schema = { params: slugParams, querystring: analysisQuery };

  router.get("/kommunen/:slug/planung/analyse", { attachValidation: true, schema }, async (request, reply) => {
    return sendAnalysisPage(reply, await prepareAnalysis(request, request.params.slug, reply, false));
  });

  router.get("/kommunen/:slug/planung/analyse/beleg", { attachValidation: true, schema }, async (request, reply) => {
    const prepared = await prepareAnalysis(request, request.params.slug, reply, true);
    if (!prepared.result) return sendAnalysisPage(reply, prepared);
    if (request.query.format === "csv")
      return sendDownload(reply, receiptCsv(prepared.result), "text/csv; charset=utf-8", downloadName(prepared.result, request.params.slug, "-beleg.csv"));
    return sendPage(reply, ReceiptPage({ ...prepared.frame, result: prepared.result, query: prepared.query }));
  });

  router.get("/kommunen/:slug/planung/analyse/stabilitaet", { attachValidation: true, schema }, async (request, reply) => {
    const prepared = await prepareAnalysis(request, request.params.slug, reply, true);
    if (!prepared.result) return sendAnalysisPage(reply, prepared);
    const variants = stabilityOf(prepared.result.input, prepared.result.computation);
    return sendPage(reply, StabilityPage({ ...prepared.frame, result: prepared.result, variants, query: prepared.query }));
  });
}
