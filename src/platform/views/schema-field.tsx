import type { TSchema } from "@fastify/type-provider-typebox";
import type { FieldErrors } from "../forms.ts";
import { TextArea, TextField } from "./form.tsx";

type Settings = { maxLength?: number; minLength?: number; "x-text"?: string; "x-email"?: boolean; "x-web"?: boolean; "x-phone"?: boolean; "x-day"?: boolean };

/** The input type a field type asks for, so phones get a number pad and addresses their keyboard. */
function inputType(settings: Settings): "email" | "url" | "tel" | "date" | "text" {
  if (settings["x-email"]) return "email";
  if (settings["x-web"]) return "url";
  if (settings["x-phone"]) return "tel";
  if (settings["x-day"]) return "date";
  return "text";
}

/**
 * The form control of a field, read from its field type (src/platform/http/schemas.ts): a textarea
 * for text with lines, the fitting input type otherwise, its length limit and whether it is optional.
 */
export function SchemaField(props: { name: string; schema: TSchema; label: string; hint?: string; value: string; errors: FieldErrors }) {
  const settings = props.schema as Settings;
  const optional = !(settings.minLength && settings.minLength > 0);
  const common = { name: props.name, label: props.label, hint: props.hint, value: props.value, errors: props.errors, optional, maxLength: settings.maxLength };
  if (settings["x-text"] === "lines") return <TextArea {...common} rows={4} />;
  return <TextField {...common} type={inputType(settings)} />;
}
