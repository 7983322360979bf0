/** Text and attribute values inside SVG markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (sign) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[sign]!);
}

/** A pixel coordinate to one decimal, as short as it gets ("12" rather than "12.0"). */
export const round1 = (value: number) => String(Math.round(value * 10) / 10);
