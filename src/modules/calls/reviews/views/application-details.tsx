import { formatDateTime } from "../../../../platform/dates.ts";
import { planningStages, tandemRoles, type Question } from "../../reference.ts";
import type { CallTandemMember } from "../../queries.ts";
import type { findSubmittedApplication } from "../queries.ts";
import { applicationTexts as texts } from "../texts.ts";
import { Section } from "../../../../platform/views/components.tsx";

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
    <Section id="bewerbung-tandem" title={texts.tandem} level={2}>
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
    </Section>
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
    <Section id="bewerbung-fragen" title={texts.answers} level={2}>
      <dl class="k360-facts">
        {questions.map((question) => (
          <>
            <dt>{question.label}</dt>
            <dd class="k360-lines">{answers[question.key] || texts.noAnswer}</dd>
          </>
        ))}
      </dl>
    </Section>
  );
}

function Letter({ name, href }: { name: string | null; href: string }) {
  return (
    <Section id="bewerbung-schreiben" title={texts.letter} level={2}>
      <p class="kern-body">
        {name ? (
          <a class="kern-link" href={href} download>
            {texts.download(name)}
          </a>
        ) : (
          texts.noLetter
        )}
      </p>
    </Section>
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
      <Section id="bewerbung-vorhaben" title={texts.project} level={2}>
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
      </Section>
      <Answers questions={props.questions} answers={application.answers} />
      <Letter name={application.letterName} href={props.letterHref} />
    </div>
  );
}
