import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextField } from "../../../../platform/views/form.tsx";
import { isRole, memberRoles, roleLabels } from "../../../../platform/auth/roles.ts";
import { valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import type { Member } from "../queries.ts";
import { memberLabels } from "../texts.ts";

export interface MembersProps {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  members: Member[];
  /** The signed-in user, who can neither change their own role nor remove themselves. */
  selfId: number;
  notice: string | null;
  values: FormValues;
  errors: FieldErrors;
}

const roleOptions = memberRoles.map((role) => ({ value: role, label: roleLabels[role] }));
const roleLabel = (role: string) => (isRole(role) ? roleLabels[role] : role);

function MemberRow({ member, base, props }: { member: Member; base: string; props: MembersProps }) {
  const self = member.id === props.selfId;
  return (
    <tr class="kern-table__row">
      <th class="kern-table__header" scope="row">
        {member.name}
        {self && " (Sie)"}
      </th>
      <td class="kern-table__cell">{member.email}</td>
      <td class="kern-table__cell">{member.invited ? "Eingeladen, Konto noch nicht eingerichtet" : "Konto eingerichtet"}</td>
      <td class="kern-table__cell">
        {self ? (
          roleLabel(member.role)
        ) : (
          <form method="post" action={`${base}/${member.id}/rolle`} class="kern-stack">
            <CsrfField token={props.ctx.csrfToken} />
            <SelectField name="role" id={`role-${member.id}`} label={`Rolle von ${member.name}`} value={member.role} options={roleOptions} />
            <SubmitButton label="Rolle ändern" kind="secondary" />
          </form>
        )}
      </td>
      <td class="kern-table__cell">
        {!self && (
          <form method="post" action={`${base}/${member.id}/entfernen`}>
            <CsrfField token={props.ctx.csrfToken} />
            <SubmitButton label={`${member.name} entfernen`} kind="tertiary" />
          </form>
        )}
      </td>
    </tr>
  );
}

/** A municipality's members, for its leader and the team: list, invite, change role, remove. */
export function MembersPage(props: MembersProps) {
  const { municipality, values, errors } = props;
  const base = `/kommunen/${municipality.slug}/mitglieder`;
  const crumbs = [
    { label: "Startseite", href: "/" },
    { label: "Kommunen", href: "/kommunen" },
    { label: municipality.name, href: `/kommunen/${municipality.slug}` },
    { label: "Mitglieder" },
  ];
  return (
    <Layout ctx={props.ctx} title={`Mitglieder: ${municipality.name}`} crumbs={crumbs}>
      <h1 class="kern-heading-large">Mitglieder: {municipality.name}</h1>
      {props.notice && <Alert kind="success" title={props.notice} />}
      <div class="kern-table-responsive">
        <table class="kern-table kern-table--striped">
          <caption class="kern-title">Konten dieser Kommune</caption>
          <TableHead columns={["Name", "E-Mail-Adresse", "Stand", "Rolle", "Entfernen"]} />
          <tbody class="kern-table__body">
            {props.members.map((member) => (
              <MemberRow member={member} base={base} props={props} />
            ))}
          </tbody>
        </table>
      </div>
      <h2 class="kern-heading-medium" id="einladen">
        Person einladen
      </h2>
      <p class="kern-body">Die Person erhält eine E-Mail mit einem Link, der 7 Tage gültig ist. Damit richtet sie ihr Konto für {municipality.name} ein.</p>
      <ErrorSummary errors={errors} labels={memberLabels} />
      <form method="post" action={`${base}/einladen`} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextField name="name" label={memberLabels.name} value={valueText(values, "name")} errors={errors} maxLength={120} />
        <TextField name="email" type="email" label={memberLabels.email} value={valueText(values, "email")} errors={errors} />
        <SelectField name="role" label={memberLabels.role} value={valueText(values, "role") || "staff"} options={roleOptions} errors={errors} />
        <div>
          <SubmitButton label="Einladung senden" />
        </div>
      </form>
    </Layout>
  );
}
