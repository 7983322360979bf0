import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, Pagination } from "../../../../platform/views/components.tsx";
import { formatDateTime } from "../../../../platform/dates.ts";
import { queuePageSize, type QueueEntry } from "../queries.ts";
import { commentStatuses, statusKinds, type CommentStatus } from "../texts.ts";
import { moderationCrumbs } from "./crumbs.ts";
import { PlainText } from "./thread.tsx";
import { CsrfField, SelectField, SubmitButton } from "../../../../platform/views/form.tsx";

export interface QueuePageProps {
  ctx: PageContext;
  entries: QueueEntry[];
  total: number;
  page: number;
  status: CommentStatus | null;
  counts: Record<string, number>;
  blocked: { email: string; reason: string; createdAt: Date }[];
  notice?: string;
}

function Action({
  ctx,
  entry,
  action,
  label,
  filter,
  kind = "secondary",
}: {
  ctx: PageContext;
  entry: QueueEntry;
  action: string;
  label: string;
  filter: string;
  kind?: "primary" | "secondary" | "tertiary";
}) {
  return (
    <form class="k360-inline-form" method="post" action={`/magazin/kommentare/${entry.id}/${action}`}>
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="filter" value={filter} />
      <button type="submit" class={`kern-btn kern-btn--${kind}`}>
        <span class="kern-label">
          {label}
          <span class="kern-sr-only"> – Kommentar von {entry.name}</span>
        </span>
      </button>
    </form>
  );
}

function Entry({ ctx, entry, filter }: { ctx: PageContext; entry: QueueEntry; filter: string }) {
  const status = entry.status as CommentStatus;
  const erased = entry.email === "";
  const act = (action: string, label: string, kind?: "primary" | "secondary" | "tertiary") => (
    <Action ctx={ctx} entry={entry} action={action} label={label} filter={filter} kind={kind} />
  );
  return (
    <article class="kern-stack-sm k360-comment" aria-labelledby={`eintrag-${entry.id}`}>
      <h2 class="kern-heading-small" id={`eintrag-${entry.id}`}>
        {entry.name} zu „{entry.articleTitle}“
      </h2>
      <p class="kern-body">
        <span class={`kern-badge kern-badge--${statusKinds[status]}`}>
          <span class="kern-label">{commentStatuses[status]}</span>
        </span>{" "}
        {entry.blocked && <strong>Adresse gesperrt</strong>}
      </p>
      <dl class="k360-facts">
        <dt>E-Mail-Adresse</dt>
        <dd>{erased ? "gelöscht" : entry.email}</dd>
        <dt>Geschrieben am</dt>
        <dd>{formatDateTime(entry.createdAt)}</dd>
        {entry.parentName !== null && (
          <>
            <dt>Antwort auf</dt>
            <dd>Kommentar von {entry.parentName}</dd>
          </>
        )}
        <dt>Beitrag</dt>
        <dd>
          <a class="kern-link" href={`/magazin/${entry.articleSlug}#kommentare`}>
            {entry.articleTitle}
          </a>
        </dd>
      </dl>
      <PlainText text={entry.body} />
      {entry.editedByModeration && <p class="kern-body kern-body--small">Von der Moderation bearbeitet.</p>}
      {!erased && (
        <div class="kern-flex kern-flex-wrap kern-gap-sm">
          {status !== "approved" && act("freigeben", "Freigeben", "primary")}
          {status === "pending" && act("ablehnen", "Ablehnen")}
          {(status === "pending" || status === "rejected") && act("spam", "Als Spam markieren")}
          {status === "approved" && act("entfernen", "Entfernen (mit Hinweis)")}
          <a class="kern-btn kern-btn--tertiary" href={`/magazin/kommentare/${entry.id}/bearbeiten`}>
            <span class="kern-label">
              Bearbeiten<span class="kern-sr-only"> – Kommentar von {entry.name}</span>
            </span>
          </a>
          {!entry.blocked && act("sperren", "Adresse sperren", "tertiary")}
        </div>
      )}
    </article>
  );
}

function BlockedAddresses({ ctx, blocked }: { ctx: PageContext; blocked: QueuePageProps["blocked"] }) {
  return (
    <section class="kern-stack" aria-labelledby="gesperrt">
      <h2 class="kern-heading-medium" id="gesperrt">
        Gesperrte Adressen
      </h2>
      {blocked.length === 0 ? (
        <p class="kern-body">Keine Adresse ist gesperrt.</p>
      ) : (
        <ul class="kern-list">
          {blocked.map((b) => (
            <li>
              {b.email} – seit {formatDateTime(b.createdAt)}
              {b.reason && `, ${b.reason}`}{" "}
              <form class="k360-inline-form" method="post" action="/magazin/kommentare/sperre-aufheben">
                <CsrfField token={ctx.csrfToken} />
                <input type="hidden" name="email" value={b.email} />
                <button type="submit" class="kern-btn kern-btn--tertiary">
                  <span class="kern-label">
                    Sperre aufheben<span class="kern-sr-only"> für {b.email}</span>
                  </span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The team's moderation queue: waiting comments first, a filter by state, an action per comment. */
export function QueuePage(props: QueuePageProps) {
  const filter = props.status ?? "";
  const all = Object.values(props.counts).reduce((a, b) => a + b, 0);
  const options = [
    { value: "", label: `Alle (${all})` },
    ...Object.entries(commentStatuses).map(([value, label]) => ({ value, label: `${label} (${props.counts[value] ?? 0})` })),
  ];
  const pages = Math.max(1, Math.ceil(props.total / queuePageSize));
  return (
    <Layout ctx={props.ctx} title="Kommentare moderieren" crumbs={moderationCrumbs()}>
      <h1 class="kern-heading-large">Kommentare moderieren</h1>
      {props.notice && <Alert kind="success" title={props.notice} />}
      <p class="kern-body">Kommentare erscheinen erst nach der Freigabe. Wartende Kommentare stehen oben, die ältesten zuerst.</p>
      <form method="get" action="/magazin/kommentare" class="k360-filters">
        <SelectField name="status" label="Stand" value={filter} options={options} />
        <div>
          <SubmitButton label="Anzeigen" kind="secondary" />
        </div>
      </form>
      {props.entries.length === 0 ? (
        <p class="kern-body">Hier gibt es keine Kommentare.</p>
      ) : (
        <ol class="k360-hits">
          {props.entries.map((e) => (
            <li>
              <Entry ctx={props.ctx} entry={e} filter={filter} />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={props.page}
        pages={pages}
        href={(n) => `/magazin/kommentare?${new URLSearchParams({ ...(filter ? { status: filter } : {}), seite: String(n) })}`}
      />
      <BlockedAddresses ctx={props.ctx} blocked={props.blocked} />
    </Layout>
  );
}
