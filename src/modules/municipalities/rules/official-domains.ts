const domainPattern = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The domains typed into the form (commas, semicolons or spaces between, an "@" in front allowed): the list, or the first one that is none. */
export function parseDomains(text: string): { ok: true; domains: string[] } | { ok: false; invalid: string } {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.replace(/^@/, "").toLowerCase())
    .filter(Boolean);
  const invalid = parts.find((part) => !domainPattern.test(part));
  if (invalid !== undefined) return { ok: false, invalid };
  return { ok: true, domains: [...new Set(parts)] };
}
