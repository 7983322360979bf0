import type { FastifyInstance } from "fastify";
import { pageContext, sendPage } from "../http/pages.ts";
import { requireUser } from "../auth/plugin.ts";
import { Layout } from "../views/layout.tsx";
import type { PageContext } from "../views/page-context.ts";
import type { StartPanelContent } from "./panels.ts";
import { startTexts } from "./texts.ts";

function Panel({ panel, ctx, index }: { panel: StartPanelContent; ctx: PageContext; index: number }) {
  const id = `bereich-${index}`;
  return (
    <section class="kern-card" aria-labelledby={id}>
      <div class="kern-card__container">
        <header class="kern-card__header">
          <h2 class="kern-title" id={id}>
            {panel.heading}
          </h2>
        </header>
        <div class="kern-card__body">
          {panel.items.length === 0 ? (
            <p class="kern-body">{panel.empty}</p>
          ) : (
            <ul class="kern-list">
              {panel.items.map((item) => (
                <li>
                  <a class="kern-link" href={item.href}>
                    {item.label}
                  </a>
                  {item.detail && <span class="kern-body"> – {item.detail}</span>}
                  {item.action && (
                    <form class="k360-inline-form" method="post" action={item.action.url}>
                      <input type="hidden" name="_csrf" value={ctx.csrfToken ?? ""} />
                      <button type="submit" class="kern-btn kern-btn--secondary">
                        <span class="kern-label">{item.action.label}</span>
                      </button>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        {panel.more && (
          <footer class="kern-card__footer">
            <a class="kern-link" href={panel.more.href}>
              {panel.more.label}
            </a>
          </footer>
        )}
      </div>
    </section>
  );
}

function StartPage({ ctx, panels }: { ctx: PageContext; panels: StartPanelContent[] }) {
  return (
    <Layout ctx={ctx} title={startTexts.title} crumbs={[{ label: "Startseite", href: "/" }, { label: startTexts.title }]}>
      <h1 class="kern-heading-large">{startTexts.title}</h1>
      <p class="kern-body">{startTexts.intro}</p>
      <div class="kern-stack">
        {panels.length === 0 ? <p class="kern-body">{startTexts.nothing}</p> : panels.map((panel, i) => <Panel panel={panel} ctx={ctx} index={i + 1} />)}
      </div>
      <p class="kern-body">
        <a class="kern-link" href="/konto/benachrichtigungen">
          {startTexts.notifications}
        </a>
      </p>
    </Layout>
  );
}

/** "Mein K360": the panels the modules declare, each for the users it is meant for, in their order. */
export async function startRoutes(app: FastifyInstance) {
  const { db } = app.deps.database;
  app.get("/mein-k360", async (request, reply) => {
    const user = requireUser(request);
    const shown = app.deps.startPanels.filter((p) => p.shownTo(user)).sort((a, b) => a.order - b.order);
    const loaded = await Promise.all(shown.map((p) => p.load(db, user)));
    const panels = loaded.filter((p): p is StartPanelContent => p !== null);
    return sendPage(reply, StartPage({ ctx: pageContext(request, reply, { forms: true }), panels }));
  });
}
