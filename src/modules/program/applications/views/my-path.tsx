import type { EventSummary } from "../../queries/events.ts";

/** A training path whose seat the person took, with its modules. */
export interface TakenPath {
  title: string;
  modules: EventSummary[];
}

/** On "Mein Programm": the modules of each training path whose seat the person took. */
export function MyPaths({ paths }: { paths: TakenPath[] }) {
  return (
    <>
      {paths.map((path) => (
        <>
          <h2 class="kern-heading-medium">Mein Lernpfad: {path.title}</h2>
          {path.modules.length === 0 ? (
            <p class="kern-body">Die Termine der Module stehen noch nicht fest; wir schreiben Ihnen, sobald sie geplant sind.</p>
          ) : (
            <ul class="kern-list">
              {path.modules.map((module) => (
                <li>
                  <a class="kern-link" href={`/termine/${module.id}`}>
                    {module.title}
                  </a>{" "}
                  – {module.days.map((d) => d.date.split("-").reverse().join(".")).join(", ")}
                </li>
              ))}
            </ul>
          )}
        </>
      ))}
    </>
  );
}
