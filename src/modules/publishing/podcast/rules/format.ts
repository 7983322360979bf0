/** "38 Min.", "1 Std. 5 Min.", "9 Sek." as German players and programme guides write it. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} Sek.`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} Min.`;
  return `${Math.floor(minutes / 60)} Std.${minutes % 60 ? ` ${minutes % 60} Min.` : ""}`;
}
