import { test } from "node:test";
import assert from "node:assert/strict";
import { arrange, known, listFilters, listOrders } from "./listing.ts";

const applications = [
  { municipality: "Olpe", reviews: 2, reviewedByMe: true, mean: 0.4 },
  { municipality: "Bonn", reviews: 0, reviewedByMe: false, mean: null },
  { municipality: "Aachen", reviews: 1, reviewedByMe: true, mean: 0.9 },
];
const names = (list: typeof applications) => list.map((a) => a.municipality);

test("the list shows all, those I have not reviewed, or those that still need a review", () => {
  assert.deepEqual(names(arrange(applications, "alle", "eingang")), ["Olpe", "Bonn", "Aachen"]);
  assert.deepEqual(names(arrange(applications, "offen", "eingang")), ["Bonn"]);
  assert.deepEqual(names(arrange(applications, "wenige", "eingang")), ["Bonn", "Aachen"]);
});

test("the list sorts by municipality, fewest reviews or highest mean, with unknown values as the default", () => {
  assert.deepEqual(names(arrange(applications, "alle", "kommune")), ["Aachen", "Bonn", "Olpe"]);
  assert.deepEqual(names(arrange(applications, "alle", "bewertungen")), ["Bonn", "Aachen", "Olpe"]);
  assert.deepEqual(names(arrange(applications, "alle", "mittel")), ["Aachen", "Olpe", "Bonn"]);
  assert.equal(known(listOrders, "zufall"), "eingang");
  assert.equal(known(listFilters, "offen"), "offen");
  assert.equal(known(listFilters, undefined), "alle");
});
