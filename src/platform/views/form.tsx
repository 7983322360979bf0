import type { ComponentChildren, VNode } from "preact";
import type { FieldErrors } from "../forms.ts";
import { Alert } from "./components.tsx";

interface FieldProps {
  name: string;
  label: string;
  value?: string | number | null;
  errors?: FieldErrors;
  hint?: string;
  optional?: boolean;
  id?: string;
}

function describedBy(id: string, hint?: ComponentChildren, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

function Label({ id, label, optional }: { id: string; label: string; optional?: boolean }) {
  return (
    <label class="kern-label" for={id}>
      {label}
      {optional && <span class="kern-label__optional"> – optional</span>}
    </label>
  );
}

function Hint({ id, hint }: { id: string; hint?: ComponentChildren }) {
  return hint ? (
    <div class="kern-hint" id={`${id}-hint`}>
      {hint}
    </div>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p class="kern-error" id={`${id}-error`}>
      <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
      <span class="kern-body">{error}</span>
    </p>
  ) : null;
}

/** Label, hint, control and error of one form field; the control gets the ids and aria attributes it needs. */
function Field(props: FieldProps & { control: (attrs: ControlAttrs) => VNode }) {
  const id = props.id ?? props.name;
  const error = props.errors?.[props.name];
  const attrs: ControlAttrs = {
    id,
    name: props.name,
    "aria-describedby": describedBy(id, props.hint, error),
    "aria-invalid": error ? "true" : undefined,
    error: Boolean(error),
  };
  return (
    <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <Label id={id} label={props.label} optional={props.optional} />
      <Hint id={id} hint={props.hint} />
      {props.control(attrs)}
      <FieldError id={id} error={error} />
    </div>
  );
}

interface ControlAttrs {
  id: string;
  name: string;
  "aria-describedby": string | undefined;
  "aria-invalid": "true" | undefined;
  error: boolean;
}

const inputClass = (error: boolean) => `kern-form-input__input${error ? " kern-form-input__input--error" : ""}`;

export function TextField(
  props: FieldProps & {
    type?: "text" | "email" | "password" | "url" | "search" | "date" | "number" | "tel";
    autocomplete?: string;
    maxLength?: number;
    required?: boolean;
  },
) {
  return (
    <Field
      {...props}
      control={({ error, ...attrs }) => (
        <input
          {...attrs}
          class={inputClass(error)}
          type={props.type ?? "text"}
          value={props.value ?? ""}
          autocomplete={props.autocomplete}
          maxLength={props.maxLength}
          required={props.required}
        />
      )}
    />
  );
}

export function TextArea(props: FieldProps & { rows?: number; maxLength?: number }) {
  return (
    <Field
      {...props}
      control={({ error, ...attrs }) => (
        <textarea {...attrs} class={inputClass(error)} rows={props.rows ?? 5} maxLength={props.maxLength}>
          {props.value ?? ""}
        </textarea>
      )}
    />
  );
}

/** A file field of an upload form (multipart); the route checks the file's size and content. */
export function FileField(props: FieldProps & { accept: string }) {
  return <Field {...props} control={({ error, ...attrs }) => <input {...attrs} class={inputClass(error)} type="file" accept={props.accept} />} />;
}

export function SelectField(props: FieldProps & { options: Option[] }) {
  return (
    <Field
      {...props}
      control={({ error, ...attrs }) => (
        <div class="kern-form-input__select-wrapper">
          <select {...attrs} class={`kern-form-input__select${error ? " kern-form-input__select--error" : ""}`}>
            {props.options.map((o) => (
              <option value={o.value} selected={String(props.value ?? "") === o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      )}
    />
  );
}

export interface Option {
  value: string;
  label: string;
}

export function CheckboxGroup(props: { name: string; legend: string; options: Option[]; checked: string[]; errors?: FieldErrors; hint?: string }) {
  const error = props.errors?.[props.name];
  return (
    <fieldset class="kern-fieldset" id={props.name} aria-describedby={error ? `${props.name}-error` : undefined}>
      <legend class="kern-label">{props.legend}</legend>
      {props.hint && <div class="kern-hint">{props.hint}</div>}
      <div class="kern-fieldset__body">
        {props.options.map((o, i) => (
          <div class="kern-form-check">
            <input
              class="kern-form-check__checkbox"
              id={`${props.name}-${i + 1}`}
              name={props.name}
              value={o.value}
              type="checkbox"
              checked={props.checked.includes(o.value)}
            />
            <label class="kern-label" for={`${props.name}-${i + 1}`}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
      <FieldError id={props.name} error={error} />
    </fieldset>
  );
}

/**
 * One checkbox. Given `errors` or a hint it is a form field of its own (a consent, a confirmation):
 * hint and message next to it, tied to it by aria-describedby.
 */
export function Checkbox(props: {
  name: string;
  label: string;
  checked: boolean;
  value?: string;
  id?: string;
  hint?: ComponentChildren;
  errors?: FieldErrors;
  required?: boolean;
}) {
  const id = props.id ?? props.name;
  const error = props.errors?.[props.name];
  const check = (
    <div class="kern-form-check">
      <input
        class="kern-form-check__checkbox"
        id={id}
        name={props.name}
        value={props.value ?? "ja"}
        type="checkbox"
        checked={props.checked}
        required={props.required}
        aria-describedby={describedBy(id, props.hint, error)}
        aria-invalid={error ? "true" : undefined}
      />
      <label class="kern-label" for={id}>
        {props.label}
      </label>
    </div>
  );
  if (!props.errors && !props.hint) return check;
  return (
    <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      {check}
      <Hint id={id} hint={props.hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}

/** Shown above a form that came back with errors, linking to each field. */
export function ErrorSummary({ errors, labels }: { errors: FieldErrors; labels: Record<string, string> }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <Alert kind="danger" title="Bitte korrigieren Sie Ihre Angaben" urgent>
      <ul class="kern-list">
        {entries.map(([field, message]) => (
          <li>
            <a class="kern-link" href={`#${field}`}>
              {labels[field] ?? field}: {message}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

export function CsrfField({ token }: { token: string | null }) {
  return <input type="hidden" name="_csrf" value={token ?? ""} />;
}

export function SubmitButton({ label, kind = "primary" }: { label: string; kind?: "primary" | "secondary" | "tertiary" }) {
  return (
    <button type="submit" class={`kern-btn kern-btn--${kind}`}>
      <span class="kern-label">{label}</span>
    </button>
  );
}
