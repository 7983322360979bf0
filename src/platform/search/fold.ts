/**
 * Folds a name for search: lower case, umlauts and ß and their spelled-out forms (ae, oe, ue, ss)
 * to one form, punctuation to spaces. "Frankfurt (Oder)" → "frankfurt oder", "Münster"/"Muenster" → "munster".
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("ß", "ss")
    .replaceAll("ä", "a")
    .replaceAll("ö", "o")
    .replaceAll("ü", "u")
    .replaceAll("ae", "a")
    .replaceAll("oe", "o")
    .replaceAll("ue", "u")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
