import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import type { Issue } from "../queries.ts";
import type { NewsletterMail } from "./mail.ts";
import { editorCrumbs } from "./editor.tsx";

/** The e-mail as subscribers get it: sender, subject, headers, the HTML part in a frame and the plain-text part. */
export function MailPreviewPage({ ctx, issue, mail, from }: { ctx: PageContext; issue: Issue; mail: NewsletterMail; from: string }) {
  const base = `/newsletter/redaktion/${issue.id}`;
  return (
    <Layout ctx={ctx} title="Vorschau als E-Mail" crumbs={[...editorCrumbs, { label: `Nr. ${issue.number}`, href: base }, { label: "Vorschau als E-Mail" }]}>
      <h1 class="kern-heading-large">Vorschau als E-Mail</h1>
      <dl class="k360-facts">
        <dt>Von</dt>
        <dd>{from}</dd>
        <dt>Betreff</dt>
        <dd>{mail.subject}</dd>
        {Object.entries(mail.headers).map(([name, value]) => (
          <>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </>
        ))}
      </dl>
      <h2 class="kern-heading-medium">HTML-Fassung</h2>
      {/* The framed document forbids every script by its own CSP; a sandbox attribute would also keep axe out. */}
      <iframe class="k360-mail-frame" src={`${base}/vorschau/email.html`} title={`HTML-Fassung des Newsletters Nr. ${issue.number}`} height="720"></iframe>
      <h2 class="kern-heading-medium">Textfassung</h2>
      <p class="kern-body">Mailprogramme, die kein HTML zeigen, zeigen diesen Text.</p>
      <pre class="k360-mail kern-body">{mail.text}</pre>
    </Layout>
  );
}
