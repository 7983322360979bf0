import { sections } from "../texts.ts";

/** The workbench's own navigation, on every workbench page; the current section is marked for screen readers. */
export function PlanningNav(props: { base: string; current: (typeof sections)[number]["path"] }) {
  return (
    <nav class="k360-subnav" aria-label="Planung">
      <ul class="kern-list kern-list--horizontal">
        {sections.map((section) => (
          <li key={section.path}>
            <a class="kern-link" href={`${props.base}${section.path}`} aria-current={section.path === props.current ? "page" : undefined}>
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
