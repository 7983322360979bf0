import { formatDate } from "../../../../platform/dates.ts";
import type { Publication } from "../queries.ts";
import { mapTexts } from "../texts.ts";

/** The maps a municipality published, as a section of its profile. */
export function ProfileMaps(props: { slug: string; municipalityName: string; publications: Publication[] }) {
  return (
    <section aria-labelledby="planungskarten">
      <h2 class="kern-heading-medium" id="planungskarten">
        {mapTexts.profilePart}
      </h2>
      <p class="kern-body">Karten aus der Jugendhilfeplanung, die {props.municipalityName} veröffentlicht hat.</p>
      <ul class="kern-list">
        {props.publications.map((publication) => (
          <li>
            <a class="kern-link" href={`/kommunen/${props.slug}/karten/${publication.id}`}>
              {publication.title}
            </a>
            , veröffentlicht am {formatDate(publication.publishedAt)}
          </li>
        ))}
      </ul>
    </section>
  );
}
