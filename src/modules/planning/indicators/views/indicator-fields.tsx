import { SelectField, TextArea, TextField } from "../../../../platform/views/form.tsx";
import { valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { polarities, units } from "../../reference.ts";
import { fieldLabels, hints } from "../texts.ts";

const unitOptions = units.map((unit) => ({ value: unit, label: unit }));
const polarityOptions = Object.entries(polarities).map(([value, label]) => ({ value, label }));

/** What a new indicator's form starts with. */
export const newIndicatorValues: FormValues = { unit: "%", polarity: "more", period: "Jahr", minCases: 3 };

/** The fields that describe an indicator; the key only when it is added. */
export function IndicatorFields(props: { values: FormValues; errors: FieldErrors; withKey: boolean }) {
  const { values, errors } = props;
  const text = (name: string, max: number, hint?: string) => (
    <TextField name={name} label={fieldLabels[name]!} value={valueText(values, name)} errors={errors} maxLength={max} hint={hint} />
  );
  return (
    <>
      {text("name", 120)}
      {props.withKey && text("key", 40, hints.key)}
      <SelectField name="unit" label={fieldLabels.unit!} value={valueText(values, "unit")} options={unitOptions} errors={errors} />
      <SelectField
        name="polarity"
        label={fieldLabels.polarity!}
        value={valueText(values, "polarity")}
        options={polarityOptions}
        errors={errors}
        hint={hints.polarity}
      />
      <TextArea name="definition" label={fieldLabels.definition!} value={valueText(values, "definition")} errors={errors} maxLength={2000} optional />
      {text("numerator", 300)}
      {text("denominator", 300, hints.denominator)}
      {text("source", 300)}
      {text("referenceDate", 40, hints.referenceDate)}
      {text("period", 40)}
      <TextField
        name="minCases"
        label={fieldLabels.minCases!}
        value={valueText(values, "minCases")}
        errors={errors}
        maxLength={20}
        hint={hints.minCases}
        type="text"
      />
    </>
  );
}
