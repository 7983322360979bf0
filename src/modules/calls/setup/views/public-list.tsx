import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { isOpenForApplications, type Call } from "../../queries.ts";
import { pageTexts } from "../texts.ts";
import { closedWords, deadlineWords } from "./public-call.tsx";

/** The published calls: open ones first, then decided ones. */
export function PublicCallsPage({ ctx, calls, now }: { ctx: PageContext; calls: Call[]; now: Date }) {
  return (
    <Layout ctx={ctx} title={pageTexts.publicTitle} crumbs={[{ label: "Startseite", href: "/" }, { label: pageTexts.publicTitle }]}>
      <h1 class="kern-heading-large">{pageTexts.publicTitle}</h1>
      <p class="kern-body">{pageTexts.publicIntro}</p>
      {calls.length === 0 ? (
        <p class="kern-body">{pageTexts.noPublished}</p>
      ) : (
        <div class="kern-stack">
          {calls.map((call) => (
            <article class="kern-card kern-card--interactive">
              <div class="kern-card__container">
                <header class="kern-card__header">
                  <hgroup>
                    <h2 class="kern-title">
                      <a class="kern-link kern-link--stretched" href={`/ausschreibungen/${call.slug}`}>
                        {call.title}
                      </a>
                    </h2>
                    <p class="kern-preline">{isOpenForApplications(call, now) ? deadlineWords(call.deadline) : closedWords(call)}</p>
                  </hgroup>
                </header>
              </div>
            </article>
          ))}
        </div>
      )}
    </Layout>
  );
}
