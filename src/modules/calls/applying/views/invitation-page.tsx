import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { CsrfField, SubmitButton } from "../../../../platform/views/form.tsx";
import { tandemRoles, type TandemRole } from "../../reference.ts";

/** The invited partner's page behind the mailed link: which call, which role, and the button that confirms the seat. */
export function InvitationPage(props: { ctx: PageContext; call: { title: string; slug: string }; municipality: string; role: string; action: string }) {
  const { call } = props;
  return (
    <Layout
      ctx={props.ctx}
      title={`Einladung ins Tandem: ${call.title}`}
      crumbs={[{ label: "Startseite", href: "/" }, { label: call.title, href: `/ausschreibungen/${call.slug}` }, { label: "Einladung" }]}
    >
      <h1 class="kern-heading-large">Einladung ins Tandem</h1>
      <p class="kern-body">
        {props.municipality} bewirbt sich um „{call.title}“. Sie sind im Tandem genannt, in der Rolle:{" "}
        <strong>{tandemRoles[props.role as TandemRole] ?? props.role}</strong>.
      </p>
      <p class="kern-body">Wenn Sie bestätigen, sehen und bearbeiten Sie die Bewerbung mit und reichen sie gemeinsam ein.</p>
      <form method="post" action={props.action}>
        <CsrfField token={props.ctx.csrfToken} />
        <SubmitButton label="Teilnahme bestätigen" />
      </form>
    </Layout>
  );
}
