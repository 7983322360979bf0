import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterItems, type ClusterItem } from "./cluster.ts";

const item = (id: number, words: string[]): ClusterItem => ({ id, features: new Map(words.map((w) => [w, 1])) });

test("municipalities working on the same things end up in one group, with 3 to 6 groups", () => {
  const items = [
    item(1, ["beteiligung", "jugendforum", "#beteiligung"]),
    item(2, ["beteiligung", "kinderparlament", "#beteiligung"]),
    item(3, ["jugendforum", "kinderparlament", "#beteiligung"]),
    item(4, ["haushalt", "kriterien", "#ressourcen"]),
    item(5, ["haushalt", "kuerzung", "#ressourcen"]),
    item(6, ["kriterien", "kuerzung", "#ressourcen"]),
    item(7, ["ausschuss", "vorlage", "#politik"]),
    item(8, ["ausschuss", "fraktion", "#politik"]),
    item(9, ["vorlage", "fraktion", "#politik"]),
  ];
  const result = clusterItems(items)!;
  assert.ok(result.k >= 3 && result.k <= 6);
  const groupOf = (id: number) => result.groups.findIndex((g) => g.includes(id));
  assert.equal(groupOf(1), groupOf(3));
  assert.equal(groupOf(4), groupOf(6));
  assert.equal(groupOf(7), groupOf(9));
  assert.notEqual(groupOf(1), groupOf(4));
  assert.notEqual(groupOf(4), groupOf(7));
});

test("too few municipalities with content give no suggestion", () => {
  assert.equal(clusterItems([item(1, ["a"]), item(2, ["b"]), item(3, [])]), null);
});

test("a municipality that works on something alone forms no group of its own", () => {
  const items = [
    item(1, ["beteiligung", "jugendforum"]),
    item(2, ["beteiligung", "jugendforum"]),
    item(3, ["haushalt", "kriterien"]),
    item(4, ["haushalt", "kriterien"]),
    item(5, ["ausschuss", "vorlage"]),
    item(6, ["ausschuss", "vorlage"]),
    item(7, ["fischerei", "hafen"]),
  ];
  const result = clusterItems(items)!;
  assert.ok(result.groups.length >= 3);
  assert.ok(
    result.groups.every((g) => g.length > 1),
    JSON.stringify(result.groups),
  );
  assert.ok(!result.groups.flat().includes(7));
});
