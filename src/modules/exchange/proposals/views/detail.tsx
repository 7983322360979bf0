import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import type { Proposal, ProposalComment } from "../queries.ts";
import { formatDate } from "../../../../platform/dates.ts";
import { decisionLabels, fieldLabels, limits, occasions, supportersLabel, type Decision } from "../texts.ts";
import { Outcome, ScheduledEvent, StatusBadge } from "./parts.tsx";
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea } from "../../../../platform/views/form.tsx";

interface Form {
  values: FormValues;
  errors: FieldErrors;
}
/** A form on this page that came back with errors. */
export interface FormState {
  comment?: Form;
  decision?: Form;
}

export interface ProposalPageProps {
  ctx: PageContext;
  proposal: Proposal;
  support: { supportedByReader: boolean; municipalities: string[] };
  comments: ProposalComment[];
  canDecide: boolean;
  targets: { id: number; title: string }[];
  mergedInto: Proposal | null;
  notice?: string;
  state: FormState;
}

const action = (p: Proposal, path: string) => `/austausch/themenvorschlaege/${p.id}/${path}`;

function Support({ p: proposal, support, csrf }: { p: Proposal; support: ProposalPageProps["support"]; csrf: string | null }) {
  return (
    <section aria-labelledby="unterstuetzung" class="kern-stack">
      <h2 class="kern-heading-medium" id="unterstuetzung">
        Unterstützung
      </h2>
      <p class="kern-body">
        {proposal.status === "merged"
          ? "Die Unterstützungen zählen beim Vorschlag, in den dieser zusammengeführt wurde."
          : supportersLabel(proposal.supporters)}
      </p>
      {support.municipalities.length > 0 && <p class="kern-body">Unterstützt von: {support.municipalities.join(", ")}</p>}
      {proposal.status === "open" && (
        <form method="post" action={action(proposal, "unterstuetzen")}>
          <CsrfField token={csrf} />
          {support.supportedByReader ? (
            <SubmitButton kind="secondary" label={`Unterstützung für „${proposal.title}“ zurückziehen`} />
          ) : (
            <SubmitButton label={`Vorschlag „${proposal.title}“ unterstützen`} />
          )}
        </form>
      )}
    </section>
  );
}

function Comments({ p: proposal, comments, form, csrf }: { p: Proposal; comments: ProposalComment[]; form?: Form; csrf: string | null }) {
  return (
    <section aria-labelledby="kommentare" class="kern-stack">
      <h2 class="kern-heading-medium" id="kommentare">
        Kommentare ({comments.length})
      </h2>
      {comments.length === 0 && <p class="kern-body">Noch keine Kommentare.</p>}
      {comments.length > 0 && (
        <ul class="kern-list kern-stack">
          {comments.map((c) => (
            <li>
              <p class="kern-body kern-body--bold">
                {c.authorName}, {formatDate(c.createdAt)}
              </p>
              <p class="kern-body k360-mail">{c.body}</p>
            </li>
          ))}
        </ul>
      )}
      {proposal.status === "open" ? (
        <form method="post" action={action(proposal, "kommentare")} class="kern-stack" novalidate>
          <CsrfField token={csrf} />
          <TextArea
            name="body"
            label="Ihr Kommentar"
            hint={`Höchstens ${limits.comment.toLocaleString("de-DE")} Zeichen, nur einfacher Text.`}
            value={valueText(form?.values ?? {}, "body")}
            errors={form?.errors}
          />
          <div>
            <SubmitButton kind="secondary" label="Kommentar senden" />
          </div>
        </form>
      ) : (
        <p class="kern-body">Kommentieren ist nur bei offenen Vorschlägen möglich.</p>
      )}
    </section>
  );
}

function DecisionForm({ p: proposal, targets, form, csrf }: { p: Proposal; targets: ProposalPageProps["targets"]; form?: Form; csrf: string | null }) {
  const values = form?.values ?? {};
  return (
    <section aria-labelledby="entscheidung" class="kern-stack">
      <h2 class="kern-heading-medium" id="entscheidung">
        Entscheidung des Teams
      </h2>
      <form method="post" action={action(proposal, "entscheidung")} class="kern-stack" novalidate>
        <CsrfField token={csrf} />
        <SelectField
          name="decision"
          label={fieldLabels.decision}
          value={valueText(values, "decision")}
          errors={form?.errors}
          options={[{ value: "", label: "Bitte wählen" }, ...(Object.keys(decisionLabels) as Decision[]).map((d) => ({ value: d, label: decisionLabels[d] }))]}
        />
        <SelectField
          name="mergeInto"
          label={fieldLabels.mergeInto}
          hint={
            targets.length
              ? "Nur beim Zusammenführen: ein offener Vorschlag für denselben Anlass. Die Unterstützungen wandern dorthin."
              : "Es gibt keinen anderen offenen Vorschlag für diesen Anlass."
          }
          value={valueText(values, "mergeInto")}
          errors={form?.errors}
          options={[{ value: "", label: "Bitte wählen" }, ...targets.map((t) => ({ value: String(t.id), label: t.title }))]}
          optional
        />
        <TextArea
          name="reason"
          label={fieldLabels.reason}
          hint="Pflicht beim Ablehnen und Zusammenführen. Die vorschlagende Person erhält die Begründung per E-Mail; alle sehen sie beim Vorschlag."
          value={valueText(values, "reason")}
          errors={form?.errors}
        />
        <div>
          <SubmitButton label="Entscheidung speichern" />
        </div>
      </form>
    </section>
  );
}

/** One proposal with its support and discussion; the team also decides on it here. */
export function ProposalPage(props: ProposalPageProps) {
  const proposal = props.proposal;
  const csrf = props.ctx.csrfToken;
  const errors = { ...props.state.comment?.errors, ...props.state.decision?.errors };
  const decidedTitle =
    proposal.status === "accepted" || proposal.status === "scheduled" || proposal.status === "held"
      ? "Vom Team angenommen"
      : proposal.status === "declined"
        ? "Vom Team nicht aufgenommen"
        : "Mit einem anderen Vorschlag zusammengeführt";
  return (
    <Layout
      ctx={props.ctx}
      title={proposal.title}
      crumbs={exchangeCrumbs({ label: "Themenvorschläge", href: "/austausch/themenvorschlaege" }, { label: proposal.title })}
    >
      <article class="kern-stack">
        <header class="kern-stack">
          <p class="kern-body">
            Themenvorschlag für das {occasions[proposal.occasion]} · von{" "}
            {proposal.proposerName ? `${proposal.proposerName}, ${proposal.origin}` : proposal.origin} · {formatDate(proposal.createdAt)}
          </p>
          <h1 class="kern-heading-large">{proposal.title}</h1>
          <p class="kern-body">
            Stand: <StatusBadge status={proposal.status} />
          </p>
        </header>
        {props.notice && <Alert kind="success" title={props.notice} />}
        <ErrorSummary errors={errors} labels={{ ...fieldLabels, body: "Ihr Kommentar" }} />
        {proposal.status !== "open" && (
          <Alert kind={decidedTitle === "Vom Team angenommen" ? "success" : "info"} title={decidedTitle}>
            <Outcome p={proposal} target={props.mergedInto ? { id: props.mergedInto.id, title: props.mergedInto.title } : null} />
            {proposal.decidedAt && <p class="kern-body">Entschieden am {formatDate(proposal.decidedAt)}.</p>}
            <ScheduledEvent p={proposal} canSchedule={props.canDecide} />
          </Alert>
        )}
        {proposal.description
          .split(/\n{2,}/)
          .filter(Boolean)
          .map((para) => (
            <p class="kern-body k360-mail">{para}</p>
          ))}
        <Support p={proposal} support={props.support} csrf={csrf} />
        <Comments p={proposal} comments={props.comments} form={props.state.comment} csrf={csrf} />
        {props.canDecide && proposal.status === "open" && <DecisionForm p={proposal} targets={props.targets} form={props.state.decision} csrf={csrf} />}
      </article>
    </Layout>
  );
}
