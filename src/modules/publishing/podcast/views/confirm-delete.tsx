import { Checkbox, CsrfField, SubmitButton } from "../../../../platform/views/form.tsx";

export interface ConfirmDeleteProps {
  action: string;
  csrfToken: string | null;
  /** The checkbox's label, naming what goes. */
  confirm: string;
  button: string;
  error?: string;
}

/**
 * A permanent delete asks for a ticked box first, so a stray click deletes nothing: the route answers
 * `bestaetigung` missing with 422 and the error beside the box. The guide's chapters and sections use it too.
 */
export function ConfirmDeleteForm({ action, csrfToken, confirm, button, error }: ConfirmDeleteProps) {
  return (
    <form method="post" action={action} class="kern-stack" novalidate>
      <CsrfField token={csrfToken} />
      <Checkbox name="bestaetigung" label={confirm} checked={false} errors={error ? { bestaetigung: error } : {}} />
      <div>
        <SubmitButton label={button} kind="secondary" />
      </div>
    </form>
  );
}
