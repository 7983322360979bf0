import type { Criterion } from "../../reference.ts";
import { formatDateTime } from "../../../../platform/dates.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { ReviewWithName } from "../queries.ts";
import { weightedScore } from "../rules/score.ts";
import { reviewTexts } from "../texts.ts";
import { formatMean } from "./parts.tsx";

export interface TeamReviewsProps {
  criteria: Criterion[];
  scaleMax: number;
  /** The other reviewers' reviews; null while the reader has not given their own (blind until given). */
  others: ReviewWithName[] | null;
  /** The mean over every review, shown with the others' reviews. */
  mean: number | null;
}

function ReviewCard({ review, criteria, scaleMax }: { review: ReviewWithName; criteria: Criterion[]; scaleMax: number }) {
  return (
    <article class="kern-card">
      <div class="kern-card__container">
        <header class="kern-card__header">
          <hgroup>
            <h3 class="kern-title">{review.reviewerName}</h3>
            <p class="kern-preline">{reviewTexts.given(formatDateTime(review.submittedAt))}</p>
          </hgroup>
        </header>
        <section class="kern-card__body kern-stack">
          <dl class="k360-facts">
            {criteria.map((criterion) => (
              <>
                <dt>{criterion.label}</dt>
                <dd>{criterion.key in review.scores ? reviewTexts.points(review.scores[criterion.key]) : "–"}</dd>
              </>
            ))}
            <dt>{reviewTexts.mean}</dt>
            <dd>{formatMean(weightedScore(criteria, scaleMax, review.scores))}</dd>
            <dt>{reviewTexts.comment}</dt>
            <dd class="k360-lines">{review.comment || "–"}</dd>
          </dl>
        </section>
      </div>
    </article>
  );
}

/** The other reviewers' scores and comments, once the reader has given their own. */
export function TeamReviews(props: TeamReviewsProps) {
  if (props.others === null) return <Alert kind="info" title={reviewTexts.blind} />;
  if (props.others.length === 0) return <p class="kern-body">{reviewTexts.noOthers}</p>;
  return (
    <div class="kern-stack">
      <p class="kern-body">
        {reviewTexts.mean}: <strong>{formatMean(props.mean)}</strong>
      </p>
      {props.others.map((review) => (
        <ReviewCard review={review} criteria={props.criteria} scaleMax={props.scaleMax} />
      ))}
    </div>
  );
}
