import { Badge } from "../../views/parts.tsx";
import type { Persona } from "../queries.ts";

export const personasCrumb = { label: "Personas", href: "/austausch/personas" };

/** Whether a persona is an invented example, and who sees it besides its municipality. */
export function PersonaBadges({ p: persona }: { p: Persona }) {
  return (
    <p class="kern-body">
      {persona.isExample && <Badge kind="warning">Beispiel</Badge>}{" "}
      {persona.shared ? <Badge kind="success">Mit der Kohorte geteilt</Badge> : <Badge kind="info">Nur für die eigene Kommune</Badge>}
    </p>
  );
}
