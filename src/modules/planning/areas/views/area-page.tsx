import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextField } from "../../../../platform/views/form.tsx";
import { valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { PlanningNav } from "../../views/nav.tsx";
import { sharedTexts } from "../../texts.ts";
import type { Area } from "../../queries.ts";
import type { Problem } from "../rules/geometry.ts";
import { areaLabels, editTexts } from "../texts.ts";
import { ProblemList } from "./area-table.tsx";
import { crsOptions, FileField } from "./fields.tsx";

export interface AreaPageProps {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  area: Area;
  cut: { id: number; label: string; replacedAt: Date | null };
  canEdit: boolean;
  notice: string | null;
  values: FormValues;
  errors: FieldErrors;
}

function EditForms(props: AreaPageProps & { action: string }) {
  const { values, errors, area } = props;
  return (
    <>
      <h2 class="kern-heading-medium">Name und Oberbezirk ändern</h2>
      <form method="post" action={props.action} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <ErrorSummary errors={Object.fromEntries(Object.entries(errors).filter(([field]) => field !== "datei" && field !== "crs"))} labels={areaLabels} />
        <TextField name="name" label={areaLabels.name} value={valueText(values, "name") || area.name} errors={errors} maxLength={200} />
        <TextField name="parentKey" label={areaLabels.parentKey} value={valueText(values, "parentKey") || (area.parentKey ?? "")} errors={errors} optional />
        <div>
          <SubmitButton label="Speichern" />
        </div>
      </form>
      <h2 class="kern-heading-medium" id="geometrie">
        {area.geometry ? "Geometrie ersetzen" : "Geometrie hochladen"}
      </h2>
      <form method="post" action={props.action} encType="multipart/form-data" class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <FileField
          name="datei"
          label={areaLabels.datei}
          hint="Ein GeoJSON-Feature oder eine Geometrie (Polygon oder MultiPolygon) für dieses eine Gebiet."
          accept=".geojson,.json"
          errors={errors}
        />
        <SelectField name="crs" label={areaLabels.crs} value={valueText(values, "crs")} options={crsOptions} errors={errors} />
        <div>
          <SubmitButton label="Geometrie übernehmen" kind="secondary" />
        </div>
      </form>
    </>
  );
}

/** One planning area: its data and problems; in the current cut, editors change its name and parent or add its surface. */
export function AreaPage(props: AreaPageProps) {
  const { municipality, area, cut } = props;
  const workbench = `/kommunen/${municipality.slug}/planung`;
  const base = `${workbench}/gebiete`;
  const crumbs = [
    { label: "Startseite", href: "/" },
    { label: municipality.name, href: `/kommunen/${municipality.slug}` },
    { label: sharedTexts.workbench, href: workbench },
    { label: "Planungsräume", href: base },
    { label: `${area.key} ${area.name}` },
  ];
  return (
    <Layout ctx={props.ctx} title={`Gebiet ${area.key} ${area.name}`} crumbs={crumbs}>
      <h1 class="kern-heading-large">
        Gebiet {area.key}: {area.name}
      </h1>
      <PlanningNav base={workbench} current="/gebiete" />
      {props.notice && <Alert kind="success" title={props.notice} />}
      <dl class="k360-facts">
        <dt>Schlüssel</dt>
        <dd>{area.key}</dd>
        <dt>Oberbezirk</dt>
        <dd>{area.parentKey ?? "–"}</dd>
        <dt>Geometrie</dt>
        <dd>{area.geometry ? "vorhanden" : "fehlt"}</dd>
        <dt>Stand</dt>
        <dd>
          <a class="kern-link" href={`${base}/stand/${cut.id}`}>
            {cut.label}
          </a>
          {cut.replacedAt ? " (abgelöst)" : " (aktuell)"}
        </dd>
      </dl>
      <h2 class="kern-heading-medium">Hinweise der Prüfung</h2>
      <ProblemList problems={area.problems as Problem[]} />
      {cut.replacedAt && <p class="kern-body">{editTexts.oldCut}</p>}
      {props.canEdit && !cut.replacedAt && <EditForms {...props} action={`${base}/${area.id}`} />}
    </Layout>
  );
}
