// The excerpt shown under a search result: the window with the most distinct search terms.
import { analyze } from "./german.ts";

/** Plain text; the caller escapes it. */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

interface Hit {
  start: number;
  end: number;
  terms: string[];
}

const ELLIPSIS = "…";
const SPACE = /\s/;

/** Words whose term or one of whose parts is searched for; an implied word marks the word it completes. */
function hitsIn(text: string, terms: Set<string>): Hit[] {
  const hits: Hit[] = [];
  for (const token of analyze(text)) {
    const matched = [token.term, ...token.parts].filter((t) => terms.has(t));
    if (matched.length === 0) continue;
    const last = hits[hits.length - 1];
    if (last?.start === token.start) last.terms.push(...matched);
    else hits.push({ start: token.start, end: token.end, terms: matched });
  }
  return hits;
}

/** The run of hits spanning at most `budget` characters with the most distinct terms, as [first, last]. */
function bestRun(hits: Hit[], budget: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestCount = 0;
  for (let first = 0; first < hits.length; first++) {
    const seen = new Set<string>();
    let last = first;
    for (let next = first; next < hits.length && hits[next].end - hits[first].start <= budget; next++) {
      hits[next].terms.forEach((t) => seen.add(t));
      last = next;
    }
    if (seen.size > bestCount) [best, bestCount] = [[first, last], seen.size];
  }
  return best;
}

/** Moves a cut forward to the next word start, but not past `limit`. */
function cutStart(text: string, from: number, limit: number): number {
  while (from > 0 && from < limit && !SPACE.test(text[from - 1])) from++;
  return from;
}

/** Moves a cut back to the previous word end, but not before `limit`; a text without spaces is cut hard. */
function cutEnd(text: string, to: number, limit: number): number {
  let end = to;
  while (end < text.length && end > limit && !SPACE.test(text[end])) end--;
  return end > limit || limit > 0 ? end : to;
}

/** The text window (at most `maxLength` characters with its "…") showing the most distinct `terms`, split into plain and hit segments. */
export function snippet(text: string, terms: Set<string>, maxLength = 240): SnippetSegment[] {
  const hits = hitsIn(text, terms);
  const budget = maxLength - 2 * ELLIPSIS.length;
  const run = text.length <= maxLength ? undefined : bestRun(hits, budget);
  let from = 0;
  let to = text.length;
  if (text.length > maxLength) {
    const [runStart, runEnd] = run ? [hits[run[0]].start, hits[run[1]].end] : [0, 0];
    from = Math.max(0, Math.min(runStart - Math.floor((budget - (runEnd - runStart)) / 2), text.length - budget));
    to = from + budget;
    from = cutStart(text, from, runStart || to);
    to = cutEnd(text, to, runEnd);
  }
  while (from < to && SPACE.test(text[from])) from++;
  while (to > from && SPACE.test(text[to - 1])) to--;

  const segments: SnippetSegment[] = [];
  const add = (segmentText: string, hit: boolean) => {
    const clean = segmentText.replace(/\s+/g, " ");
    const last = segments[segments.length - 1];
    if (!clean) return;
    if (last && !last.hit && !hit) last.text += clean;
    else segments.push({ text: clean, hit });
  };
  if (from > 0) add(ELLIPSIS, false);
  let cursor = from;
  for (const hit of hits.filter((h) => h.start >= from && h.end <= to)) {
    add(text.slice(cursor, hit.start), false);
    add(text.slice(hit.start, hit.end), true);
    cursor = hit.end;
  }
  add(text.slice(cursor, to), false);
  if (to < text.length) add(ELLIPSIS, false);
  return segments;
}
