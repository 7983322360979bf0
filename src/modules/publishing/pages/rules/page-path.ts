/** A path on this site ("/termine/3"), safe to prefill and to link; anything else (another host, "//", spaces) is null. */
export function safePagePath(value: string): string | null {
  return value.length <= 500 && /^\/(?!\/)[^\s\\<>"]*$/.test(value) ? value : null;
}
