import { FieldError, SelectField, SubmitButton, TextField } from "../../../../platform/views/form.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { classifications, standardisations } from "../../reference.ts";
import type { Indicator } from "../../queries.ts";
import { maxClasses, minClasses } from "../rules/classes.ts";
import { weightField, type AnalysisQuery } from "../rules/settings.ts";
import { analysisTexts } from "../texts.ts";

export interface FormProps {
  action: string;
  indicators: Indicator[];
  periods: string[];
  query: AnalysisQuery;
  errors: FieldErrors;
}

const text = (query: AnalysisQuery, name: string, fallback = "") => {
  const value = query[name];
  return (Array.isArray(value) ? value[0] : value) ?? fallback;
};
const ticked = (query: AnalysisQuery, key: string) => {
  const value = query.indikator;
  return Array.isArray(value) ? value.includes(key) : value === key;
};

/** One indicator: its checkbox and, beside it, its weight (empty counts as 1). */
function IndicatorChoice({ indicator, props }: { indicator: Indicator; props: FormProps }) {
  const field = weightField(indicator.key);
  const error = props.errors[field];
  return (
    <div class={`k360-analysis-choice${error ? " kern-form-input--error" : ""}`}>
      <div class="kern-form-check">
        <input
          class="kern-form-check__checkbox"
          id={`indikator-${indicator.key}`}
          name="indikator"
          value={indicator.key}
          type="checkbox"
          checked={ticked(props.query, indicator.key)}
        />
        <label class="kern-label" for={`indikator-${indicator.key}`}>
          {indicator.name} ({indicator.unit}; {indicator.polarity === "less" ? "höher heißt weniger Bedarf" : "höher heißt mehr Bedarf"})
        </label>
      </div>
      <div class="kern-form-input">
        <label class="kern-label" for={field}>
          Gewicht für {indicator.name}
        </label>
        <input
          class={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
          id={field}
          name={field}
          type="text"
          inputMode="decimal"
          size={5}
          maxLength={20}
          value={text(props.query, field, "1")}
          aria-invalid={error ? "true" : undefined}
          aria-describedby={error ? `${field}-error` : undefined}
        />
        <FieldError id={field} error={error} />
      </div>
    </div>
  );
}

/** The analysis form: a GET form, so the result has an address and works without JavaScript. */
export function AnalysisForm(props: FormProps) {
  const { query, errors } = props;
  const periodOptions = props.periods.map((period) => ({ value: period, label: period }));
  const latest = props.periods.at(-1) ?? "";
  const optionsOf = (record: Record<string, string>) => Object.entries(record).map(([value, label]) => ({ value, label }));
  const counts = Array.from({ length: maxClasses - minClasses + 1 }, (_, step) => String(minClasses + step)).map((count) => ({ value: count, label: count }));
  return (
    <form method="get" action={props.action} class="kern-stack" novalidate>
      <fieldset class="kern-fieldset" id="indikator" aria-describedby={errors.indikator ? "indikator-error" : "indikator-hint"}>
        <legend class="kern-label">{analysisTexts.labels.indikator}</legend>
        <div class="kern-hint" id="indikator-hint">
          Wählen Sie die Indikatoren und ihr Gewicht (z. B. 1 oder 1,5). Die Gewichte werden durch ihre Summe geteilt.
        </div>
        <div class="kern-fieldset__body">
          {props.indicators.map((indicator) => (
            <IndicatorChoice indicator={indicator} props={props} />
          ))}
        </div>
        <FieldError id="indikator" error={errors.indikator} />
      </fieldset>
      <SelectField name="zeitraum" label={analysisTexts.labels.zeitraum!} value={text(query, "zeitraum", latest)} options={periodOptions} errors={errors} />
      <SelectField
        name="vergleich"
        label={analysisTexts.labels.vergleich!}
        hint="Die Dynamik zeigt, wie sich der Index gegenüber diesem Zeitraum verändert hat."
        value={text(query, "vergleich")}
        options={[{ value: "", label: analysisTexts.noComparison }, ...periodOptions]}
        errors={errors}
      />
      <SelectField
        name="standardisierung"
        label={analysisTexts.labels.standardisierung!}
        value={text(query, "standardisierung", "z")}
        options={optionsOf(standardisations)}
        errors={errors}
      />
      <SelectField
        name="klassifizierung"
        label={analysisTexts.labels.klassifizierung!}
        value={text(query, "klassifizierung", "quantile")}
        options={optionsOf(classifications)}
        errors={errors}
      />
      <SelectField name="klassen" label={analysisTexts.labels.klassen!} value={text(query, "klassen", "5")} options={counts} errors={errors} />
      <TextField
        name="mindestbevoelkerung"
        label={analysisTexts.labels.mindestbevoelkerung!}
        hint="Gebiete mit weniger Einwohnerinnen und Einwohnern bleiben aus dem Index (üblich: 300)."
        value={text(query, "mindestbevoelkerung", "300")}
        errors={errors}
        maxLength={7}
      />
      <div>
        <SubmitButton label="Analyse berechnen" />
      </div>
    </form>
  );
}
