import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { berlinParts, formatDay, formatDayWithWeekday } from "../../../../platform/dates.ts";
import { isOpenForApplications, isPublished, type Call } from "../../queries.ts";
import { deadlineSentence, pageTexts, periodSentence, placesSentence, weightSentence } from "../texts.ts";
import { renderMarkdown } from "./markdown.ts";

/** "Bewerbung bis Montag, 31. Mai 2027, 23:59 Uhr". */
export function deadlineWords(deadline: Date): string {
  const { date, time } = berlinParts(deadline);
  return deadlineSentence(formatDayWithWeekday(date), time);
}

function Markdown({ text }: { text: string }) {
  return <div class="k360-markdown kern-stack" dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />;
}

/** What happens with applications now: the link to the form while open, else why not. */
function Apply({ call, now }: { call: Call; now: Date }) {
  if (isOpenForApplications(call, now)) {
    return (
      <p class="kern-body">
        <strong>{deadlineWords(call.deadline)}</strong>
        <br />
        <a class="kern-btn kern-btn--primary" href={`/ausschreibungen/${call.slug}/bewerbung`}>
          <span class="kern-label">{pageTexts.apply}</span>
        </a>
      </p>
    );
  }
  return <Alert kind="info" title={call.status === "decided" ? pageTexts.decided : pageTexts.deadlinePassed} />;
}

/** The public page of a call: the program, the criteria in plain words, the selection, the dates and how to apply. */
export function PublicCallPage({ ctx, call, now }: { ctx: PageContext; call: Call; now: Date }) {
  return (
    <Layout
      ctx={ctx}
      title={call.title}
      crumbs={[{ label: "Startseite", href: "/" }, { label: pageTexts.publicTitle, href: "/ausschreibungen" }, { label: call.title }]}
    >
      {!isPublished(call) && <Alert kind="warning" title={pageTexts.draftNote} />}
      <h1 class="kern-heading-large">{call.title}</h1>
      <Apply call={call} now={now} />
      <section class="kern-stack" aria-labelledby="fakten">
        <h2 class="kern-heading-medium" id="fakten">
          {pageTexts.facts}
        </h2>
        <dl class="kern-description-list">
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{pageTexts.period}</dt>
            <dd class="kern-description-list-item__value">{periodSentence(formatDay(call.periodStartsOn), formatDay(call.periodEndsOn))}</dd>
          </div>
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{pageTexts.places}</dt>
            <dd class="kern-description-list-item__value">{placesSentence(call.places)}</dd>
          </div>
        </dl>
      </section>
      <section class="kern-stack" aria-labelledby="programm">
        <h2 class="kern-heading-medium" id="programm">
          {pageTexts.forWhom}
        </h2>
        <Markdown text={call.description} />
      </section>
      <section class="kern-stack" aria-labelledby="kriterien">
        <h2 class="kern-heading-medium" id="kriterien">
          {pageTexts.criteria}
        </h2>
        <ul class="kern-list kern-list--bullet">
          {call.criteria.map((criterion) => (
            <li>
              <strong>{criterion.label}</strong> ({weightSentence(criterion.weight)}): {criterion.description}
            </li>
          ))}
        </ul>
      </section>
      <section class="kern-stack" aria-labelledby="auswahl">
        <h2 class="kern-heading-medium" id="auswahl">
          {pageTexts.selection}
        </h2>
        <Markdown text={call.selection} />
      </section>
    </Layout>
  );
}
