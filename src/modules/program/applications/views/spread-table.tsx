import type { Spread } from "../rules/types.ts";

const dimensions: { key: "states" | "perspectives" | "experienceBands" | "municipalityKinds"; label: string }[] = [
  { key: "states", label: "Bundesländer" },
  { key: "perspectives", label: "Arbeitsfelder" },
  { key: "experienceBands", label: "Führungserfahrung" },
  { key: "municipalityKinds", label: "Gebietsarten" },
];

const share = (n: number, of: number) => (of === 0 ? "0 %" : `${Math.round((n / of) * 100)} %`);

function Counts({ n: count, of }: { n: number; of: number }) {
  return (
    <td class="kern-table__cell kern-table__cell--numeric">
      {count} ({share(count, of)})
    </td>
  );
}

/** Pool and group side by side, per dimension; every value of the pool is listed, so gaps in the group show as 0. */
export function SpreadTable({ pool, group }: { pool: Spread; group: Spread }) {
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">Streuung: alle Bewerbungen und die vorgeschlagene Gruppe im Vergleich</caption>
        <thead>
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              Merkmal
            </th>
            <th class="kern-table__header kern-table__header--numeric" scope="col">
              Bewerbungen ({pool.size})
            </th>
            <th class="kern-table__header kern-table__header--numeric" scope="col">
              Gruppe ({group.size})
            </th>
          </tr>
        </thead>
        {dimensions.map((d) => (
          <tbody class="kern-table__body">
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="rowgroup" colSpan={3}>
                {d.label}: {group.distinct[d.key]} von {pool.distinct[d.key]} vertreten
              </th>
            </tr>
            {Object.entries(pool[d.key]).map(([label, n]) => (
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="row">
                  {label}
                </th>
                <Counts n={n} of={pool.size} />
                <Counts n={group[d.key][label] ?? 0} of={group.size} />
              </tr>
            ))}
          </tbody>
        ))}
        <tbody class="kern-table__body">
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="row">
              Tandem: Planungsfachkraft bewirbt sich mit
            </th>
            <Counts n={pool.tandems} of={pool.size} />
            <Counts n={group.tandems} of={group.size} />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
