/** Formatters are costly to build (toLocaleString builds one per call), so each precision gets one, made once. */
const numberFormats = new Map<number, Intl.NumberFormat>();

/** A number as read in Germany: "12.345", "1.234,5". */
export function formatNumber(value: number, digits = 0): string {
  let format = numberFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat("de-DE", { maximumFractionDigits: digits, minimumFractionDigits: digits });
    numberFormats.set(digits, format);
  }
  return format.format(value);
}
