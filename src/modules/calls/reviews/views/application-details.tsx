import { formatDateTime } from "../../../../platform/dates.ts";
import { planningStages, tandemRoles, type Question } from "../../reference.ts";
import type { CallTandemMember } from "../../queries.ts";
import type { findSubmittedApplication } from "../queries.ts";
import { applicationTexts as texts } from "../texts.ts";

export type ShownApplication = NonNullable<Awaited<ReturnType<typeof findSubmittedApplication>>>;

export interface ApplicationDetailsProps {
  application: ShownApplication;
  tandem: CallTandemMember[];
  questions: Question[];
  topicLabels: Map<string, string>;
  letterHref: string;
}

const label = <T extends Record<string, string>>(vocabulary: T, key: string) => (key in vocabulary ? vocabulary[key as keyof T] : key);

function Tandem({ tandem }: { tandem: CallTandemMember[] }) {
  return (
    <section class="kern-stack" aria-labelledby="bewerbung-tandem">
      <h2 class="kern-heading-medium" id="bewerbung-tandem">
        {texts.tandem}
      </h2>
      <dl class="k360-facts">
        {tandem.map((member) => (
          <>
            <dt>{label(tandemRoles, member.role)}</dt>
            <dd>
              {member.name}
              {member.jobTitle && `, ${member.jobTitle}`} ({member.email}; {member.confirmedAt ? texts.confirmed : texts.unconfirmed})
            </dd>
          </>
        ))}
      </dl>
    </section>
  );
}

function Commitments({ application }: { application: ShownApplication }) {
  const { commitment } = application;
  const promised = (Object.keys(texts.commitments) as (keyof typeof texts.commitments)[]).filter((key) => commitment[key]);
  return (
    <ul class="kern-list">
      {promised.map((key) => (
        <li>{texts.commitments[key]}</li>
      ))}
      <li>{texts.hours(commitment.hoursPerMonth)}</li>
    </ul>
  );
}

function Answers({ questions, answers }: { questions: Question[]; answers: Record<string, string> }) {
  if (questions.length === 0) return null;
  return (
    <section class="kern-stack" aria-labelledby="bewerbung-fragen">
      <h2 class="kern-heading-medium" id="bewerbung-fragen">
        {texts.answers}
      </h2>
      <dl class="k360-facts">
        {questions.map((question) => (
          <>
            <dt>{question.label}</dt>
            <dd class="k360-lines">{answers[question.key] || texts.noAnswer}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}

function Letter({ name, href }: { name: string | null; href: string }) {
  return (
    <section class="kern-stack" aria-labelledby="bewerbung-schreiben">
      <h2 class="kern-heading-medium" id="bewerbung-schreiben">
        {texts.letter}
      </h2>
      <p class="kern-body">
        {name ? (
          <a class="kern-link" href={href} download>
            {texts.download(name)}
          </a>
        ) : (
          texts.noLetter
        )}
      </p>
    </section>
  );
}

/** What the municipality's tandem wrote, for the team's review. */
export function ApplicationDetails(props: ApplicationDetailsProps) {
  const { application } = props;
  return (
    <div class="kern-stack">
      <p class="kern-body">
        {texts.submitted}: {application.submittedAt ? formatDateTime(application.submittedAt) : "–"}
      </p>
      <Tandem tandem={props.tandem} />
      <section class="kern-stack" aria-labelledby="bewerbung-vorhaben">
        <h2 class="kern-heading-medium" id="bewerbung-vorhaben">
          {texts.project}
        </h2>
        <dl class="k360-facts">
          <dt>{texts.projectTitle}</dt>
          <dd>{application.projectTitle}</dd>
          <dt>{texts.summary}</dt>
          <dd class="k360-lines">{application.projectSummary}</dd>
          <dt>{texts.topics}</dt>
          <dd>{application.projectTopics.map((slug) => props.topicLabels.get(slug) ?? slug).join(", ") || "–"}</dd>
          <dt>{texts.stage}</dt>
          <dd>{label(planningStages, application.planningStage) || "–"}</dd>
          <dt>{texts.situation}</dt>
          <dd class="k360-lines">{application.situation}</dd>
          <dt>{texts.expectations}</dt>
          <dd class="k360-lines">{application.expectations}</dd>
          <dt>{texts.commitment}</dt>
          <dd>
            <Commitments application={application} />
          </dd>
        </dl>
      </section>
      <Answers questions={props.questions} answers={application.answers} />
      <Letter name={application.letterName} href={props.letterHref} />
    </div>
  );
}
