import type { FieldErrors } from "./forms.ts";

/**
 * What every command returns (ADR 0009): the value it made, or German messages per form field for
 * what only the command can know (a taken address, a full event, an unknown topic). A message for
 * the whole form goes under `form`.
 */
export type CommandResult<T = null> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export const succeeded = <T>(value: T): CommandResult<T> => ({ ok: true, value });
export const refused = <T = never>(errors: FieldErrors): CommandResult<T> => ({ ok: false, errors });
/** A refusal of the whole form, shown above its fields. */
export const refusedForm = <T = never>(message: string): CommandResult<T> => ({ ok: false, errors: { form: message } });

/** Runs a form's command only if the form passed its schema; otherwise the schema's messages are the result. */
export async function unlessInvalid<T>(errors: FieldErrors, command: () => Promise<CommandResult<T>>): Promise<CommandResult<T>> {
  return Object.keys(errors).length > 0 ? refused(errors) : command();
}
