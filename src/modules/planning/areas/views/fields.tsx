import type { FieldErrors } from "../../../../platform/forms.ts";
import { supportedCrs } from "../rules/crs.ts";

/** The CRS select: empty means the file's own CRS, or WGS84 when its coordinates are degrees. */
export const crsOptions = [
  { value: "", label: "Wie in der Datei angegeben" },
  ...Object.entries(supportedCrs).map(([value, crs]) => ({ value, label: crs.label })),
];

/** A file field with its message; a message of several lines (one per object of the file) becomes a list. */
export function FileField(props: { name: string; label: string; hint: string; accept: string; errors: FieldErrors; id?: string }) {
  const id = props.id ?? props.name;
  const error = props.errors[props.name];
  const lines = error ? error.split("\n") : [];
  return (
    <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label class="kern-label" for={id}>
        {props.label}
      </label>
      <div class="kern-hint" id={`${id}-hint`}>
        {props.hint}
      </div>
      <input
        class={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
        type="file"
        id={id}
        name={props.name}
        accept={props.accept}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? "true" : undefined}
      />
      {error && (
        <div class="kern-error" id={`${id}-error`}>
          <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
          {lines.length === 1 ? (
            <span class="kern-body">{error}</span>
          ) : (
            <ul class="kern-list kern-body">
              {lines.map((line) => (
                <li>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
