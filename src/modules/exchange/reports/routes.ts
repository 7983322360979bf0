import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { formValues, text, type FieldErrors } from "../../../platform/forms.ts";
import { forbidden, notFound, unauthenticated } from "../../../platform/errors.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { readerAudiences } from "../audiences.ts";
import { policies } from "../policies.ts";
import { addAttachment, deleteAttachment, findAttachment } from "./attachments.ts";
import { deleteReport, publishReport, returnReport, saveReport, type SaveAction } from "./commands.ts";
import { findReport, mayRead, reportsInReview, reportsOfMunicipality, type Report } from "./queries.ts";
import { ReportForm } from "./views/report-form.tsx";
import { MyReportsPage, ReviewPage } from "./views/lists.tsx";
import { ReportPage, type ReportPageProps } from "./views/report-page.tsx";
import { findMunicipalityById, listProjectTitles, listTopics } from "../../municipalities/index.ts";
import { translateValidation } from "../../../platform/http/validation.ts";

const id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const idParams = Type.Object({ id });
const fileParams = Type.Object({ id, fileId: id });
const body = Type.Object(
  {},
  { additionalProperties: Type.Union([Type.String({ maxLength: 20000 }), Type.Array(Type.String({ maxLength: 100 }), { maxItems: 30 })]) },
);
const notices: Record<string, string> = {
  entwurf: "Der Entwurf ist gespeichert.",
  eingereicht: "Der Bericht ist eingereicht. Das Team der Initiative sieht ihn durch.",
  veroeffentlicht: "Der Bericht ist veröffentlicht.",
  zurueck: "Der Bericht ist an die Kommune zurückgegeben.",
  anhang: "Der Anhang ist gespeichert.",
  entfernt: "Der Anhang ist entfernt.",
  geloescht: "Der Bericht ist gelöscht.",
};

interface UploadedFile {
  type: "file";
  filename: string;
  toBuffer(): Promise<Buffer>;
}

/** Practice reports: members write, the team reviews and publishes, readers see what their audience allows. */
export async function reportRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function readable(request: FastifyRequest, reportId: number): Promise<Report> {
    const report = await findReport(db, reportId);
    if (!report) throw notFound("Der Bericht");
    if (await mayRead(db, request.user, await readerAudiences(db, request.user), report)) return report;
    // Drafts stay hidden entirely; a published report names no title to those outside its audience.
    if (report.status !== "published") throw notFound("Der Bericht");
    throw request.user ? forbidden() : unauthenticated();
  }

  async function editable(request: FastifyRequest, reportId: number): Promise<Report> {
    const user = requireUser(request);
    const report = await findReport(db, reportId);
    if (!report) throw notFound("Der Bericht");
    if (!policies.editReport(user, report.municipalityId)) throw forbidden();
    return report;
  }

  async function showReport(request: FastifyRequest, reply: FastifyReply, report: Report, extra: Partial<ReportPageProps> = {}, status = 200) {
    const user = request.user;
    const notice = notices[text((request.query as Record<string, unknown>)?.stand)];
    const props: ReportPageProps = {
      ctx: pageContext(request, reply, { forms: true }),
      report,
      canEdit: policies.editReport(user, report.municipalityId),
      canReview: policies.reviewReports(user),
      showContactEmail: user !== null,
      notice,
      ...extra,
    };
    return sendPage(reply, ReportPage(props), status);
  }

  async function form(
    request: FastifyRequest,
    reply: FastifyReply,
    municipalityId: number,
    reportId: number | null,
    values: Record<string, string | string[]>,
    errors: FieldErrors,
    published: boolean,
    status = 200,
  ) {
    const [topics, projects] = await Promise.all([listTopics(db), listProjectTitles(db, municipalityId)]);
    return sendPage(
      reply,
      ReportForm({ ctx: pageContext(request, reply, { forms: true }), id: reportId, published, values, errors, topics, projects }),
      status,
    );
  }

  const actionOf = (b: unknown): SaveAction => (text((b as Record<string, unknown> | undefined)?.aktion) === "einreichen" ? "submit" : "draft");

  router.get("/austausch/meine-berichte", async (request, reply) => {
    const user = requireUser(request);
    if (!policies.writeReport(user)) throw forbidden();
    const place = await findMunicipalityById(db, user.municipalityId!);
    const notice = notices[text((request.query as Record<string, unknown>)?.stand)];
    return sendPage(
      reply,
      MyReportsPage({
        ctx: pageContext(request, reply),
        reports: await reportsOfMunicipality(db, user.municipalityId!),
        municipalityName: place?.name ?? "",
        notice,
      }),
    );
  });

  router.get("/austausch/berichte/neu", async (request, reply) => {
    const user = requireUser(request);
    if (!policies.writeReport(user)) throw forbidden();
    return form(request, reply, user.municipalityId!, null, { visibility: "network" }, {}, false);
  });

  router.post("/austausch/berichte/neu", { attachValidation: true, schema: { body } }, async (request, reply) => {
    const user = requireUser(request);
    if (!policies.writeReport(user)) throw forbidden();
    const action = actionOf(request.body);
    const result = await saveReport(
      db,
      user.municipalityId!,
      user.id,
      null,
      (request.body ?? {}) as Record<string, unknown>,
      action,
      translateValidation(request.validationError?.validation),
    );
    if (result.ok) return redirectAfterPost(reply, `/austausch/berichte/${result.id}?stand=${action === "submit" ? "eingereicht" : "entwurf"}`);
    return form(request, reply, user.municipalityId!, null, formValues(request.body), result.errors, false, 422);
  });

  router.get("/austausch/berichte/:id", { schema: { params: idParams } }, async (request, reply) =>
    showReport(request, reply, await readable(request, request.params.id)),
  );

  router.get("/austausch/berichte/:id/bearbeiten", { schema: { params: idParams } }, async (request, reply) => {
    const report = await editable(request, request.params.id);
    const values = {
      ...Object.fromEntries(Object.entries(report).filter(([, v]) => typeof v === "string")),
      topics: report.topics.map((t) => t.slug),
      changeProjectId: report.changeProject ? String(report.changeProject.id) : "",
    } as Record<string, string | string[]>;
    return form(request, reply, report.municipalityId, report.id, values, {}, report.status === "published");
  });

  router.post("/austausch/berichte/:id/bearbeiten", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    const report = await editable(request, Number((request.params as { id: unknown }).id));
    const action = actionOf(request.body);
    const result = await saveReport(
      db,
      report.municipalityId,
      request.user!.id,
      report.id,
      (request.body ?? {}) as Record<string, unknown>,
      action,
      translateValidation(request.validationError?.validation),
    );
    if (result.ok) return redirectAfterPost(reply, `/austausch/berichte/${report.id}?stand=${action === "submit" ? "eingereicht" : "entwurf"}`);
    return form(request, reply, report.municipalityId, report.id, formValues(request.body), result.errors, report.status === "published", 422);
  });

  router.post("/austausch/berichte/:id/loeschen", { schema: { params: idParams } }, async (request, reply) => {
    const report = await editable(request, request.params.id);
    await deleteReport(db, report.id);
    return redirectAfterPost(
      reply,
      policies.isMemberOf(request.user, report.municipalityId) ? "/austausch/meine-berichte?stand=geloescht" : "/austausch/pruefung?stand=geloescht",
    );
  });

  router.get("/austausch/pruefung", async (request, reply) => {
    if (!policies.reviewReports(requireUser(request))) throw forbidden();
    const notice = notices[text((request.query as Record<string, unknown>)?.stand)];
    return sendPage(reply, ReviewPage({ ctx: pageContext(request, reply), reports: await reportsInReview(db), notice }));
  });

  router.post("/austausch/berichte/:id/veroeffentlichen", { schema: { params: idParams } }, async (request, reply) => {
    if (!policies.reviewReports(requireUser(request))) throw forbidden();
    const report = await findReport(db, request.params.id);
    if (!report) throw notFound("Der Bericht");
    if (!(await publishReport(db, report.id, todayInGermany()))) return showReport(request, reply, report, { notice: undefined }, 409);
    return redirectAfterPost(reply, `/austausch/berichte/${report.id}?stand=veroeffentlicht`);
  });

  router.post("/austausch/berichte/:id/zurueckgeben", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    if (!policies.reviewReports(requireUser(request))) throw forbidden();
    const report = await findReport(db, Number((request.params as { id: unknown }).id));
    if (!report) throw notFound("Der Bericht");
    const note = text((request.body as Record<string, unknown> | undefined)?.reviewNote);
    const result = await returnReport(db, report.id, note, translateValidation(request.validationError?.validation));
    if (!result.ok) return showReport(request, reply, report, { reviewErrors: result.errors, reviewNote: note }, 422);
    return redirectAfterPost(reply, "/austausch/pruefung?stand=zurueck");
  });

  router.post("/austausch/berichte/:id/anhaenge", { schema: { params: idParams } }, async (request, reply) => {
    const report = await editable(request, request.params.id);
    const file = (request.body as Record<string, unknown> | undefined)?.datei as UploadedFile | undefined;
    const refuse = (uploadError: string) => showReport(request, reply, report, { uploadError }, 422);
    if (!file || file.type !== "file" || !file.filename) return refuse("Bitte wählen Sie eine Datei aus.");
    const added = await addAttachment(db, report.id, file.filename, await file.toBuffer());
    if (!added.ok) return refuse(added.error);
    return redirectAfterPost(reply, `/austausch/berichte/${report.id}?stand=anhang#anhaenge`);
  });

  router.get("/austausch/berichte/:id/anhaenge/:fileId", { schema: { params: fileParams } }, async (request, reply) => {
    const report = await readable(request, request.params.id);
    const file = await findAttachment(db, report.id, request.params.fileId);
    if (!file) throw notFound("Der Anhang");
    const disposition = file.contentType === "application/pdf" ? "attachment" : "inline";
    return reply
      .header("content-type", file.contentType)
      .header("content-disposition", `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header("x-content-type-options", "nosniff")
      .header("cache-control", "private, no-store")
      .send(file.data);
  });

  router.post("/austausch/berichte/:id/anhaenge/:fileId/loeschen", { schema: { params: fileParams } }, async (request, reply) => {
    const report = await editable(request, request.params.id);
    if (!(await deleteAttachment(db, report.id, request.params.fileId))) throw notFound("Der Anhang");
    return redirectAfterPost(reply, `/austausch/berichte/${report.id}?stand=entfernt#anhaenge`);
  });
}
