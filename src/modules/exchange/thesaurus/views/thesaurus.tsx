import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import type { SynonymGroup } from "../../../../platform/search/thesaurus.ts";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import { CsrfField, ErrorSummary, SubmitButton, TextArea } from "../../../../platform/views/form.tsx";

export interface ThesaurusPageProps {
  ctx: PageContext;
  groups: SynonymGroup[];
  notice?: string;
  editing?: { id: number | null; value: string; message: string };
}

const fieldId = (id: number | null) => (id ? `expressions-${id}` : "expressions");

function GroupForm({ ctx, id, value, errors }: { ctx: PageContext; id: number | null; value: string; errors?: FieldErrors }) {
  const label = id ? "Ausdrücke dieser Gruppe" : "Neue Gruppe";
  return (
    <form method="post" action={id ? `/austausch/thesaurus/${id}` : "/austausch/thesaurus"} class="kern-stack" novalidate>
      <CsrfField token={ctx.csrfToken} />
      <TextArea
        name="expressions"
        id={fieldId(id)}
        label={label}
        hint="Ein Ausdruck pro Zeile, zum Beispiel „HzE“ und „Hilfen zur Erziehung“."
        rows={3}
        value={value}
        errors={errors}
      />
      <div>
        <SubmitButton label={id ? "Gruppe speichern" : "Gruppe anlegen"} kind={id ? "secondary" : "primary"} />
      </div>
    </form>
  );
}

/** The team's thesaurus: expressions that the problem finder treats as the same. */
export function ThesaurusPage(props: ThesaurusPageProps) {
  const editing = props.editing;
  return (
    <Layout ctx={props.ctx} title="Thesaurus der Suche" crumbs={exchangeCrumbs({ label: "Thesaurus" })}>
      <h1 class="kern-heading-large">Thesaurus der Suche</h1>
      <p class="kern-body">
        Wer im Problemfinder einen Ausdruck einer Gruppe sucht, findet auch Berichte mit den anderen. Änderungen wirken sofort bei der nächsten Suche.
      </p>
      {props.notice && <Alert kind="success" title={props.notice} />}
      {editing && (
        <ErrorSummary
          errors={{ [fieldId(editing.id)]: editing.message }}
          labels={{ [fieldId(editing.id)]: editing.id ? "Ausdrücke der Gruppe" : "Neue Gruppe" }}
        />
      )}
      <section aria-labelledby="neu">
        <h2 class="kern-heading-medium" id="neu">
          Gruppe hinzufügen
        </h2>
        <GroupForm
          ctx={props.ctx}
          id={null}
          value={editing?.id === null ? editing.value : ""}
          errors={editing?.id === null ? { expressions: editing.message } : undefined}
        />
      </section>
      <section aria-labelledby="gruppen" class="kern-stack">
        <h2 class="kern-heading-medium" id="gruppen">
          Gruppen ({props.groups.length})
        </h2>
        {props.groups.map((g) => (
          <div class="kern-card">
            <div class="kern-card__container kern-stack">
              <h3 class="kern-title">{g.expressions.join(" · ")}</h3>
              <GroupForm
                ctx={props.ctx}
                id={g.id}
                value={editing?.id === g.id ? editing.value : g.expressions.join("\n")}
                errors={editing?.id === g.id ? { expressions: editing.message } : undefined}
              />
              <form method="post" action={`/austausch/thesaurus/${g.id}/loeschen`}>
                <CsrfField token={props.ctx.csrfToken} />
                <button type="submit" class="kern-btn kern-btn--tertiary">
                  <span class="kern-label">Gruppe „{g.expressions[0]}“ löschen</span>
                </button>
              </form>
            </div>
          </div>
        ))}
      </section>
    </Layout>
  );
}
