/** Where an article stands: a draft, published and due, or published with a date still to come. */
export type ArticleState = "draft" | "published" | "scheduled";

export const stateOf = (status: string, publishAt: Date | null, now = new Date()): ArticleState =>
  status !== "published" ? "draft" : publishAt && publishAt > now ? "scheduled" : "published";
