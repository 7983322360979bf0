import type { FastifyRequest } from "fastify";
import type { FastifySchemaValidationError } from "fastify/types/schema.js";
import { notFound } from "../errors.ts";
import type { FieldErrors } from "../forms.ts";

/** An error of Ajv with `verbose` on: it carries the keyword's value and the schema of the field. */
type ValidationError = FastifySchemaValidationError & { schema?: unknown; parentSchema?: Record<string, unknown> };

const count = (n: unknown) => Number(n).toLocaleString("de-DE");

/** Messages of our field types (src/platform/http/schemas.ts) and of Ajv's keywords. */
const fixedMessages: Record<string, string> = {
  "x-id": "Bitte wählen Sie einen Eintrag aus der Liste.",
  "x-day": "Bitte geben Sie ein gültiges Datum zwischen 1990 und 2100 ein (TT.MM.JJJJ).",
  "x-web": "Bitte geben Sie eine vollständige Adresse ein, die mit https:// beginnt.",
  "x-email": "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
  "x-phone": "Bitte geben Sie eine Telefonnummer mit Vorwahl ein, z. B. 0228 77-0.",
  "x-plain": "Bitte geben Sie keinen HTML-Code ein, nur einfachen Text.",
  "x-text": "Der Text enthielt unsichtbare Steuerzeichen. Wir haben sie entfernt – bitte prüfen Sie ihn und senden Sie das Formular noch einmal.",
  enum: "Bitte wählen Sie einen der angebotenen Werte.",
  const: "Bitte wählen Sie einen der angebotenen Werte.",
  anyOf: "Bitte wählen Sie einen der angebotenen Werte.",
  pattern: "Die Eingabe hat nicht das erwartete Format.",
  additionalProperties: "Dieses Feld ist hier nicht vorgesehen.",
};

function numberMessage(error: ValidationError): string {
  const bounds = error.schema as { minimum: number; maximum: number } | undefined;
  return bounds ? `Bitte geben Sie eine Zahl von ${count(bounds.minimum)} bis ${count(bounds.maximum)} ein.` : "Bitte geben Sie eine Zahl ein.";
}

function message(error: ValidationError): string {
  const params = error.params;
  const own = error.parentSchema?.["x-message"] as string | undefined;
  if (typeof params.message === "string") return params.message;
  if (error.keyword in fixedMessages) return fixedMessages[error.keyword];
  switch (error.keyword) {
    case "x-number":
      return numberMessage(error);
    case "required":
    case "minLength":
      if (own) return own;
      return params.limit && Number(params.limit) > 1 ? `Bitte geben Sie mindestens ${params.limit} Zeichen ein.` : "Bitte füllen Sie dieses Feld aus.";
    case "maxLength":
      return `Bitte geben Sie höchstens ${count(params.limit)} Zeichen ein.`;
    case "maxItems":
      return `Bitte wählen Sie höchstens ${params.limit} Einträge.`;
    case "format":
      return params.format === "email" ? "Bitte geben Sie eine gültige E-Mail-Adresse ein." : "Die Eingabe hat nicht das erwartete Format.";
    case "type":
      return params.type === "integer" || params.type === "number" ? "Bitte geben Sie eine Zahl ein." : "Die Eingabe hat nicht den erwarteten Typ.";
    case "minimum":
      return `Bitte geben Sie eine Zahl ab ${params.limit} ein.`;
    case "maximum":
      return `Bitte geben Sie eine Zahl bis ${count(params.limit)} ein.`;
    default:
      return "Die Eingabe ist ungültig.";
  }
}

function fieldName(error: FastifySchemaValidationError): string {
  const params = error.params;
  if (error.keyword === "required" && typeof params.missingProperty === "string") return params.missingProperty;
  if (error.keyword === "additionalProperties") return String(params.additionalProperty);
  return error.instancePath.split("/").filter(Boolean)[0] ?? "";
}

/** Turns schema validation errors into one German message per field (the first error of each field wins). */
export function translateValidation(errors: readonly FastifySchemaValidationError[] | undefined): FieldErrors {
  const result: FieldErrors = {};
  for (const error of errors ?? []) {
    const name = fieldName(error);
    if (!(name in result)) result[name] = message(error);
  }
  return result;
}

/**
 * The German messages of a form that failed its schema (a route with `attachValidation`), or {}.
 * An invalid path parameter is an address that does not exist: 404, as for an unknown id.
 */
export function formErrors(request: FastifyRequest): FieldErrors {
  const error = request.validationError as (Error & { validation?: FastifySchemaValidationError[]; validationContext?: string }) | undefined;
  if (!error) return {};
  if (error.validationContext === "params") throw notFound();
  return translateValidation(error.validation);
}
