import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import type { Issue, Progress } from "../queries.ts";
import { fieldLabels } from "../texts.ts";
import { formatShortDateTime } from "../../../../platform/dates.ts";
import { editorCrumbs, statusLabels } from "./editor.tsx";
import { CsrfField, SubmitButton, TextField } from "../../../../platform/views/form.tsx";
import { DraftSending } from "./send-forms.tsx";

type Bounce = { email: string; error: string; attempts: number };

/** What the sending section shows: for a draft, how many will get it; once sending has started, how far it has come. */
export type Sending = { subscribers: number } | { progress: Progress; bounces: Bounce[] };

export interface IssueAdminProps {
  ctx: PageContext;
  issue: Issue;
  sending: Sending;
  notice?: string;
  problem?: string;
  testEmail?: string;
  schedule?: { sendDate: string; sendTime: string };
  errors?: FieldErrors;
}

function Counts({ progress }: { progress: Progress }) {
  const done = progress.sent + progress.failed;
  const rows: [string, number][] = [
    ["in der Warteschlange", progress.queued],
    ["wird gerade verschickt", progress.sending],
    ["verschickt", progress.sent],
    ["abgewiesen", progress.failed],
  ];
  return (
    <>
      <div class="kern-progress">
        <label
          class="kern-label"
          for="versand-fortschritt"
        >{`${done.toLocaleString("de-DE")} von ${progress.total.toLocaleString("de-DE")} E-Mails erledigt`}</label>
        <progress id="versand-fortschritt" value={done} max={Math.max(progress.total, 1)}>
          {progress.total ? `${Math.round((100 * done) / progress.total)} %` : "0 %"}
        </progress>
      </div>
      <dl class="k360-facts">
        {rows.map(([label, n]) => (
          <>
            <dt>{label}</dt>
            <dd>{n.toLocaleString("de-DE")}</dd>
          </>
        ))}
      </dl>
    </>
  );
}

function Bounces({ bounces }: { bounces: Bounce[] }) {
  if (bounces.length === 0) return <p class="kern-body">Kein Mailserver hat eine E-Mail dieser Ausgabe abgewiesen.</p>;
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">Abgewiesene E-Mails mit der Antwort des Mailservers</caption>
        <TableHead columns={["Adresse", "Antwort des Mailservers", { label: "Versuche", numeric: true }]} />
        <tbody class="kern-table__body">
          {bounces.map((b) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell">{b.email}</td>
              <td class="kern-table__cell">{b.error}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{b.attempts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TestMail(issueAdminProps: IssueAdminProps) {
  return (
    <>
      <h2 class="kern-heading-medium">Testmail</h2>
      <form method="post" action={`/newsletter/redaktion/${issueAdminProps.issue.id}/testmail`} class="kern-stack" novalidate>
        <CsrfField token={issueAdminProps.ctx.csrfToken} />
        <TextField
          name="testEmail"
          type="email"
          label={fieldLabels.testEmail}
          hint="Die Testmail ist genau die E-Mail der Abonnent:innen; nur ihr Abmeldelink führt ins Leere."
          value={issueAdminProps.testEmail ?? issueAdminProps.ctx.user?.email ?? ""}
          errors={issueAdminProps.errors}
          autocomplete="email"
        />
        <div>
          <SubmitButton label="Testmail senden" kind="secondary" />
        </div>
      </form>
    </>
  );
}

/** Where an editor goes from an issue: editing a draft, the previews, the public web version. */
function IssueLinks({ issue }: { issue: Issue }) {
  const base = `/newsletter/redaktion/${issue.id}`;
  return (
    <ul class="kern-list">
      {issue.status === "draft" && (
        <li>
          <a class="kern-link" href={`${base}/bearbeiten`}>
            Ausgabe bearbeiten
          </a>
        </li>
      )}
      <li>
        <a class="kern-link" href={`${base}/vorschau`}>
          Vorschau als Webseite
        </a>
      </li>
      <li>
        <a class="kern-link" href={`${base}/vorschau/email`}>
          Vorschau als E-Mail
        </a>
      </li>
      {issue.status !== "draft" && (
        <li>
          <a class="kern-link" href={`/newsletter/${issue.number}`}>
            Webfassung für alle
          </a>
        </li>
      )}
    </ul>
  );
}

/** One issue for the editors: previews, a test mail, the start of sending, then its progress and bounces. */
export function IssueAdminPage(issueAdminProps: IssueAdminProps) {
  const { issue } = issueAdminProps;
  const base = `/newsletter/redaktion/${issue.id}`;
  const heading = `Nr. ${issue.number}: ${issue.title}`;
  return (
    <Layout ctx={issueAdminProps.ctx} title={heading} crumbs={[...editorCrumbs, { label: `Nr. ${issue.number}` }]}>
      <h1 class="kern-heading-large">{heading}</h1>
      {issueAdminProps.notice && <Alert kind="success" title={issueAdminProps.notice} />}
      {issueAdminProps.problem && <Alert kind="danger" title={issueAdminProps.problem} urgent />}
      <p class="kern-body">
        Stand: {statusLabels[issue.status] ?? issue.status}
        {issue.startedAt && ` – Versand begonnen ${formatShortDateTime(issue.startedAt)}`}
        {issue.finishedAt && `, abgeschlossen ${formatShortDateTime(issue.finishedAt)}`}
      </p>
      <IssueLinks issue={issue} />
      {issue.status === "draft" && <TestMail {...issueAdminProps} />}
      <h2 class="kern-heading-medium">Versand</h2>
      {"subscribers" in issueAdminProps.sending ? (
        <DraftSending
          ctx={issueAdminProps.ctx}
          issue={issue}
          subscribers={issueAdminProps.sending.subscribers}
          schedule={issueAdminProps.schedule}
          errors={issueAdminProps.schedule ? issueAdminProps.errors : undefined}
        />
      ) : (
        <>
          <Counts progress={issueAdminProps.sending.progress} />
          <p class="kern-body">
            <a class="kern-link" href={base}>
              Aktualisieren
            </a>
          </p>
          <h2 class="kern-heading-medium">Abgewiesene E-Mails</h2>
          <Bounces bounces={issueAdminProps.sending.bounces} />
        </>
      )}
      {issue.status !== "draft" && <TestMail {...issueAdminProps} />}
    </Layout>
  );
}
