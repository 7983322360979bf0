import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import { CsrfField, ErrorSummary, SubmitButton, TextField } from "../../../platform/views/form.tsx";
import { valueText, type FieldErrors, type FormValues } from "../../../platform/forms.ts";
import { municipalityLabels } from "../texts.ts";

/** The admin adds a kreisangehörige Stadt with its own Jugendamt. */
export function MunicipalityForm(props: { ctx: PageContext; values: FormValues; errors: FieldErrors }) {
  const { values, errors } = props;
  return (
    <Layout
      ctx={props.ctx}
      title="Kommune anlegen"
      crumbs={[{ label: "Startseite", href: "/" }, { label: "Kommunen", href: "/kommunen" }, { label: "Kommune anlegen" }]}
    >
      <h1 class="kern-heading-large">Kreisangehörige Stadt mit eigenem Jugendamt anlegen</h1>
      <p class="kern-body">
        Alle Kreise und kreisfreien Städte sind bereits eingetragen. Hier ergänzen Sie Städte, die zu einem Kreis gehören und ein eigenes Jugendamt haben.
      </p>
      <ErrorSummary errors={errors} labels={municipalityLabels} />
      <form method="post" action="/kommunen/neu" class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextField
          name="ags"
          label={municipalityLabels.ags}
          hint="Die ersten fünf Ziffern bezeichnen den Kreis, z. B. 05758012 für Herford im Kreis Herford."
          value={valueText(values, "ags")}
          errors={errors}
          maxLength={8}
        />
        <TextField name="name" label={municipalityLabels.name} value={valueText(values, "name")} errors={errors} />
        <TextField name="population" label={municipalityLabels.population} hint="Z. B. 66.500" value={valueText(values, "population")} errors={errors} />
        <TextField name="areaKm2" label={municipalityLabels.areaKm2} hint="Mit Komma, z. B. 79,0" value={valueText(values, "areaKm2")} errors={errors} />
        <div>
          <SubmitButton label="Kommune anlegen" />
        </div>
      </form>
    </Layout>
  );
}
