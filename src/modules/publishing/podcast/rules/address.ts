import { slugify } from "../../../../platform/slug.ts";
import { refusals } from "../texts.ts";

// Addresses of the podcast's own pages, and ids on the start page that a season's anchor must not take.
const reservedSlugs = new Set(["redaktion", "feed", "cover", "inhalt", "abonnieren"]);

/** The address given, or one made from the title; a German message when none can be made or it is reserved. */
export function addressOf(given: string | undefined, title: string): { slug: string; error?: string } {
  const slug = given || slugify(title).slice(0, 80).replace(/-$/, "");
  if (!slug && title) return { slug, error: refusals.noSlug };
  if (reservedSlugs.has(slug)) return { slug, error: refusals.reservedSlug };
  return { slug };
}
