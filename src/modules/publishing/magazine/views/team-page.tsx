import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import { formatDateTime } from "../../../../platform/dates.ts";
import { stateOf } from "../rules/article-state.ts";
import { stateLabels, teamLinks } from "../texts.ts";
import { magazineCrumbs } from "./parts.tsx";

interface Row {
  id: number;
  slug: string;
  title: string;
  status: string;
  publishAt: Date | null;
  updatedAt: Date;
  authors: string;
}

export interface TeamPageProps {
  ctx: PageContext;
  articles: Row[];
  authors: { id: number; slug: string; name: string; role: string }[];
  /** How many comments wait for moderation. */
  waiting: number;
  notice?: string;
}

/** Every article with its state and date, newest change first. */
function ArticleTable({ articles }: { articles: Row[] }) {
  return (
    <div class="kern-table-responsive">
      <table class="kern-table">
        <caption class="kern-title">Alle Beiträge, zuletzt geänderte zuerst</caption>
        <TableHead columns={["Titel", "Stand", "Datum", "Autor:innen", "Weiteres"]} />
        <tbody class="kern-table__body">
          {articles.map((a) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell">
                <a class="kern-link" href={`/magazin/redaktion/beitraege/${a.id}`}>
                  {a.title}
                </a>
              </td>
              <td class="kern-table__cell">{stateLabels[stateOf(a.status, a.publishAt)]}</td>
              <td class="kern-table__cell">{a.publishAt ? formatDateTime(a.publishAt) : "–"}</td>
              <td class="kern-table__cell">{a.authors || "–"}</td>
              <td class="kern-table__cell">
                <a class="kern-link" href={`/magazin/${a.slug}?vorschau=1`}>
                  Ansehen<span class="kern-sr-only">: {a.title}</span>
                </a>
                {" · "}
                <a class="kern-link" href={`/magazin/redaktion/beitraege/${a.id}/versionen`}>
                  Versionen<span class="kern-sr-only"> von {a.title}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The authors with their page and their form. */
function AuthorList({ authors }: { authors: TeamPageProps["authors"] }) {
  return (
    <ul class="kern-list">
      {authors.map((a) => (
        <li>
          <a class="kern-link" href={`/magazin/autorinnen/${a.slug}`}>
            {a.name}
          </a>
          {a.role && <> ({a.role})</>} –{" "}
          <a class="kern-link" href={`/magazin/redaktion/autorinnen/${a.id}`}>
            bearbeiten<span class="kern-sr-only">: {a.name}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The editors' overview: every article with its state and date, the authors, and where to write. */
export function TeamPage(props: TeamPageProps) {
  return (
    <Layout ctx={props.ctx} title="Redaktion des Magazins" crumbs={magazineCrumbs({ label: "Redaktion" })}>
      <h1 class="kern-heading-large">Redaktion des Magazins</h1>
      {props.notice && <Alert kind="success" title={props.notice} />}
      <ul class="k360-tags">
        <li>
          <a class="kern-link" href="/magazin/redaktion/neu">
            Neuen Beitrag schreiben
          </a>
        </li>
        <li>
          <a class="kern-link" href="/magazin/redaktion/bilder">
            Bilder hochladen
          </a>
        </li>
        <li>
          <a class="kern-link" href="/magazin/redaktion/autorinnen/neu">
            Autor:in hinzufügen
          </a>
        </li>
        <li>
          <a class="kern-link" href="/magazin/kommentare?status=pending">
            {teamLinks.queue(props.waiting)}
          </a>
        </li>
      </ul>
      <ArticleTable articles={props.articles} />
      <h2 class="kern-heading-medium">Autor:innen</h2>
      <AuthorList authors={props.authors} />
    </Layout>
  );
}
