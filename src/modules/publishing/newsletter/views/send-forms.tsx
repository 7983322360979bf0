import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { berlinParts, formatDateTime } from "../../../../platform/dates.ts";
import { CsrfField, ErrorSummary, SubmitButton, TextField } from "../../../../platform/views/form.tsx";
import type { Issue } from "../queries.ts";
import { fieldLabels, sendTexts } from "../texts.ts";
import { editorCrumbs } from "./editor.tsx";

export interface DraftSendingProps {
  ctx: PageContext;
  issue: Issue;
  subscribers: number;
  /** The schedule form as sent, when it came back with errors. */
  schedule?: { sendDate: string; sendTime: string };
  errors?: FieldErrors;
}

/** The draft's sending: how many get it, the way to the confirmation, and the time of sending (or its cancellation). */
export function DraftSending(props: DraftSendingProps) {
  const { issue, ctx } = props;
  const base = `/newsletter/redaktion/${issue.id}`;
  const planned = issue.scheduledAt ? berlinParts(issue.scheduledAt) : { date: "", time: "" };
  const values = props.schedule ?? { sendDate: planned.date, sendTime: planned.time };
  return (
    <>
      <p class="kern-body">{sendTexts.recipients(props.subscribers)}</p>
      {issue.scheduledAt && (
        <form method="post" action={`${base}/planung-aufheben`} class="kern-stack">
          <CsrfField token={ctx.csrfToken} />
          <Alert kind="info" title={sendTexts.scheduledFor(formatDateTime(issue.scheduledAt))} />
          <div>
            <SubmitButton label="Planung aufheben" kind="secondary" />
          </div>
        </form>
      )}
      <p class="kern-body">
        <a class="kern-link" href={`${base}/senden`}>
          Jetzt an alle senden …
        </a>
      </p>
      <h3 class="kern-heading-small">Versand planen</h3>
      <ErrorSummary errors={props.errors ?? {}} labels={fieldLabels} />
      <form method="post" action={`${base}/planen`} class="kern-stack" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField name="sendDate" type="date" label={fieldLabels.sendDate} value={values.sendDate} errors={props.errors} />
        <TextField
          name="sendTime"
          label={fieldLabels.sendTime}
          hint="Stunden und Minuten, zum Beispiel 09:30 (deutsche Zeit)"
          value={values.sendTime}
          errors={props.errors}
          maxLength={5}
        />
        <div>
          <SubmitButton label={issue.scheduledAt ? "Neuen Zeitpunkt speichern" : "Versand planen"} kind="secondary" />
        </div>
      </form>
    </>
  );
}

/** The question before sending: how many confirmed subscribers get the issue, and the one button that sends it. */
export function ConfirmSendPage(props: { ctx: PageContext; issue: Issue; subscribers: number; problem?: string }) {
  const { issue, ctx, subscribers } = props;
  const base = `/newsletter/redaktion/${issue.id}`;
  const title = sendTexts.title(issue.number);
  return (
    <Layout ctx={ctx} title={title} crumbs={[...editorCrumbs, { label: `Nr. ${issue.number}`, href: base }, { label: "Senden" }]}>
      <h1 class="kern-heading-large">{title}</h1>
      {props.problem && <Alert kind="danger" title={props.problem} urgent />}
      <p class="kern-body">„{issue.title}“</p>
      <p class="kern-body">{sendTexts.recipients(subscribers)}</p>
      <form method="post" action={`${base}/senden`} class="kern-stack">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="bestaetigt" value="ja" />
        <div>
          <SubmitButton label={sendTexts.confirm(subscribers)} />
        </div>
      </form>
      <p class="kern-body">
        <a class="kern-link" href={base}>
          {sendTexts.cancel}
        </a>
      </p>
    </Layout>
  );
}
