import { Badge } from "../../views/parts.tsx";
import type { Persona } from "../queries.ts";

export const personasCrumb = { label: "Personas", href: "/austausch/personas" };

/** Whether a persona is an invented example, and who sees it besides its municipality. */
export function PersonaBadges({ p }: { p: Persona }) {
  return (
    <p class="kern-body">
      {p.isExample && <Badge kind="warning">Beispiel</Badge>}{" "}
      {p.shared ? <Badge kind="success">Mit der Kohorte geteilt</Badge> : <Badge kind="info">Nur für die eigene Kommune</Badge>}
    </p>
  );
}
