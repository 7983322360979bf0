import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import { guideCrumbs, levels, type Level } from "../reference.ts";
import type { Chapter } from "../queries.ts";

export const editorCrumbs = (...rest: { label: string; href?: string }[]) => guideCrumbs({ label: "Redaktion", href: "/change-guide/redaktion" }, ...rest);

/** The team's overview: every chapter by level with its number of sections, and where to start a new one. */
export function EditorPage({ ctx, chapters, counts, notice }: { ctx: PageContext; chapters: Chapter[]; counts: Map<number, number>; notice?: string }) {
  return (
    <Layout ctx={ctx} title="Change-Guide bearbeiten" crumbs={guideCrumbs({ label: "Redaktion" })}>
      <h1 class="kern-heading-large">Change-Guide bearbeiten</h1>
      {notice && <Alert kind="success" title={notice} />}
      <p class="kern-body">
        Kapitel gehören zu einer der drei Ebenen und bestehen aus Abschnitten einer bestimmten Art. Änderungen sind sofort öffentlich sichtbar und in der Suche
        zu finden.
      </p>
      <p class="kern-body">
        <a class="kern-link" href="/change-guide/redaktion/kapitel/neu">
          Neues Kapitel anlegen
        </a>
      </p>
      {(Object.keys(levels) as Level[]).map((level) => (
        <section aria-labelledby={`redaktion-${level}`}>
          <h2 class="kern-heading-medium" id={`redaktion-${level}`}>
            {levels[level].label}
          </h2>
          <div class="kern-table-responsive">
            <table class="kern-table kern-table--striped">
              <caption class="kern-title kern-sr-only">Kapitel der {levels[level].label}</caption>
              <TableHead columns={["Position", "Kapitel", "Abschnitte", "Öffentliche Seite"]} />
              <tbody class="kern-table__body">
                {chapters
                  .filter((c) => c.level === level)
                  .map((c) => (
                    <tr class="kern-table__row">
                      <td class="kern-table__cell kern-table__cell--numeric">{c.position}</td>
                      <td class="kern-table__cell">
                        <a class="kern-link" href={`/change-guide/redaktion/kapitel/${c.id}`}>
                          {c.title}
                        </a>
                      </td>
                      <td class="kern-table__cell kern-table__cell--numeric">{counts.get(c.id) ?? 0}</td>
                      <td class="kern-table__cell">
                        <a class="kern-link" href={`/change-guide/${c.slug}`}>
                          /change-guide/{c.slug}
                        </a>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </Layout>
  );
}
