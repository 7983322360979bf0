import { acceptOf, fileKinds } from "../../../platform/files.ts";

/** Addresses under /magazin/ that belong to pages, not articles (feed.rss and feed.atom have a dot no slug has). */
export const reservedSlugs = new Set(["autorinnen", "bilder", "kommentare", "redaktion", "suche"]);

/** How many articles a page of the Magazin lists. */
export const pageSize = 10;

/** How many articles "Mehr zum Thema" shows. */
export const relatedCount = 3;

/** The kinds of image an article may show. */
export const imageKinds = [fileKinds.png, fileKinds.jpeg];
export const acceptedImages = acceptOf(imageKinds);
export const maxImageBytes = 5 * 1024 * 1024;
