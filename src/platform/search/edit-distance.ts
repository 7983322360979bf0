// Typo tolerance: how far apart two terms are, and which known terms a misspelt one may mean.

/** Optimal string alignment distance (edits and swaps of neighbours); `max + 1` as soon as it is certain to exceed `max`. */
export function damerauLevenshtein(left: string, right: string, max: number): number {
  if (Math.abs(left.length - right.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let at = 1; at <= left.length; at++) {
    const row = [at];
    for (let column = 1; column <= right.length; column++) {
      let distance = Math.min(previous[column] + 1, row[column - 1] + 1, previous[column - 1] + (left[at - 1] === right[column - 1] ? 0 : 1));
      if (at > 1 && column > 1 && left[at - 1] === right[column - 2] && left[at - 2] === right[column - 1])
        distance = Math.min(distance, before[column - 2] + 1);
      row.push(distance);
    }
    // A row is never below the smallest value of the row before it, so nothing can come back under max.
    if (Math.min(...row) > max) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[right.length], max + 1);
}

/** How many typos a term of this length may hold: none up to 4 letters, 1 up to 8, then 2. */
function allowedDistance(length: number): number {
  return length <= 4 ? 0 : length <= 8 ? 1 : 2;
}

/** The candidates within the allowed distance of a term, nearest first (ties keep the candidates' order). */
export function closestTerms(term: string, candidates: Iterable<string>, maxDistance = allowedDistance(term.length)): string[] {
  const found: { candidate: string; distance: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const distance = damerauLevenshtein(term, candidate, maxDistance);
    if (distance <= maxDistance) found.push({ candidate, distance });
  }
  return found.sort((x, y) => x.distance - y.distance).map((f) => f.candidate);
}
