import { formatDay } from "../../../../platform/dates.ts";
import { visibilities } from "../../reference.ts";
import type { Report } from "../queries.ts";
import { profileTexts } from "../texts.ts";

/** The practice reports a municipality published, as far as this reader may read them (a section of its profile). */
export function ProfileReports({ municipalityName, reports }: { municipalityName: string; reports: Report[] }) {
  return (
    <section aria-labelledby="praxisbeispiele">
      <h2 class="kern-heading-medium" id="praxisbeispiele">
        {profileTexts.heading}
      </h2>
      <p class="kern-body">{profileTexts.intro(municipalityName)}</p>
      <ul class="kern-list">
        {reports.map((report) => (
          <li>
            <a class="kern-link" href={`/austausch/berichte/${report.id}`}>
              {report.title}
            </a>
            {report.publishedOn && `, veröffentlicht am ${formatDay(report.publishedOn)}`} ({visibilities[report.visibility].label})
            {report.isExample && ` – ${profileTexts.example}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
