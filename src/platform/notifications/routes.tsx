import type { FastifyInstance } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../http/pages.ts";
import { formErrors } from "../http/validation.ts";
import { requireUser } from "../auth/plugin.ts";
import { Param } from "../http/schemas.ts";
import { Layout } from "../views/layout.tsx";
import { Alert } from "../views/components.tsx";
import { CsrfField, ErrorSummary, SelectField, SubmitButton } from "../views/form.tsx";
import type { PageContext } from "../views/page-context.ts";
import type { FieldErrors } from "../forms.ts";
import { deliveries, type Delivery, type NotificationKind } from "./kinds.ts";
import { preferencesBody, preferencesOf, savePreferences } from "./preferences.ts";
import { deliveryLabels, notificationTexts as texts } from "./texts.ts";

interface PreferencesView {
  rows: { kind: NotificationKind; delivery: string }[];
  errors: FieldErrors;
  saved: boolean;
}

const options = deliveries.map((d) => ({ value: d, label: deliveryLabels[d] }));

function PreferencesPage({ ctx, view }: { ctx: PageContext; view: PreferencesView }) {
  const labels = Object.fromEntries(view.rows.map((r) => [r.kind.key, r.kind.label]));
  return (
    <Layout ctx={ctx} title={texts.title} crumbs={[{ label: "Mein K360", href: "/mein-k360" }, { label: texts.title }]}>
      <h1 class="kern-heading-large">{texts.title}</h1>
      {view.saved && <Alert kind="success" title={texts.saved} />}
      <ErrorSummary errors={view.errors} labels={labels} />
      {view.rows.length === 0 ? (
        <p class="kern-body">{texts.none}</p>
      ) : (
        <form method="post" action="/konto/benachrichtigungen" class="kern-stack" novalidate>
          <p class="kern-body">{texts.intro}</p>
          <CsrfField token={ctx.csrfToken} />
          {view.rows.map((row) => (
            <SelectField name={row.kind.key} label={row.kind.label} value={row.delivery} options={options} errors={view.errors} />
          ))}
          <SubmitButton label={texts.save} />
        </form>
      )}
    </Layout>
  );
}

/** "Benachrichtigungen": each person chooses per kind whether mails come at once, in the daily digest, or not at all. */
export async function notificationRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const kinds = app.deps.notificationKinds;
  const body = preferencesBody(kinds);

  router.get("/konto/benachrichtigungen", { schema: { querystring: Type.Object({ stand: Type.Optional(Param(20)) }) } }, async (request, reply) => {
    const user = requireUser(request);
    const rows = await preferencesOf(db, user, kinds);
    const view = { rows, errors: {}, saved: request.query.stand === "gespeichert" };
    return sendPage(reply, PreferencesPage({ ctx: pageContext(request, reply, { forms: true }), view }));
  });

  router.post("/konto/benachrichtigungen", { attachValidation: true, schema: { body } }, async (request, reply) => {
    const user = requireUser(request);
    const errors = formErrors(request);
    const input = (request.body ?? {}) as Partial<Record<string, Delivery>>;
    if (Object.keys(errors).length) {
      const rows = (await preferencesOf(db, user, kinds)).map((r) => ({
        kind: r.kind,
        delivery: errors[r.kind.key] ? r.delivery : (input[r.kind.key] ?? r.delivery),
      }));
      return sendPage(reply, PreferencesPage({ ctx: pageContext(request, reply, { forms: true }), view: { rows, errors, saved: false } }), 422);
    }
    await savePreferences(db, user, kinds, input);
    return redirectAfterPost(reply, "/konto/benachrichtigungen?stand=gespeichert");
  });
}
