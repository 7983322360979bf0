import type { VNode } from "preact";
import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { Background } from "../queries.ts";
import { applicationTexts, reviewTexts } from "../texts.ts";
import { ApplicationDetails, type ApplicationDetailsProps } from "./application-details.tsx";
import { BackgroundOf } from "./background.tsx";
import { ReviewForm, type ReviewFormProps } from "./review-form.tsx";
import { TeamReviews, type TeamReviewsProps } from "./team-reviews.tsx";
import { reviewCrumbs } from "./parts.tsx";
import { Section } from "../../../../platform/views/components.tsx";

export interface ApplicationPageProps {
  ctx: PageContext;
  call: { id: number; title: string };
  municipality: string;
  notice: string | null;
  details: ApplicationDetailsProps;
  background: Background | null;
  /** What other modules show on the municipality's profile: published maps, practice reports, the tandem. */
  profileParts: VNode[];
  form: Omit<ReviewFormProps, "csrfToken">;
  reviews: TeamReviewsProps;
}

/** One application for the team: what the tandem wrote, the municipality beside it, the reviewer's form and the team's reviews. */
export function ApplicationPage(props: ApplicationPageProps) {
  const title = applicationTexts.title(props.municipality);
  return (
    <Layout ctx={props.ctx} title={title} crumbs={reviewCrumbs(props.call, props.municipality)}>
      <h1 class="kern-heading-large">{title}</h1>
      {props.notice && <Alert kind="success" title={props.notice} />}
      <div class="kern-row">
        <div class="kern-col-12 kern-col-lg-7 kern-stack">
          <ApplicationDetails {...props.details} />
          <Section id="eigene-bewertung" title={reviewTexts.mine} level={2}>
            <ReviewForm {...props.form} csrfToken={props.ctx.csrfToken} />
          </Section>
          <Section id="team-bewertungen" title={reviewTexts.others} level={2}>
            <TeamReviews {...props.reviews} />
          </Section>
        </div>
        <div class="kern-col-12 kern-col-lg-5">{props.background && <BackgroundOf background={props.background} parts={props.profileParts} />}</div>
      </div>
      <p class="kern-body">
        <a class="kern-link" href={`/team/ausschreibungen/${props.call.id}/bewerbungen`}>
          {applicationTexts.back}
        </a>
      </p>
    </Layout>
  );
}
