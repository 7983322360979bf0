import type { ComponentChildren } from "preact";

export function Alert(props: { kind: "info" | "success" | "warning" | "danger"; title: string; children?: ComponentChildren; urgent?: boolean }) {
  return (
    <div class={`kern-alert kern-alert--${props.kind}`} role={props.urgent ? "alert" : "status"}>
      <div class="kern-alert__header">
        <span class={`kern-icon kern-icon--${props.kind}`} aria-hidden="true"></span>
        <span class="kern-title">{props.title}</span>
      </div>
      {props.children && <div class="kern-alert__body">{props.children}</div>}
    </div>
  );
}

export function Pagination(props: { page: number; pages: number; href: (page: number) => string }) {
  if (props.pages <= 1) return null;
  const numbers = new Set<number>([1, props.pages, props.page - 1, props.page, props.page + 1]);
  const shown = [...numbers].filter((n) => n >= 1 && n <= props.pages).sort((a, b) => a - b);
  return (
    <nav class="k360-pagination" aria-label="Seitennavigation">
      <ul>
        {props.page > 1 && (
          <li>
            <a class="kern-link" href={props.href(props.page - 1)} rel="prev">
              Zurück
            </a>
          </li>
        )}
        {shown.map((n, i) => (
          <>
            {i > 0 && n - shown[i - 1] > 1 && (
              <li>
                <span aria-hidden="true">…</span>
              </li>
            )}
            <li>
              {n === props.page ? (
                <span aria-current="page">
                  <span class="kern-sr-only">Seite </span>
                  {n}
                </span>
              ) : (
                <a class="kern-link" href={props.href(n)}>
                  <span class="kern-sr-only">Seite </span>
                  {n}
                </a>
              )}
            </li>
          </>
        ))}
        {props.page < props.pages && (
          <li>
            <a class="kern-link" href={props.href(props.page + 1)} rel="next">
              Weiter
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** A table's column headers. A column given as `{ label, numeric: true }` is right-aligned like its numbers. */
export function TableHead({ columns }: { columns: (string | { label: string; numeric: true })[] }) {
  return (
    <thead>
      <tr class="kern-table__row">
        {columns.map((column) =>
          typeof column === "string" ? (
            <th class="kern-table__header" scope="col">
              {column}
            </th>
          ) : (
            <th class="kern-table__header kern-table__header--numeric" scope="col">
              {column.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

/** Earlier and later hits of a search, which knows only whether more follow, not how many. */
export function HitPager(props: { page: number; more: boolean; href: (page: number) => string }) {
  if (props.page <= 1 && !props.more) return null;
  return (
    <nav class="k360-pagination" aria-label="Weitere Treffer">
      <ul>
        {props.page > 1 && (
          <li>
            <a class="kern-link" href={props.href(props.page - 1)} rel="prev">
              Vorherige Treffer
            </a>
          </li>
        )}
        {props.more && (
          <li>
            <a class="kern-link" href={props.href(props.page + 1)} rel="next">
              Weitere Treffer
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** A search hit's excerpt with the matched words marked. */
export function Snippet({ parts }: { parts: { text: string; hit: boolean }[] }) {
  return <>{parts.map((s) => (s.hit ? <mark>{s.text}</mark> : s.text))}</>;
}

/** A table cell with a bulleted list, e.g. the reasons of a selection. */
export function ListCell({ items }: { items: string[] }) {
  return (
    <td class="kern-table__cell">
      <ul class="kern-list">
        {items.map((item) => (
          <li>{item}</li>
        ))}
      </ul>
    </td>
  );
}

/** A part of a page with its heading, which names it for screen readers. */
export function Section(props: { id: string; title: string; level?: 2 | 3; children: ComponentChildren }) {
  const level = props.level ?? 2;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section class="kern-stack" aria-labelledby={props.id}>
      <Heading class={level === 2 ? "kern-heading-medium" : "kern-title"} id={props.id}>
        {props.title}
      </Heading>
      {props.children}
    </section>
  );
}
