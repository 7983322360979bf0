import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";
import { valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { PlanningNav } from "../../views/nav.tsx";
import { sharedTexts } from "../../texts.ts";
import type { Area } from "../../queries.ts";
import { fieldLabels } from "../texts.ts";
import { AreaTable } from "./area-table.tsx";
import { CutHistory, type CutRow } from "./cut-history.tsx";
import { crsOptions, FileField } from "./fields.tsx";

export interface FormState {
  values: FormValues;
  errors: FieldErrors;
}

export interface AreasPageProps {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  current: { id: number; label: string } | null;
  areas: Area[];
  cuts: CutRow[];
  canEdit: boolean;
  notice: string | null;
  importForm: FormState;
  listForm: FormState;
}

function ImportForm(props: { base: string; token: string | null; form: FormState }) {
  const { values, errors } = props.form;
  return (
    <form method="post" action={`${props.base}/import`} encType="multipart/form-data" class="kern-stack" novalidate>
      <CsrfField token={props.token} />
      <ErrorSummary errors={errors} labels={fieldLabels} />
      <FileField
        name="datei"
        label="Datei"
        hint="GeoJSON (.geojson, .json) oder ein gezipptes Shapefile (.zip mit .shp, .dbf und .prj), höchstens 50 MB."
        accept=".geojson,.json,.zip"
        errors={errors}
      />
      <TextField
        name="key"
        label={fieldLabels.key}
        hint="Leer lassen: die erste vorhandene von schluessel, key, id."
        value={valueText(values, "key")}
        errors={errors}
        optional
      />
      <TextField name="name" label={fieldLabels.name} hint="Leer lassen: name oder bezeichnung." value={valueText(values, "name")} errors={errors} optional />
      <TextField
        name="parent"
        label={fieldLabels.parent}
        hint="Zum Beispiel die Bezirksregion eines Planungsraums."
        value={valueText(values, "parent")}
        errors={errors}
        optional
      />
      <SelectField
        name="crs"
        label={fieldLabels.crs}
        hint="Gilt nur, wenn die Datei ihr Koordinatensystem nicht selbst nennt."
        value={valueText(values, "crs")}
        options={crsOptions}
        errors={errors}
      />
      <TextField
        name="label"
        id="import-label"
        label={fieldLabels.label}
        hint="Leer lassen: der Dateiname."
        value={valueText(values, "label")}
        errors={errors}
        optional
      />
      <div>
        <SubmitButton label="Gebiete importieren" />
      </div>
    </form>
  );
}

function ListForm(props: { base: string; token: string | null; form: FormState }) {
  const { values, errors } = props.form;
  return (
    <form method="post" action={`${props.base}/liste`} class="kern-stack" novalidate>
      <CsrfField token={props.token} />
      <ErrorSummary errors={errors} labels={fieldLabels} />
      <TextArea
        name="liste"
        label={fieldLabels.liste}
        hint="Eine Zeile je Gebiet: Schlüssel;Name, optional ;Oberbezirk-Schlüssel. Beispiel: 0101;Altstadt-Nord;01"
        value={valueText(values, "liste")}
        errors={errors}
        rows={8}
      />
      <TextField name="label" id="list-label" label={fieldLabels.label} value={valueText(values, "label")} errors={errors} optional />
      <div>
        <SubmitButton label="Liste als neuen Stand anlegen" kind="secondary" />
      </div>
    </form>
  );
}

/** The planning areas of a municipality: the current cut, the history of cuts, and for editors the import and the list. */
export function AreasPage(props: AreasPageProps) {
  const { municipality } = props;
  const workbench = `/kommunen/${municipality.slug}/planung`;
  const base = `${workbench}/gebiete`;
  const crumbs = [
    { label: "Startseite", href: "/" },
    { label: municipality.name, href: `/kommunen/${municipality.slug}` },
    { label: sharedTexts.workbench, href: workbench },
    { label: "Planungsräume" },
  ];
  return (
    <Layout ctx={props.ctx} title={`Planungsräume: ${municipality.name}`} crumbs={crumbs}>
      <h1 class="kern-heading-large">Planungsräume: {municipality.name}</h1>
      <PlanningNav base={workbench} current="/gebiete" />
      {props.notice && <Alert kind="success" title={props.notice} />}
      {props.current ? (
        <AreaTable areas={props.areas} caption={`Aktueller Stand: ${props.current.label} (${props.areas.length} Gebiete)`} base={base} />
      ) : (
        <p class="kern-body">{sharedTexts.noAreas}</p>
      )}
      {props.cuts.length > 0 && <CutHistory cuts={props.cuts} base={base} />}
      {props.canEdit && (
        <>
          <h2 class="kern-heading-medium" id="aus-datei">
            Gebiete aus einer Datei importieren
          </h2>
          <p class="kern-body">Ein Import legt einen neuen Stand an. Der bisherige Stand bleibt mit seinen Werten erhalten; nichts wird umgeschrieben.</p>
          <ImportForm base={base} token={props.ctx.csrfToken} form={props.importForm} />
          <h2 class="kern-heading-medium" id="als-liste">
            Gebiete als Liste anlegen
          </h2>
          <p class="kern-body">Ohne GIS-Daten: Legen Sie die Gebiete als Liste an und laden Sie die Flächen später je Gebiet hoch.</p>
          <ListForm base={base} token={props.ctx.csrfToken} form={props.listForm} />
        </>
      )}
    </Layout>
  );
}
