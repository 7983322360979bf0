import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { CheckboxGroup, CsrfField, ErrorSummary, SubmitButton } from "../../../../platform/views/form.tsx";
import { roleLabels, type Role } from "../../../../platform/auth/roles.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { workbenchCrumbs } from "../../views/crumbs.ts";
import { workbenchPath } from "../../routes/access.ts";
import { editorTexts } from "../texts.ts";

export interface EditorsProps {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  /** Members who may edit by their role. */
  byRole: { id: number; name: string; role: Role }[];
  /** Members who need the leader's leave, and whether they have it. */
  staff: { id: number; name: string; allowed: boolean }[];
  notice: string | null;
  errors: FieldErrors;
}

/** The leader ticks the members who may change planning data. */
export function EditorsPage(props: EditorsProps) {
  const { municipality } = props;
  const action = `${workbenchPath(municipality)}/berechtigungen`;
  return (
    <Layout ctx={props.ctx} title={`${editorTexts.title}: ${municipality.name}`} crumbs={workbenchCrumbs(municipality, { label: editorTexts.title })}>
      <h1 class="kern-heading-large">{editorTexts.title}</h1>
      {props.notice && <Alert kind="success" title={props.notice} />}
      <p class="kern-body">{editorTexts.intro}</p>
      <h2 class="kern-heading-medium">{editorTexts.byRole}</h2>
      <ul class="kern-list">
        {props.byRole.map((member) => (
          <li key={member.id}>
            {member.name} ({roleLabels[member.role]})
          </li>
        ))}
      </ul>
      <ErrorSummary errors={props.errors} labels={{ editor: editorTexts.legend }} />
      {props.staff.length === 0 ? (
        <p class="kern-body">{editorTexts.noStaff}</p>
      ) : (
        <form method="post" action={action} class="kern-stack">
          <CsrfField token={props.ctx.csrfToken} />
          <CheckboxGroup
            name="editor"
            legend={editorTexts.legend}
            options={props.staff.map((member) => ({ value: String(member.id), label: member.name }))}
            checked={props.staff.filter((member) => member.allowed).map((member) => String(member.id))}
            errors={props.errors}
          />
          <div>
            <SubmitButton label={editorTexts.save} />
          </div>
        </form>
      )}
    </Layout>
  );
}
