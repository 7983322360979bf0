import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import { Alert } from "../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../platform/forms.ts";
import { CsrfField, ErrorSummary, SubmitButton, TextArea, TextField } from "../../../platform/views/form.tsx";
import type { EventSummary } from "../queries/events.ts";
import { messageTexts } from "../texts.ts";

export interface MessageView {
  event: EventSummary;
  recipients: number;
  values: { subject: string; text: string };
  errors: FieldErrors;
  /** The second step: the message is checked and waits for the team to confirm the number of recipients. */
  confirming: boolean;
}

/** The team writes to everyone registered: first the message, then a confirmation that names how many get it. */
export function MessagePage({ ctx, view }: { ctx: PageContext; view: MessageView }) {
  const { event } = view;
  const action = `/programm/termine/${event.id}/nachricht`;
  const crumbs = [
    { label: "Startseite", href: "/" },
    { label: "Programmsteuerung", href: "/programm" },
    { label: event.title, href: `/programm/termine/${event.id}` },
    { label: messageTexts.title },
  ];
  const fieldErrors = Object.fromEntries(Object.entries(view.errors).filter(([k]) => k !== "form"));
  return (
    <Layout ctx={ctx} title={`${messageTexts.title}: ${event.title}`} crumbs={crumbs}>
      <h1 class="kern-heading-large">{messageTexts.title}</h1>
      <p class="kern-preline">{event.title}</p>
      {view.errors.form && <Alert kind="danger" title={view.errors.form} urgent />}
      <ErrorSummary errors={fieldErrors} labels={{ subject: "Betreff", text: "Nachricht" }} />
      {view.confirming && view.recipients > 0 ? (
        <Alert kind="info" title={messageTexts.recipients(view.recipients)}>
          <p class="kern-body">{messageTexts.checkHint}</p>
        </Alert>
      ) : (
        <p class="kern-body">{view.recipients === 0 ? messageTexts.noRecipients : messageTexts.recipients(view.recipients)}</p>
      )}
      {view.recipients > 0 && (
        <form method="post" action={action} class="kern-stack" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField name="subject" label="Betreff" value={view.values.subject} errors={view.errors} maxLength={200} />
          <TextArea name="text" label="Nachricht" value={view.values.text} errors={view.errors} rows={10} maxLength={10000} />
          {view.confirming && <input type="hidden" name="recipients" value={String(view.recipients)} />}
          <div>
            <SubmitButton label={view.confirming ? messageTexts.confirm(view.recipients) : messageTexts.check} />
          </div>
        </form>
      )}
    </Layout>
  );
}
