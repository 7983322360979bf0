import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { CsrfField, SubmitButton } from "../../../../platform/views/form.tsx";
import { formatDate } from "../../../../platform/dates.ts";
import type { FieldErrors, FormValues } from "../../../../platform/forms.ts";
import { callStatuses, type CallStatus } from "../../reference.ts";
import type { Call } from "../../queries.ts";
import { deletionDue } from "../rules/retention.ts";
import { pageTexts, retentionTexts } from "../texts.ts";
import { CallForm } from "./call-form.tsx";
import { teamCrumbs } from "./team-list.tsx";

interface CallPageView {
  values: FormValues;
  errors: FieldErrors;
  locked: boolean;
  /** Whether the call may go back to draft: published and without applications. */
  canWithdraw: boolean;
  notice?: string;
}

function StatusAction({ call, csrfToken, canWithdraw }: { call: Call; csrfToken: string | null; canWithdraw: boolean }) {
  const action = call.status === "draft" ? "veroeffentlichen" : canWithdraw ? "zurueckziehen" : null;
  if (!action) return null;
  return (
    <form method="post" action={`/team/ausschreibungen/${call.id}/${action}`}>
      <CsrfField token={csrfToken} />
      <SubmitButton label={action === "veroeffentlichen" ? pageTexts.publish : pageTexts.withdraw} kind="secondary" />
    </form>
  );
}

function retentionSentence(call: Call): string {
  return call.purgedAt ? retentionTexts.done(formatDate(call.purgedAt)) : retentionTexts.due(formatDate(deletionDue(call)));
}

/** The team's page of one call: its state, publishing, retention and the form. */
export function CallPage({ ctx, call, view }: { ctx: PageContext; call: Call; view: CallPageView }) {
  return (
    <Layout ctx={ctx} title={call.title} crumbs={[...teamCrumbs, { label: call.title }]}>
      {view.notice && <Alert kind="success" title={view.notice} />}
      {view.errors.form && <Alert kind="danger" title={view.errors.form} urgent />}
      <h1 class="kern-heading-large">{call.title}</h1>
      <div class="kern-stack">
        <p class="kern-body">
          Stand: {callStatuses[call.status as CallStatus] ?? call.status}.{" "}
          <a class="kern-link" href={`/ausschreibungen/${call.slug}`}>
            {pageTexts.publicPage}
          </a>
        </p>
        {call.status !== "draft" && (
          <ul class="kern-list">
            <li>
              <a class="kern-link" href={`/team/ausschreibungen/${call.id}/bewerbungen`}>
                {pageTexts.reviewLink}
              </a>
            </li>
            <li>
              <a class="kern-link" href={`/team/ausschreibungen/${call.id}/auswahl`}>
                {pageTexts.selectionLink}
              </a>
            </li>
          </ul>
        )}
        <p class="kern-body">{retentionSentence(call)}</p>
        <StatusAction call={call} csrfToken={ctx.csrfToken} canWithdraw={view.canWithdraw} />
      </div>
      <CallForm
        action={`/team/ausschreibungen/${call.id}`}
        csrfToken={ctx.csrfToken}
        values={view.values}
        errors={view.errors}
        locked={view.locked}
        isNew={false}
      />
    </Layout>
  );
}

/** The form for a new call, which starts as a draft. */
export function NewCallPage({ ctx, values, errors }: { ctx: PageContext; values: FormValues; errors: FieldErrors }) {
  return (
    <Layout ctx={ctx} title={pageTexts.newTitle} crumbs={[...teamCrumbs, { label: pageTexts.newTitle }]}>
      <h1 class="kern-heading-large">{pageTexts.newTitle}</h1>
      <p class="kern-body">{pageTexts.newIntro}</p>
      <CallForm action="/team/ausschreibungen/neu" csrfToken={ctx.csrfToken} values={values} errors={errors} locked={false} isNew />
    </Layout>
  );
}
