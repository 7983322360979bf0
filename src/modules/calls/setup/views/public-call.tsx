import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, Section } from "../../../../platform/views/components.tsx";
import { berlinParts, formatDay, formatDayWithWeekday } from "../../../../platform/dates.ts";
import { isOpenForApplications, isPublished, type Call } from "../../queries.ts";
import { deadlineSentence, pageTexts, periodSentence, placesSentence, weightSentence } from "../texts.ts";
import { renderMarkdown } from "./markdown.ts";
import { policies as applyingPolicies } from "../../applying/policies.ts";
import type { CurrentUser } from "../../../../platform/auth/current-user.ts";

/** "Bewerbung bis Montag, 31. Mai 2027, 23:59 Uhr". */
export function deadlineWords(deadline: Date): string {
  const { date, time } = berlinParts(deadline);
  return deadlineSentence(formatDayWithWeekday(date), time);
}

/** Why a published call takes no applications any more. */
export const closedWords = (call: Call) => (call.status === "decided" ? pageTexts.decided : pageTexts.deadlinePassed);

function Markdown({ text }: { text: string }) {
  return <div class="k360-markdown kern-stack" dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{label}</dt>
      <dd class="kern-description-list-item__value">{value}</dd>
    </div>
  );
}

/**
 * What happens with applications now: while open, the link to the form for visitors (who sign in on
 * the way) and members of a municipality, and a note for everyone else; else why not (nothing for a draft).
 */
function Apply({ call, now, user }: { call: Call; now: Date; user: CurrentUser | null }) {
  if (!isPublished(call)) return null;
  if (isOpenForApplications(call, now)) {
    return (
      <p class="kern-body">
        <strong>{deadlineWords(call.deadline)}</strong>
        <br />
        {user === null || applyingPolicies.apply(user) ? (
          <a class="kern-btn kern-btn--primary" href={`/ausschreibungen/${call.slug}/bewerbung`}>
            <span class="kern-label">{pageTexts.apply}</span>
          </a>
        ) : (
          pageTexts.onlyMembersApply
        )}
      </p>
    );
  }
  return <Alert kind="info" title={closedWords(call)} />;
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
      <Apply call={call} now={now} user={ctx.user} />
      <Section id="fakten" title={pageTexts.facts}>
        <dl class="kern-description-list">
          <Fact label={pageTexts.period} value={periodSentence(formatDay(call.periodStartsOn), formatDay(call.periodEndsOn))} />
          <Fact label={pageTexts.places} value={placesSentence(call.places)} />
        </dl>
      </Section>
      <Section id="programm" title={pageTexts.forWhom}>
        <Markdown text={call.description} />
      </Section>
      <Section id="kriterien" title={pageTexts.criteria}>
        <ul class="kern-list kern-list--bullet">
          {call.criteria.map((criterion) => (
            <li>
              <strong>{criterion.label}</strong> ({weightSentence(criterion.weight)}): {criterion.description}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="auswahl" title={pageTexts.selection}>
        <Markdown text={call.selection} />
      </Section>
    </Layout>
  );
}
