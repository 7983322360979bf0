import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import type { CurrentUser } from "../../../../platform/auth/current-user.ts";
import { notFound } from "../../../../platform/errors.ts";
import { formValues, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { listTopics } from "../../../municipalities/index.ts";
import { tandemOfApplication, type Call } from "../../queries.ts";
import { saveReview } from "../commands/save-review.ts";
import { backgroundOf, findSubmittedApplication, reviewsOfCall, type ReviewWithName } from "../queries.ts";
import { meanScore, scoreField } from "../rules/score.ts";
import { applicationParams, noticeQuery, reviewBody } from "../schemas.ts";
import { policies } from "../policies.ts";
import { notFoundTexts, reviewTexts } from "../texts.ts";
import { ApplicationPage } from "../views/application-page.tsx";
import { requireCall, requireReviewer } from "./guards.ts";

const applicationAddress = (callId: number, applicationId: number) => `/team/ausschreibungen/${callId}/bewerbungen/${applicationId}`;

/** The values the reviewer's form starts with: the scores and comment they gave before. */
const valuesOf = (review: ReviewWithName | undefined): FormValues =>
  review ? { comment: review.comment, ...Object.fromEntries(Object.entries(review.scores).map(([key, score]) => [scoreField(key), String(score)])) } : {};

interface Shown {
  user: CurrentUser;
  call: Call;
  applicationId: number;
  saved?: boolean;
  /** The reviewer's form as posted, when it came back with messages. */
  form?: { values: FormValues; errors: FieldErrors };
}

/** One submitted application with the municipality beside it, the reviewer's form and, once given, the others' reviews. */
async function applicationPage(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, shown: Shown) {
  const { database } = app.deps;
  const { db } = database;
  const { user, call, form } = shown;
  const application = await findSubmittedApplication(db, call.id, shown.applicationId);
  if (!application) throw notFound(notFoundTexts.application);
  const [tandem, topics, background, reviews] = await Promise.all([
    tandemOfApplication(db, application.id),
    listTopics(db),
    backgroundOf(database, application.municipalityId),
    reviewsOfCall(db, call.id, application.id),
  ]);
  const own = reviews.find((r) => r.reviewerId === user.id);
  const seesOthers = policies.seeOtherReviews(user, own !== undefined);
  const parts = background ? await Promise.all(app.deps.profileParts.map((part) => part.render(db, background.place, user))) : [];
  const address = applicationAddress(call.id, application.id);
  return ApplicationPage({
    ctx: pageContext(request, reply, { forms: true }),
    call,
    municipality: background?.place.name ?? "–",
    notice: shown.saved ? reviewTexts.saved : null,
    details: {
      application,
      tandem,
      questions: call.questions,
      topicLabels: new Map(topics.map((t) => [t.slug, t.label])),
      letterHref: `${address}/unterstuetzungsschreiben`,
    },
    background,
    profileParts: parts.filter((part) => part !== null),
    form: {
      action: `${address}/bewertung`,
      criteria: call.criteria,
      scaleMax: call.scaleMax,
      values: form?.values ?? valuesOf(own),
      errors: form?.errors ?? {},
      closed: !policies.changeReview(user, call.status),
    },
    reviews: {
      criteria: call.criteria,
      scaleMax: call.scaleMax,
      others: seesOthers ? reviews.filter((r) => r !== own) : null,
      mean: seesOthers
        ? meanScore(
            call.criteria,
            call.scaleMax,
            reviews.map((r) => r.scores),
          ).mean
        : null,
    },
  });
}

/** An application for the team, and the reviewer's scores on it. */
export async function applicationRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get(
    "/team/ausschreibungen/:id/bewerbungen/:applicationId",
    { schema: { params: applicationParams, querystring: noticeQuery } },
    async (request, reply) => {
      const user = requireReviewer(request);
      const call = await requireCall(db, request.params.id);
      const saved = request.query.stand === "gespeichert";
      return sendPage(reply, await applicationPage(app, request, reply, { user, call, applicationId: request.params.applicationId, saved }));
    },
  );

  router.post(
    "/team/ausschreibungen/:id/bewerbungen/:applicationId/bewertung",
    { attachValidation: true, schema: { params: applicationParams, body: reviewBody } },
    async (request, reply) => {
      const errors = formErrors(request);
      const user = requireReviewer(request);
      const call = await requireCall(db, request.params.id);
      const { applicationId } = request.params;
      if (!(await findSubmittedApplication(db, call.id, applicationId))) throw notFound(notFoundTexts.application);
      const result = await unlessInvalid(errors, () => saveReview(db, call, applicationId, user, request.body));
      if (result.ok) return redirectAfterPost(reply, `${applicationAddress(call.id, applicationId)}?stand=gespeichert#eigene-bewertung`);
      const page = await applicationPage(app, request, reply, { user, call, applicationId, form: { values: formValues(request.body), errors: result.errors } });
      return sendPage(reply, page, result.errors.form ? 409 : 422);
    },
  );
}
