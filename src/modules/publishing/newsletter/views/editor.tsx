import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { TableHead } from "../../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import type { IssueRow, ReportCard } from "../queries.ts";
import type { ArticleCard } from "../../magazine/queries/articles.ts";
import { eventLine } from "./event-line.ts";
import { fieldLabels } from "../texts.ts";
import { formatDate, formatDateTime } from "../../../../platform/dates.ts";
import { type EventSummary } from "../../../program/index.ts";
import { CheckboxGroup, CsrfField, ErrorSummary, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";

/** Startseite › Newsletter-Redaktion, the start of every editorial page's breadcrumbs. */
export const editorCrumbs = [
  { label: "Startseite", href: "/" },
  { label: "Newsletter-Redaktion", href: "/newsletter/redaktion" },
];
export const statusLabels: Record<string, string> = { draft: "Entwurf", sending: "wird verschickt", sent: "verschickt" };

/** The editors' list of issues with their state. */
export function IssueListPage({ ctx, issues, subscribers }: { ctx: PageContext; issues: IssueRow[]; subscribers: number }) {
  return (
    <Layout ctx={ctx} title="Newsletter-Redaktion" crumbs={[editorCrumbs[0], { label: "Newsletter-Redaktion" }]}>
      <h1 class="kern-heading-large">Newsletter-Redaktion</h1>
      <p class="kern-body">
        {subscribers.toLocaleString("de-DE")} bestätigte Abonnent:innen.{" "}
        <a class="kern-link" href="/newsletter/redaktion/abonnenten">
          Abonnent:innen ansehen, suchen, exportieren und importieren
        </a>
      </p>
      <p>
        <a class="kern-btn kern-btn--primary" href="/newsletter/redaktion/neu">
          <span class="kern-label">Neue Ausgabe</span>
        </a>
      </p>
      {issues.length === 0 ? (
        <p class="kern-body">Es gibt noch keine Ausgabe.</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="kern-title">Ausgaben, die neueste zuerst</caption>
            <TableHead columns={["Ausgabe", "Stand", { label: "Verschickt", numeric: true }]} />
            <tbody class="kern-table__body">
              {issues.map((i) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">
                    <a class="kern-link" href={`/newsletter/redaktion/${i.id}`}>
                      Nr. {i.number}: {i.title}
                    </a>
                  </td>
                  <td class="kern-table__cell">
                    {statusLabels[i.status] ?? i.status}
                    {i.startedAt ? ` seit ${formatDate(i.startedAt)}` : ""}
                    {i.status === "draft" && i.scheduledAt ? `, geplant für ${formatDateTime(i.scheduledAt)}` : ""}
                  </td>
                  <td class="kern-table__cell kern-table__cell--numeric">{i.total ? `${i.sent} von ${i.total}` : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

export interface IssueFormProps {
  ctx: PageContext;
  id: number | null;
  values: Record<string, string | string[]>;
  errors: FieldErrors;
  articles: ArticleCard[];
  reports: ReportCard[];
  events: EventSummary[];
}

/** The articles, practice reports and events an issue may point to, as checkbox groups. */
function IssueChoiceFields(issueFormProps: IssueFormProps & { checked: (key: string) => string[] }) {
  return (
    <>
      {issueFormProps.articles.length > 0 ? (
        <CheckboxGroup
          name="artikel"
          legend={fieldLabels.artikel}
          hint="Veröffentlichte Beiträge, die neuesten zuerst; höchstens zehn"
          options={issueFormProps.articles.map((a) => ({ value: String(a.id), label: `${a.title} (${formatDate(a.publishAt)})` }))}
          checked={issueFormProps.checked("artikel")}
          errors={issueFormProps.errors}
        />
      ) : (
        <p class="kern-body">Im Magazin ist noch kein Beitrag veröffentlicht.</p>
      )}
      {issueFormProps.reports.length > 0 ? (
        <CheckboxGroup
          name="berichte"
          legend={fieldLabels.berichte}
          hint="Veröffentlichte Praxisbeispiele, die alle lesen dürfen, die neuesten zuerst; höchstens zehn"
          options={issueFormProps.reports.map((r) => ({ value: String(r.id), label: `${r.title} (${r.municipality})` }))}
          checked={issueFormProps.checked("berichte")}
          errors={issueFormProps.errors}
        />
      ) : (
        <p class="kern-body">Im Austausch ist noch kein öffentliches Praxisbeispiel veröffentlicht.</p>
      )}
      {issueFormProps.events.length > 0 ? (
        <CheckboxGroup
          name="termine"
          legend={fieldLabels.termine}
          hint="Kommende öffentliche Termine; höchstens zehn"
          options={issueFormProps.events.map((e) => ({ value: String(e.id), label: `${e.title} – ${eventLine(e)}` }))}
          checked={issueFormProps.checked("termine")}
          errors={issueFormProps.errors}
        />
      ) : (
        <p class="kern-body">Es gibt keine kommenden öffentlichen Termine.</p>
      )}
    </>
  );
}

/** Writing or changing a draft issue: number, title, editorial, chosen articles and events. */
export function IssueFormPage(issueFormProps: IssueFormProps) {
  const title = issueFormProps.id ? "Ausgabe bearbeiten" : "Neue Ausgabe";
  const str = (k: string) => (typeof issueFormProps.values[k] === "string" ? (issueFormProps.values[k] as string) : "");
  const list = (k: string) => (Array.isArray(issueFormProps.values[k]) ? (issueFormProps.values[k] as string[]) : str(k) ? [str(k)] : []);
  const crumbs = [...editorCrumbs, ...(issueFormProps.id ? [{ label: "Ausgabe", href: `/newsletter/redaktion/${issueFormProps.id}` }] : []), { label: title }];
  return (
    <Layout ctx={issueFormProps.ctx} title={title} crumbs={crumbs}>
      <h1 class="kern-heading-large">{title}</h1>
      <ErrorSummary errors={issueFormProps.errors} labels={fieldLabels} />
      <form
        method="post"
        action={issueFormProps.id ? `/newsletter/redaktion/${issueFormProps.id}/bearbeiten` : "/newsletter/redaktion/neu"}
        class="kern-stack"
        novalidate
      >
        <CsrfField token={issueFormProps.ctx.csrfToken} />
        <TextField
          name="number"
          label={fieldLabels.number}
          hint="Laufende Nummer im Jahr und Jahr, zum Beispiel 2-2026"
          value={str("number")}
          errors={issueFormProps.errors}
          maxLength={7}
        />
        <TextField name="title" label={fieldLabels.title} value={str("title")} errors={issueFormProps.errors} maxLength={150} />
        <TextArea
          name="editorial"
          label={fieldLabels.editorial}
          hint="Einfacher Text oder Markdown: Leerzeile für einen neuen Absatz, ## für eine Zwischenüberschrift, ### für eine Unterüberschrift, [Linktext](https://…) für einen Link."
          rows={12}
          value={str("editorial")}
          errors={issueFormProps.errors}
          optional
        />
        <IssueChoiceFields {...issueFormProps} checked={list} />
        <div>
          <SubmitButton label="Ausgabe speichern" />
        </div>
      </form>
    </Layout>
  );
}
