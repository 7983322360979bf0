import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import { formatDateTime } from "../../../../platform/dates.ts";
import { magazineCrumbs } from "./parts.tsx";
import { CsrfField, SubmitButton } from "../../../../platform/views/form.tsx";

interface Revision {
  id: number;
  title: string;
  savedAt: Date;
  savedBy: string | null;
}

const crumbs = (article: { id: number; title: string }, label: string, more = false) =>
  magazineCrumbs(
    { label: "Redaktion", href: "/magazin/redaktion" },
    { label: article.title, href: `/magazin/redaktion/beitraege/${article.id}` },
    ...(more ? [{ label: "Versionen", href: `/magazin/redaktion/beitraege/${article.id}/versionen` }] : []),
    { label },
  );

/** Every saved state of an article, newest first. */
export function RevisionsPage({
  ctx,
  article,
  revisions,
  notice,
}: {
  ctx: PageContext;
  article: { id: number; title: string };
  revisions: Revision[];
  notice?: string;
}) {
  return (
    <Layout ctx={ctx} title={`Versionen: ${article.title}`} crumbs={crumbs(article, "Versionen")}>
      <h1 class="kern-heading-large">Versionen von „{article.title}“</h1>
      {notice && <Alert kind="success" title={notice} />}
      <p class="kern-body">
        Jedes Speichern legt eine Version an. Sie können jede Version ansehen und wiederherstellen; auch das Wiederherstellen wird als neue Version gespeichert.
      </p>
      <div class="kern-table-responsive">
        <table class="kern-table">
          <caption class="kern-title">Versionen, neueste zuerst</caption>
          <TableHead columns={["Gespeichert am", "von", "Titel"]} />
          <tbody class="kern-table__body">
            {revisions.map((r) => (
              <tr class="kern-table__row">
                <td class="kern-table__cell">
                  <a class="kern-link" href={`/magazin/redaktion/beitraege/${article.id}/versionen/${r.id}`}>
                    {formatDateTime(r.savedAt)}
                  </a>
                </td>
                <td class="kern-table__cell">{r.savedBy ?? "gelöschtes Konto"}</td>
                <td class="kern-table__cell">{r.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

/** One earlier version, shown as its Markdown source, with the button to restore it. */
export function RevisionPage({
  ctx,
  article,
  revision,
}: {
  ctx: PageContext;
  article: { id: number; title: string };
  revision: Revision & { teaser: string; body: string };
}) {
  const when = formatDateTime(revision.savedAt);
  return (
    <Layout ctx={ctx} title={`Version vom ${when}`} crumbs={crumbs(article, when, true)}>
      <h1 class="kern-heading-large">Version vom {when}</h1>
      <p class="kern-body">Gespeichert von {revision.savedBy ?? "einem gelöschten Konto"}.</p>
      <dl class="k360-facts">
        <dt>Titel</dt>
        <dd>{revision.title}</dd>
        <dt>Kurzbeschreibung</dt>
        <dd>{revision.teaser || "–"}</dd>
      </dl>
      <h2 class="kern-heading-medium">Text (Markdown)</h2>
      <pre class="k360-mail">{revision.body}</pre>
      <form method="post" action={`/magazin/redaktion/beitraege/${article.id}/versionen/${revision.id}/wiederherstellen`}>
        <CsrfField token={ctx.csrfToken} />
        <SubmitButton label="Diese Version wiederherstellen" />
      </form>
    </Layout>
  );
}
