import { planningStages, type PlanningStage, type Question } from "../../reference.ts";
import type { CallApplication } from "../../queries.ts";
import { commitmentLabels, fieldLabels } from "../texts.ts";

function Entry({ label, text }: { label: string; text: string }) {
  return (
    <>
      <dt class="kern-label">{label}</dt>
      <dd class="kern-body k360-lines">{text || "–"}</dd>
    </>
  );
}

/** What the application says, read-only: after submitting or after the deadline. */
export function ApplicationSummary(props: { application: CallApplication; questions: Question[]; topics: { slug: string; label: string }[] }) {
  const { application } = props;
  const { commitment } = application;
  const topicLabels = application.projectTopics.map((slug) => props.topics.find((t) => t.slug === slug)?.label ?? slug);
  const promised = (Object.keys(commitmentLabels) as (keyof typeof commitmentLabels)[]).filter((key) => commitment[key]).map((key) => commitmentLabels[key]);
  return (
    <section class="kern-stack" aria-labelledby="angaben">
      <h2 class="kern-heading-medium" id="angaben">
        Ihre Angaben
      </h2>
      <dl class="kern-stack">
        <Entry label={fieldLabels.projectTitle} text={application.projectTitle} />
        <Entry label={fieldLabels.projectSummary} text={application.projectSummary} />
        <Entry label={fieldLabels.projectTopics} text={topicLabels.join(", ")} />
        <Entry label={fieldLabels.planningStage} text={planningStages[application.planningStage as PlanningStage] ?? ""} />
        <Entry label={fieldLabels.situation} text={application.situation} />
        <Entry label={fieldLabels.expectations} text={application.expectations} />
        <Entry label="Zusagen" text={[...promised, `${commitment.hoursPerMonth} Stunden im Monat`].join("\n")} />
        {props.questions.map((question) => (
          <Entry label={question.label} text={application.answers[question.key] ?? ""} />
        ))}
      </dl>
    </section>
  );
}
