import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { CsrfField, SubmitButton, TextArea } from "../../../../platform/views/form.tsx";
import { isRole, roleLabels } from "../../../../platform/auth/roles.ts";
import { formatDateTime } from "../../../../platform/dates.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import type { OpenRequest } from "../queries.ts";

export interface TeamListProps {
  ctx: PageContext;
  requests: OpenRequest[];
  notice: string | null;
  /** The request whose decline form failed, with its messages and the text typed. */
  failed?: { id: number; errors: FieldErrors; reason: string };
}

function RequestCard({ request, ctx, failed }: { request: OpenRequest; ctx: PageContext; failed?: TeamListProps["failed"] }) {
  const errors = failed?.id === request.id ? failed.errors : {};
  return (
    <article class="kern-card" aria-labelledby={`anfrage-${request.id}`}>
      <div class="kern-card__container">
        <header class="kern-card__header">
          <h2 class="kern-title" id={`anfrage-${request.id}`}>
            {request.name}
          </h2>
        </header>
        <section class="kern-card__body kern-stack">
          {errors.form && <Alert kind="danger" title={errors.form} urgent />}
          <dl class="k360-facts">
            <dt>E-Mail-Adresse</dt>
            <dd>{request.email}</dd>
            <dt>Kommune</dt>
            <dd>
              <a class="kern-link" href={`/kommunen/${request.municipalitySlug}/mitglieder`}>
                {request.municipality}
              </a>
            </dd>
            <dt>Rolle</dt>
            <dd>{isRole(request.role) ? roleLabels[request.role] : request.role}</dd>
            <dt>Nachricht</dt>
            <dd class="k360-lines">{request.note || "–"}</dd>
            <dt>Eingegangen</dt>
            <dd>{formatDateTime(request.createdAt)}</dd>
          </dl>
          <form method="post" action={`/admin/zugangsanfragen/${request.id}/freigeben`}>
            <CsrfField token={ctx.csrfToken} />
            <SubmitButton label={`Freigeben: ${request.name}`} />
          </form>
          <form method="post" action={`/admin/zugangsanfragen/${request.id}/ablehnen`} class="kern-stack" novalidate>
            <CsrfField token={ctx.csrfToken} />
            <TextArea
              name="reason"
              id={`reason-${request.id}`}
              label="Grund der Ablehnung"
              hint="Die Person erhält ihn per E-Mail."
              value={failed?.id === request.id ? failed.reason : ""}
              errors={errors}
              rows={3}
              maxLength={1000}
            />
            <div>
              <SubmitButton label={`Ablehnen: ${request.name}`} kind="secondary" />
            </div>
          </form>
        </section>
      </div>
    </article>
  );
}

/** The team's list of access requests that are not at an official domain. */
export function TeamListPage(props: TeamListProps) {
  return (
    <Layout ctx={props.ctx} title="Zugangsanfragen" crumbs={[{ label: "Startseite", href: "/" }, { label: "Zugangsanfragen" }]}>
      <h1 class="kern-heading-large">Zugangsanfragen</h1>
      {props.notice && <Alert kind="success" title={props.notice} />}
      <p class="kern-body">
        Hier stehen Anfragen von Adressen, die nicht bei einer offiziellen Domain der Kommune liegen. Anfragen von offiziellen Adressen bestätigen die Personen
        selbst per E-Mail.
      </p>
      {props.requests.length === 0 ? (
        <p class="kern-body">Zurzeit wartet keine Anfrage.</p>
      ) : (
        <div class="kern-stack">
          {props.requests.map((request) => (
            <RequestCard request={request} ctx={props.ctx} failed={props.failed} />
          ))}
        </div>
      )}
    </Layout>
  );
}
