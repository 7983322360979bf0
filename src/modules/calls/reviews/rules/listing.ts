/** Which applications the team's list shows, and in which order. */

/** All, only those I have not reviewed, only those with fewer than two reviews. */
export const listFilters = ["alle", "offen", "wenige"] as const;
export type ListFilter = (typeof listFilters)[number];
/** As they came in, by municipality, fewest reviews first, highest mean first (of those I reviewed). */
export const listOrders = ["eingang", "kommune", "bewertungen", "mittel"] as const;
export type ListOrder = (typeof listOrders)[number];

/** Two reviews per application are the least the selection needs. */
export const reviewsNeeded = 2;

interface Listed {
  municipality: string;
  reviews: number;
  reviewedByMe: boolean;
  mean: number | null;
}

const kept: Record<ListFilter, (a: Listed) => boolean> = {
  alle: () => true,
  offen: (a) => !a.reviewedByMe,
  wenige: (a) => a.reviews < reviewsNeeded,
};

const compare: Record<ListOrder, (a: Listed, b: Listed) => number> = {
  eingang: () => 0,
  kommune: (a, b) => a.municipality.localeCompare(b.municipality, "de"),
  bewertungen: (a, b) => a.reviews - b.reviews,
  mittel: (a, b) => (b.mean ?? -1) - (a.mean ?? -1),
};

/** The list filtered and sorted; the order they came in breaks ties (the sort is stable). */
export function arrange<T extends Listed>(applications: T[], filter: ListFilter, order: ListOrder): T[] {
  return applications.filter(kept[filter]).sort(compare[order]);
}

/** A value from the address, or the default when it is none of the known ones (an edited address still lists). */
export const known = <K extends string>(keys: readonly K[], value: string | undefined): K =>
  (keys as readonly string[]).includes(value ?? "") ? (value as K) : keys[0];
