import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import type { Membership } from "../queries.ts";
import { tandemRoles as roleNames, tandemTexts } from "../texts.ts";
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextField } from "../../../../platform/views/form.tsx";

const date = (iso: string | null) => (iso ? iso.split("-").reverse().join(".") : "heute");

export function TandemsPage(props: {
  ctx: PageContext;
  cohort: { id: number; name: string }[];
  memberships: Membership[];
  people: { id: number; name: string; municipalityId: number | null }[];
  values: FormValues;
  errors: FieldErrors;
  saved: boolean;
}) {
  return (
    <Layout
      ctx={props.ctx}
      title="Tandems"
      crumbs={[{ label: "Startseite", href: "/" }, { label: "Programmsteuerung", href: "/programm" }, { label: "Tandems" }]}
    >
      {props.saved && <Alert kind="success" title={tandemTexts.saved} />}
      <h1 class="kern-heading-large">Tandems</h1>
      <MembershipTable cohort={props.cohort} memberships={props.memberships} />
      <ChangeForm {...props} />
    </Layout>
  );
}

type Cohort = { id: number; name: string }[];

function MembershipTable(props: { cohort: Cohort; memberships: Membership[] }) {
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--striped">
        <caption class="kern-sr-only">Besetzung der Tandems mit Verlauf</caption>
        <thead>
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              Kommune
            </th>
            <th class="kern-table__header" scope="col">
              Rolle
            </th>
            <th class="kern-table__header" scope="col">
              Person
            </th>
            <th class="kern-table__header" scope="col">
              Zeitraum
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {props.memberships.map((m) => (
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="row">
                {props.cohort.find((c) => c.id === m.municipalityId)?.name ?? ""}
              </th>
              <td class="kern-table__cell">{roleNames[m.role]}</td>
              <td class="kern-table__cell">{m.name}</td>
              <td class="kern-table__cell">
                {date(m.fromDate)} bis {date(m.toDate)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChangeForm(props: Parameters<typeof TandemsPage>[0]) {
  const { errors, values } = props;
  return (
    <>
      <h2 class="kern-heading-medium">Wechsel im Tandem eintragen</h2>
      <p class="kern-body">
        Die neue Person braucht ein Konto in ihrer Kommune (auf dem Profil der Kommune unter „Person hinzufügen“). Die bisherige Besetzung endet am Tag davor.
      </p>
      <ErrorSummary errors={errors} labels={{ municipalityId: "Kommune", role: "Rolle", userId: "Neue Person", fromDate: "Ab" }} />
      <form method="post" action="/programm/tandems" class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <SelectField
          name="municipalityId"
          label="Kommune"
          value={valueText(values, "municipalityId")}
          errors={errors}
          options={[{ value: "", label: "Bitte wählen" }, ...props.cohort.map((c) => ({ value: String(c.id), label: c.name }))]}
        />
        <SelectField
          name="role"
          label="Rolle"
          value={valueText(values, "role")}
          errors={errors}
          options={[{ value: "", label: "Bitte wählen" }, ...Object.entries(roleNames).map(([value, label]) => ({ value, label }))]}
        />
        <SelectField
          name="userId"
          label="Neue Person"
          value={valueText(values, "userId")}
          errors={errors}
          options={[
            { value: "", label: "Bitte wählen" },
            ...props.people.map((p) => ({ value: String(p.id), label: `${p.name} (${props.cohort.find((c) => c.id === p.municipalityId)?.name ?? ""})` })),
          ]}
        />
        <TextField name="fromDate" type="date" label="Ab" value={valueText(values, "fromDate")} errors={errors} />
        <div>
          <SubmitButton label="Wechsel speichern" />
        </div>
      </form>
    </>
  );
}
