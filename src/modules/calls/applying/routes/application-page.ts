import type { FastifyReply, FastifyRequest } from "fastify";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import type { CommandResult } from "../../../../platform/commands.ts";
import type { FieldErrors, FormValues } from "../../../../platform/forms.ts";
import { listProjectTitles, listTopics } from "../../../municipalities/index.ts";
import { isOpenForApplications } from "../../queries.ts";
import type { ApplyingContext } from "../queries.ts";
import { policies } from "../policies.ts";
import { draftValues } from "../rules/draft-values.ts";
import { ApplicationPage } from "../views/application-page.tsx";

export interface PageState {
  notice?: string | null;
  /** The form as sent, when it comes back with messages; otherwise the stored draft is shown. */
  values?: FormValues;
  errors?: FieldErrors;
}

/** The application page of the user's municipality, also with a form that came back with its messages (422, 409, 413). */
export async function sendApplicationPage(request: FastifyRequest, reply: FastifyReply, context: ApplyingContext, state: PageState = {}, status = 200) {
  const { db } = request.server.deps.database;
  const { application, tandem, user, municipality } = context;
  const inTandem = application !== null && policies.editApplication(user, tandem);
  const [topics, projects] = inTandem ? await Promise.all([listTopics(db), listProjectTitles(db, municipality.id)]) : [[], []];
  const values = state.values ?? (inTandem && application ? draftValues(application) : {});
  const view = {
    context,
    open: isOpenForApplications(context.call),
    inTandem,
    notice: state.notice ?? null,
    values,
    errors: state.errors ?? {},
    topics,
    projects,
  };
  return sendPage(reply, ApplicationPage({ ctx: pageContext(request, reply, { forms: true }), view }), status);
}

/** After a command: on to the page with its notice (`stand`), or the page again with the messages – 409 when the whole form was refused, else 422. */
export function answerCommand(
  request: FastifyRequest,
  reply: FastifyReply,
  context: ApplyingContext,
  result: CommandResult<unknown>,
  stand: string,
  values?: FormValues,
) {
  if (result.ok) return redirectAfterPost(reply, `/ausschreibungen/${context.call.slug}/bewerbung?stand=${stand}`);
  return sendApplicationPage(request, reply, context, { values, errors: result.errors }, result.errors.form ? 409 : 422);
}
