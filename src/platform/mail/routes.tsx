import type { FastifyInstance } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Layout } from "../views/layout.tsx";
import type { PageContext } from "../views/page-context.ts";
import { Alert } from "../views/components.tsx";
import { pageContext, sendPage } from "../http/pages.ts";
import { requireRole } from "../auth/plugin.ts";
import { notFound } from "../errors.ts";
import { formatShortDateTime } from "../dates.ts";
import type { OutboxEntry } from "./mailer.ts";

const crumbs = [
  { label: "Startseite", href: "/" },
  { label: "Postausgang", href: "/admin/postausgang" },
];

function OutboxPage({ ctx, entries, usesOutbox }: { ctx: PageContext; entries: OutboxEntry[]; usesOutbox: boolean }) {
  return (
    <Layout ctx={ctx} title="Postausgang" crumbs={[crumbs[0], { label: "Postausgang" }]}>
      <h1 class="kern-heading-large">Postausgang</h1>
      {usesOutbox ? (
        <p class="kern-body">
          Ohne SMTP-Einstellungen verschickt die Plattform keine E-Mails, sondern legt sie hier ab. So lassen sich Anmeldelinks und andere Nachrichten lokal
          nachvollziehen.
        </p>
      ) : (
        <Alert kind="info" title="E-Mails werden per SMTP verschickt und deshalb hier nicht abgelegt." />
      )}
      {entries.length === 0 ? (
        <p class="kern-body">Der Postausgang ist leer.</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="kern-title">{`${entries.length} E-Mails, die neueste zuerst`}</caption>
            <thead>
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  Zeit
                </th>
                <th class="kern-table__header" scope="col">
                  An
                </th>
                <th class="kern-table__header" scope="col">
                  Betreff
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {entries.map((e) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">{formatShortDateTime(new Date(e.sentAt))}</td>
                  <td class="kern-table__cell">{e.to}</td>
                  <td class="kern-table__cell">
                    <a class="kern-link" href={`/admin/postausgang/${e.id}`}>
                      {e.subject}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

function MailPage({ ctx, entry }: { ctx: PageContext; entry: OutboxEntry }) {
  return (
    <Layout ctx={ctx} title={entry.subject} crumbs={[...crumbs, { label: entry.subject }]}>
      <h1 class="kern-heading-large">{entry.subject}</h1>
      <dl class="k360-facts">
        <dt>Von</dt>
        <dd>{entry.from}</dd>
        <dt>An</dt>
        <dd>{entry.to}</dd>
        <dt>Zeit</dt>
        <dd>{formatShortDateTime(new Date(entry.sentAt))}</dd>
      </dl>
      <h2 class="kern-heading-small">Text</h2>
      <pre class="k360-mail kern-body">{entry.text}</pre>
    </Layout>
  );
}

export async function outboxRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { mailer } = app.deps;
  router.get("/admin/postausgang", async (request, reply) => {
    requireRole(request, "admin");
    return sendPage(reply, OutboxPage({ ctx: pageContext(request, reply), entries: await mailer.outbox(), usesOutbox: mailer.usesOutbox }));
  });
  router.get("/admin/postausgang/:id", { schema: { params: Type.Object({ id: Type.String({ maxLength: 60 }) }) } }, async (request, reply) => {
    requireRole(request, "admin");
    const entry = (await mailer.outbox()).find((e) => e.id === request.params.id);
    if (!entry) throw notFound("Die E-Mail");
    return sendPage(reply, MailPage({ ctx: pageContext(request, reply), entry }));
  });
}
