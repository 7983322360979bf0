import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import type { FieldErrors, FormValues } from "../../../../platform/forms.ts";
import { forbidden } from "../../../../platform/errors.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { policies as exchange } from "../../policies.ts";
import { policies } from "../policies.ts";
import { deleteReport } from "../commands/delete-report.ts";
import { refuseReport, saveReport, type SaveAction } from "../commands/save-report.ts";
import { reportsOfMunicipality, type Report } from "../queries.ts";
import { noticeQuery, reportBody, reportParams, type ReportInput } from "../schemas.ts";
import { notices } from "../texts.ts";
import { ReportForm } from "../views/report-form.tsx";
import { MyReportsPage } from "../views/lists.tsx";
import { editableReport, readableReport, showReport } from "./guards.ts";
import { findMunicipalityById, listProjectTitles, listTopics } from "../../../municipalities/index.ts";

type Author = { municipalityId: number; authorId: number };

const actionOf = (input: Pick<ReportInput, "aktion">): SaveAction => (input.aktion === "einreichen" ? "submit" : "draft");
const afterSave = (id: number, action: SaveAction) => `/austausch/berichte/${id}?stand=${action === "submit" ? "eingereicht" : "entwurf"}`;

/** A saved report as its form shows it. */
const formOf = (report: Report): FormValues => ({
  ...Object.fromEntries(Object.entries(report).filter(([, value]) => typeof value === "string")),
  topics: report.topics.map((topic) => topic.slug),
  changeProjectId: report.changeProject ? String(report.changeProject.id) : "",
});

/** The signed-in member who writes for their municipality. */
function writer(request: FastifyRequest) {
  const user = requireUser(request);
  if (!policies.writeReport(user) || user.municipalityId === null) throw forbidden();
  return { user, municipalityId: user.municipalityId };
}

/** Practice reports: members write, the team reviews and publishes, readers see what their audience allows. */
export async function reportRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function form(request: FastifyRequest, reply: FastifyReply, municipalityId: number, report: Report | null, values: FormValues, errors: FieldErrors) {
    const [topics, projects] = await Promise.all([listTopics(db), listProjectTitles(db, municipalityId)]);
    const published = report?.status === "published";
    const page = ReportForm({ ctx: pageContext(request, reply, { forms: true }), id: report?.id ?? null, published, values, errors, topics, projects });
    return sendPage(reply, page, Object.keys(errors).length > 0 ? 422 : 200);
  }

  /** Saves the form, or answers with every message it deserves. */
  async function saveOrRefuse(request: FastifyRequest, input: ReportInput, author: Author, id: number | null) {
    const action = actionOf(input);
    const errors = formErrors(request);
    if (Object.keys(errors).length > 0) return refuseReport(db, author.municipalityId, input, action, errors);
    return saveReport(db, author, id, input, action);
  }

  router.get("/austausch/meine-berichte", { schema: { querystring: noticeQuery } }, async (request, reply) => {
    const { municipalityId } = writer(request);
    const place = await findMunicipalityById(db, municipalityId);
    const reports = await reportsOfMunicipality(db, municipalityId);
    const notice = notices[request.query.stand ?? ""];
    return sendPage(reply, MyReportsPage({ ctx: pageContext(request, reply), reports, municipalityName: place?.name ?? "", notice }));
  });

  router.get("/austausch/berichte/neu", async (request, reply) => form(request, reply, writer(request).municipalityId, null, { visibility: "network" }, {}));

  router.post("/austausch/berichte/neu", { attachValidation: true, schema: { body: reportBody } }, async (request, reply) => {
    const { user, municipalityId } = writer(request);
    const action = actionOf(request.body);
    const author = { municipalityId, authorId: user.id };
    const result = await saveOrRefuse(request, request.body, author, null);
    if (result.ok) return redirectAfterPost(reply, afterSave(result.value, action));
    return form(request, reply, municipalityId, null, request.body, result.errors);
  });

  router.get("/austausch/berichte/:id", { schema: { params: reportParams, querystring: noticeQuery } }, async (request, reply) =>
    showReport(request, reply, await readableReport(request, db, request.params.id), { stand: request.query.stand }),
  );

  router.get("/austausch/berichte/:id/bearbeiten", { schema: { params: reportParams } }, async (request, reply) => {
    const report = await editableReport(request, db, request.params.id);
    return form(request, reply, report.municipalityId, report, formOf(report), {});
  });

  router.post("/austausch/berichte/:id/bearbeiten", { attachValidation: true, schema: { params: reportParams, body: reportBody } }, async (request, reply) => {
    const report = await editableReport(request, db, request.params.id);
    const action = actionOf(request.body);
    const author = { municipalityId: report.municipalityId, authorId: requireUser(request).id };
    const result = await saveOrRefuse(request, request.body, author, report.id);
    if (result.ok) return redirectAfterPost(reply, afterSave(report.id, action));
    return form(request, reply, report.municipalityId, report, request.body, result.errors);
  });

  router.post("/austausch/berichte/:id/loeschen", { schema: { params: reportParams } }, async (request, reply) => {
    const report = await editableReport(request, db, request.params.id);
    await deleteReport(db, report.id);
    const own = exchange.isMemberOf(request.user, report.municipalityId);
    return redirectAfterPost(reply, own ? "/austausch/meine-berichte?stand=geloescht" : "/austausch/pruefung?stand=geloescht");
  });
}
