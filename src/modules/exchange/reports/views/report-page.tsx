import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { formatSize } from "../../../../platform/files.ts";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import { reportStatuses, visibilities } from "../../reference.ts";
import type { Report } from "../queries.ts";
import { AttachmentForm } from "./attachment-form.tsx";
import { Badge, TopicTags } from "../../views/parts.tsx";
import { formatDay } from "../../../../platform/dates.ts";
import { kinds, states, type Kind } from "../../../municipalities/index.ts";
import { CsrfField, SubmitButton, TextArea } from "../../../../platform/views/form.tsx";

function Section({ id, title, text, kind }: { id: string; title: string; text: string; kind?: "failure" }) {
  if (!text.trim()) return null;
  return (
    <section aria-labelledby={id} class={kind === "failure" ? "k360-failure" : undefined}>
      <h2 class="kern-heading-medium" id={id}>
        {title}
      </h2>
      {text.split(/\n{2,}/).map((p) => (
        <p class="kern-body k360-mail">{p}</p>
      ))}
    </section>
  );
}

export interface ReportPageProps {
  ctx: PageContext;
  report: Report;
  canEdit: boolean;
  canReview: boolean;
  showContactEmail: boolean;
  notice?: string;
  reviewErrors?: FieldErrors;
  reviewNote?: string;
  uploadError?: string;
}

function Contact(props: ReportPageProps) {
  const report = props.report;
  return (
    <section aria-labelledby="kontakt">
      <h2 class="kern-heading-medium" id="kontakt">
        Ansprechperson
      </h2>
      <p class="kern-body">
        {report.contactName}
        {props.showContactEmail && report.contactEmail && (
          <>
            {report.contactName && ", "}
            <a class="kern-link" href={`mailto:${report.contactEmail}`}>
              {report.contactEmail}
            </a>
          </>
        )}
      </p>
      {!props.showContactEmail && report.contactEmail && <p class="kern-body">Die E-Mail-Adresse sehen angemeldete Mitglieder.</p>}
    </section>
  );
}

function Attachments(props: ReportPageProps) {
  const report = props.report;
  return (
    <section aria-labelledby="anhaenge">
      <h2 class="kern-heading-medium" id="anhaenge">
        Anhänge
      </h2>
      {report.attachments.length === 0 && <p class="kern-body">Noch keine Anhänge.</p>}
      <ul class="kern-list">
        {report.attachments.map((a) => (
          <li>
            <a class="kern-link" href={`/austausch/berichte/${report.id}/anhaenge/${a.id}`}>
              {a.fileName}
            </a>{" "}
            ({a.contentType === "application/pdf" ? "PDF" : "Bild"}, {formatSize(a.size)})
            {props.canEdit && (
              <form method="post" action={`/austausch/berichte/${report.id}/anhaenge/${a.id}/loeschen`} class="k360-inline-form">
                <CsrfField token={props.ctx.csrfToken} />
                <button type="submit" class="kern-btn kern-btn--tertiary">
                  <span class="kern-label">Anhang „{a.fileName}“ entfernen</span>
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {props.canEdit && <AttachmentForm ctx={props.ctx} reportId={report.id} error={props.uploadError} />}
    </section>
  );
}

function Review(props: ReportPageProps) {
  const report = props.report;
  return (
    <section aria-labelledby="pruefung" class="kern-stack">
      <h2 class="kern-heading-medium" id="pruefung">
        Prüfung durch das Team
      </h2>
      <form method="post" action={`/austausch/berichte/${report.id}/veroeffentlichen`}>
        <CsrfField token={props.ctx.csrfToken} />
        <SubmitButton label="Veröffentlichen" />
      </form>
      <form method="post" action={`/austausch/berichte/${report.id}/zurueckgeben`} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextArea
          name="reviewNote"
          label="Hinweis an die Kommune"
          hint="Was soll die Kommune vor der Veröffentlichung ändern?"
          value={props.reviewNote}
          errors={props.reviewErrors}
        />
        <div>
          <SubmitButton label="Zur Überarbeitung zurückgeben" kind="secondary" />
        </div>
      </form>
    </section>
  );
}

function ReportHeader({ report }: { report: Report }) {
  const kind = kinds[report.municipality.kind as Kind] ?? report.municipality.kind;
  return (
    <header class="kern-stack">
      <p class="kern-body">
        Praxisbeispiel aus{" "}
        <a class="kern-link" href={`/kommunen/${report.municipality.slug}`}>
          {report.municipality.name}
        </a>{" "}
        ({kind}, {states[report.municipality.stateCode]}){report.publishedOn && <> · veröffentlicht am {formatDay(report.publishedOn)}</>}
      </p>
      <h1 class="kern-heading-large">{report.title}</h1>
      {(report.isExample || report.notWorked.trim()) && (
        <p class="kern-body">
          {report.isExample && <Badge kind="warning">Beispiel</Badge>}{" "}
          {report.notWorked.trim() && <Badge kind="danger">Berichtet auch, was nicht funktioniert hat</Badge>}
        </p>
      )}
      <TopicTags topics={report.topics} />
    </header>
  );
}

/** A practice report as its readers see it; its municipality and the team also see its state and their actions. */
export function ReportPage(props: ReportPageProps) {
  const report = props.report;
  return (
    <Layout ctx={props.ctx} title={report.title} crumbs={exchangeCrumbs({ label: "Praxisbeispiele", href: "/austausch/suche" }, { label: report.title })}>
      <article class="kern-stack">
        <ReportHeader report={report} />
        {props.notice && <Alert kind="success" title={props.notice} />}
        {(props.canEdit || props.canReview) && (
          <Alert kind={report.status === "published" ? "info" : "warning"} title={`Stand: ${reportStatuses[report.status]}`}>
            <p class="kern-body">
              Lesbar für: {visibilities[report.visibility].label} – {visibilities[report.visibility].hint}
            </p>
            {report.reviewNote && <p class="kern-body">Hinweis des Teams: {report.reviewNote}</p>}
            {props.canEdit && (
              <p class="kern-body">
                <a class="kern-link" href={`/austausch/berichte/${report.id}/bearbeiten`}>
                  Bericht „{report.title}“ bearbeiten
                </a>
              </p>
            )}
          </Alert>
        )}
        {report.isExample && (
          <p class="kern-body">
            <em>Dieser Bericht ist ein erfundenes Beispiel, das zeigt, wie Kommunen hier voneinander lernen.</em>
          </p>
        )}
        <Section id="problem" title="Das Problem" text={report.problem} />
        <Section id="kontext" title="Der Rahmen vor Ort" text={report.context} />
        <Section id="vorgehen" title="Wie wir vorgegangen sind" text={report.approach} />
        <Section id="funktioniert" title="Was funktioniert hat" text={report.worked} />
        <Section id="nicht-funktioniert" title="Was nicht funktioniert hat" text={report.notWorked} kind="failure" />
        <Section id="uebertragbar" title="Was übertragbar ist – und unter welchen Bedingungen" text={report.transfer} />
        {report.changeProject && (
          <p class="kern-body">
            Gehört zum Veränderungsvorhaben{" "}
            <a class="kern-link" href={`/kommunen/${report.municipality.slug}#vorhaben-${report.changeProject.id}`}>
              {report.changeProject.title}
            </a>
            .
          </p>
        )}
        {(report.contactName || (props.showContactEmail && report.contactEmail)) && <Contact {...props} />}
        {(report.attachments.length > 0 || props.canEdit) && <Attachments {...props} />}
        {props.canReview && report.status === "review" && <Review {...props} />}
      </article>
    </Layout>
  );
}
