import { slugify } from "../../../../platform/slug.ts";
import { articleMessages, maxTagLength, maxTags } from "../texts.ts";

/** A tag: its address part and its label as written. */
export interface Tag {
  tag: string;
  label: string;
}

/** "Beteiligung, Fellow-Tag" → tags with an address part and the label as written. */
export function parseTags(value: string): { tags: Tag[]; error?: string } {
  const labels = value
    .split(",")
    .map((label) => label.trim().replace(/\s+/g, " "))
    .filter(Boolean);
  const tags = new Map<string, Tag>();
  for (const label of labels) {
    if (label.length > maxTagLength) return { tags: [], error: articleMessages.tagTooLong };
    const tag = slugify(label);
    if (!tag) return { tags: [], error: articleMessages.tagWithoutLetters };
    if (!tags.has(tag)) tags.set(tag, { tag, label });
  }
  if (tags.size > maxTags) return { tags: [], error: articleMessages.tooManyTags };
  return { tags: [...tags.values()] };
}
