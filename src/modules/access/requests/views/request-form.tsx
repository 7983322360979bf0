import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";
import { memberRoles, roleLabels } from "../../../../platform/auth/roles.ts";
import { valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { requestHints, requestLabels } from "../texts.ts";

const crumbs = (label: string) => [{ label: "Startseite", href: "/" }, { label: "Anmelden", href: "/anmelden" }, { label }];

export interface RequestFormProps {
  ctx: PageContext;
  municipalities: { id: number; name: string }[];
  values: FormValues;
  errors: FieldErrors;
}

/** "Zugang beantragen": name, role, official address, municipality and a short note. */
export function RequestFormPage(props: RequestFormProps) {
  const { values, errors } = props;
  const municipalityOptions = [{ value: "", label: "Bitte wählen" }, ...props.municipalities.map((m) => ({ value: String(m.id), label: m.name }))];
  return (
    <Layout ctx={props.ctx} title="Zugang beantragen" crumbs={crumbs("Zugang beantragen")}>
      <h1 class="kern-heading-large">Zugang beantragen</h1>
      <p class="kern-body">
        Mitarbeitende eines Jugendamts erhalten einen Zugang zu K360: Sie pflegen das Profil Ihrer Kommune, teilen Praxisbeispiele und sehen Ihre Anmeldungen an
        einem Ort.
      </p>
      <ErrorSummary errors={errors} labels={requestLabels} />
      <form method="post" action="/zugang-beantragen" class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextField name="name" label={requestLabels.name} autocomplete="name" value={valueText(values, "name")} errors={errors} maxLength={120} />
        <SelectField
          name="role"
          label={requestLabels.role}
          value={valueText(values, "role")}
          options={memberRoles.map((role) => ({ value: role, label: roleLabels[role] }))}
          errors={errors}
        />
        <TextField
          name="email"
          type="email"
          label={requestLabels.email}
          hint={requestHints.email}
          autocomplete="email"
          value={valueText(values, "email")}
          errors={errors}
        />
        <SelectField
          name="municipality"
          label={requestLabels.municipality}
          value={valueText(values, "municipality")}
          options={municipalityOptions}
          errors={errors}
        />
        <TextArea name="note" label={requestLabels.note} hint={requestHints.note} value={valueText(values, "note")} errors={errors} maxLength={1000} optional />
        <div>
          <SubmitButton label="Zugang beantragen" />
        </div>
      </form>
    </Layout>
  );
}

/** The same answer for every request: whether the address has an account, the mail tells. */
export function RequestSentPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Anfrage gesendet" crumbs={crumbs("Anfrage gesendet")}>
      <h1 class="kern-heading-large">Danke für Ihre Anfrage</h1>
      <Alert kind="info" title="Bitte sehen Sie in Ihr Postfach.">
        <p class="kern-body">Wir haben Ihnen eine E-Mail mit den nächsten Schritten geschickt. Kommt keine E-Mail an, prüfen Sie bitte auch den Spam-Ordner.</p>
      </Alert>
    </Layout>
  );
}

/** The page behind the confirmation link: a button, so that mail scanners opening the link confirm nothing. */
export function ConfirmRequestPage(props: { ctx: PageContext; token: string; name: string; municipality: string; role: string }) {
  return (
    <Layout ctx={props.ctx} title="Zugang bestätigen" crumbs={crumbs("Zugang bestätigen")}>
      <h1 class="kern-heading-large">Zugang bestätigen</h1>
      <p class="kern-body">
        {props.name}, Sie erhalten einen Zugang für {props.municipality} als {props.role}. Mit dem Klick bestätigen Sie Ihre Adresse; danach legen Sie Ihr
        Passwort fest.
      </p>
      <form method="post" action={`/zugang/bestaetigen/${encodeURIComponent(props.token)}`}>
        <CsrfField token={props.ctx.csrfToken} />
        <SubmitButton label="Zugang bestätigen" />
      </form>
    </Layout>
  );
}
