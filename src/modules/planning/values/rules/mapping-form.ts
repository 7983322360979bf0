import type { FieldErrors } from "../../../../platform/forms.ts";
import { mappingMessages } from "../texts.ts";
import type { Mapping, Source, Suggestion, ValueColumn } from "./mapping.ts";

/** The mapping form's fields as typed (schemas.ts mappingBody); `rolle` has one entry per column. */
export interface MappingForm {
  name: string;
  gebiet: string;
  zeitraum_spalte: string;
  zeitraum: string;
  indikator_spalte: string;
  indikator: string;
  fallzahl_spalte: string;
  blatt: string;
  rolle: string[];
}

export const emptyForm = (columns: number): MappingForm => ({
  name: "",
  gebiet: "",
  zeitraum_spalte: "",
  zeitraum: "",
  indikator_spalte: "",
  indikator: "",
  fallzahl_spalte: "",
  blatt: "",
  rolle: new Array<string>(columns).fill(""),
});

/** The form filled from a saved mapping for a file with this header. */
export function formOf(mapping: Mapping, header: string[], name = ""): MappingForm {
  const form = { ...emptyForm(header.length), name, gebiet: mapping.area, fallzahl_spalte: mapping.cases ?? "", blatt: mapping.sheet ?? "" };
  const setPeriod = (period: Source) => ("column" in period ? (form.zeitraum_spalte = period.column) : (form.zeitraum = period.fixed));
  const setIndicator = (indicator: Source) => ("column" in indicator ? (form.indikator_spalte = indicator.column) : (form.indikator = indicator.fixed));
  for (const value of mapping.values) {
    const index = header.indexOf(value.column);
    let role: string;
    if ("fixed" in value.period && value.period.fixed === value.column.trim() && mapping.values.length > 1) {
      role = "zeitraum";
      setIndicator(value.indicator);
    } else if ("fixed" in value.indicator) {
      role = `ind:${value.indicator.fixed}`;
      setPeriod(value.period);
    } else {
      role = "wert";
      setPeriod(value.period);
      setIndicator(value.indicator);
    }
    if (index >= 0) form.rolle[index] = role;
  }
  return form;
}

/** The form filled from what a GENESIS flat file suggests: area and period, the statistic columns marked as values where the indicator comes from a column. */
export function formOfSuggestion(suggestion: Suggestion, header: string[]): MappingForm {
  const form = {
    ...emptyForm(header.length),
    gebiet: suggestion.area ?? "",
    zeitraum_spalte: suggestion.period ?? "",
    indikator_spalte: suggestion.indicator ?? "",
  };
  if (suggestion.indicator) for (const column of suggestion.valueColumns) form.rolle[header.indexOf(column)] = "wert";
  return form;
}

/** The mapping the form describes, or the German messages per field. */
export function mappingOfForm(form: MappingForm, header: string[]): { mapping: Mapping } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const known = (column: string) => column === "" || header.includes(column);
  if (form.name.trim() === "") errors.name = mappingMessages.name;
  if (form.gebiet === "") errors.gebiet = mappingMessages.area;
  for (const field of ["gebiet", "zeitraum_spalte", "indikator_spalte", "fallzahl_spalte"] as const)
    if (!known(form[field])) errors[field] = mappingMessages.unknownColumn;
  const period: Source | null = form.zeitraum_spalte ? { column: form.zeitraum_spalte } : form.zeitraum.trim() ? { fixed: form.zeitraum.trim() } : null;
  const indicator: Source | null = form.indikator_spalte ? { column: form.indikator_spalte } : form.indikator ? { fixed: form.indikator } : null;
  const values: ValueColumn[] = [];
  header.forEach((column, index) => {
    const role = form.rolle[index] ?? "";
    if (role === "") return;
    if (role.startsWith("ind:")) {
      if (period) values.push({ column, indicator: { fixed: role.slice(4) }, period });
      else errors.zeitraum_spalte = mappingMessages.period;
    } else if (!indicator) errors.indikator_spalte = mappingMessages.indicator;
    else if (role === "zeitraum") values.push({ column, indicator, period: { fixed: column.trim() } });
    else if (!period) errors.zeitraum_spalte = mappingMessages.period;
    else values.push({ column, indicator, period });
  });
  if (values.length === 0 && !errors.zeitraum_spalte && !errors.indikator_spalte) errors.spalten = mappingMessages.noValues;
  if (Object.keys(errors).length > 0) return { errors };
  return {
    mapping: { ...(form.blatt ? { sheet: form.blatt } : {}), area: form.gebiet, ...(form.fallzahl_spalte ? { cases: form.fallzahl_spalte } : {}), values },
  };
}
