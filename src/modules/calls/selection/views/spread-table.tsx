import type { Spread, SpreadDimension } from "../rules/types.ts";
import { formatScore } from "../rules/reasons.ts";
import { columns, pageTexts, spreadLabels } from "../texts.ts";

const dimensions: SpreadDimension[] = ["lands", "regions", "kinds", "sizeClasses", "topics", "stages"];
const share = (count: number, of: number) => (of === 0 ? "0 %" : `${Math.round((count / of) * 100)} %`);

function Counts({ count, of }: { count: number; of: number }) {
  return (
    <td class="kern-table__cell kern-table__cell--numeric">
      {count} ({share(count, of)})
    </td>
  );
}

/** Pool and proposed cohort side by side per dimension; every value of the pool is listed, so a gap in the cohort shows as 0. */
export function SpreadTable({ pool, group }: { pool: Spread; group: Spread }) {
  const distinct = (spread: Spread, dimension: SpreadDimension) => Object.keys(spread.counts[dimension]).filter((k) => k !== "unbekannt").length;
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">{pageTexts.spreadCaption}</caption>
        <thead>
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              {columns.feature}
            </th>
            <th class="kern-table__header kern-table__header--numeric" scope="col">
              {columns.pool(pool.size)}
            </th>
            <th class="kern-table__header kern-table__header--numeric" scope="col">
              {columns.group(group.size)}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="row">
              {spreadLabels.meanScore}
            </th>
            <td class="kern-table__cell kern-table__cell--numeric">{pool.meanScore === null ? "–" : formatScore(pool.meanScore)}</td>
            <td class="kern-table__cell kern-table__cell--numeric">{group.meanScore === null ? "–" : formatScore(group.meanScore)}</td>
          </tr>
        </tbody>
        {dimensions.map((dimension) => (
          <tbody class="kern-table__body">
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="rowgroup" colSpan={3}>
                {spreadLabels[dimension]}: {distinct(group, dimension)} von {distinct(pool, dimension)} vertreten
              </th>
            </tr>
            {Object.entries(pool.counts[dimension]).map(([label, count]) => (
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="row">
                  {label}
                </th>
                <Counts count={count} of={pool.size} />
                <Counts count={group.counts[dimension][label] ?? 0} of={group.size} />
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
