import { TableHead } from "../../../../platform/views/components.tsx";
import type { Area } from "../../queries.ts";
import type { Problem } from "../rules/geometry.ts";

/** The problems of one area as a list, or "keine". */
export function ProblemList({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return <span>keine</span>;
  return (
    <ul class="kern-list k360-area-problems">
      {problems.map((problem) => (
        <li>{problem.message}</li>
      ))}
    </ul>
  );
}

/** The areas of a cut: key, name, parent, whether there is a surface, the problems. Keys link to the area where `base` is given. */
export function AreaTable(props: { areas: Area[]; caption: string; base?: string }) {
  return (
    <section class="kern-table-responsive" tabIndex={0} aria-label={props.caption}>
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">{props.caption}</caption>
        <TableHead columns={["Schlüssel", "Name", "Oberbezirk", "Geometrie", "Hinweise"]} />
        <tbody class="kern-table__body">
          {props.areas.map((area) => (
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="row">
                {props.base ? (
                  <a class="kern-link" href={`${props.base}/${area.id}`}>
                    {area.key}
                  </a>
                ) : (
                  area.key
                )}
              </th>
              <td class="kern-table__cell">{area.name}</td>
              <td class="kern-table__cell">{area.parentKey ?? "–"}</td>
              <td class="kern-table__cell">{area.geometry ? "ja" : "nein"}</td>
              <td class="kern-table__cell">
                <ProblemList problems={area.problems as Problem[]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
