import { test } from "node:test";
import assert from "node:assert/strict";
import { renderChoropleth } from "./choropleth.ts";
import { classesOf } from "./classes.ts";
import { voronoiAreas } from "../testing.ts";
import type { ProtectedCell } from "../../rules/protection.ts";

const square = (x: number, y: number) => ({
  type: "Polygon" as const,
  coordinates: [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ],
  ],
});

const small = {
  title: "Kinder in SGB-II-Haushalten, 2024",
  areas: [
    { key: "001", name: "Altstadt", display: square(7.1, 50.7) },
    { key: "002", name: "Nordviertel", display: square(7.11, 50.7) },
    { key: "003", name: "Ohne Fläche", display: null },
    { key: "004", name: "Südhang", display: square(7.1, 50.71) },
  ],
  classOf: [0, 1, 1, null],
  classes: [{ label: "bis unter 10 %" }, { label: "10 % bis 20 %" }],
  hiddenLabel: "kein Wert oder geschützt",
};

test("one path per area with geometry, a pattern per class and one for no value, the legend's labels", () => {
  const svg = renderChoropleth(small);
  assert.equal((svg.match(/<path d="M[^"]*" fill="url/g) ?? []).length, 3);
  assert.equal((svg.match(/<pattern /g) ?? []).length, 3);
  assert.match(svg, /fill="url\(#karte-k0\)"/);
  assert.match(svg, /fill="url\(#karte-leer\)"/);
  for (const label of ["bis unter 10 %", "10 % bis 20 %", "kein Wert oder geschützt"]) assert.ok(svg.includes(`>${label}</text>`), label);
  assert.match(svg, /role="img"/);
  assert.match(svg, /<title id="karte-titel">Kinder in SGB-II-Haushalten, 2024<\/title>/);
  assert.match(svg, /<desc id="karte-beschreibung">/);
  assert.doesNotMatch(svg, /\d\.\d\d/, "coordinates are rounded to one decimal");
});

test("names are escaped", () => {
  const svg = renderChoropleth({ ...small, areas: small.areas.map((a) => ({ ...a, name: `${a.name} <&>` })) });
  assert.ok(svg.includes("Altstadt &lt;&amp;&gt;"));
  assert.ok(!svg.includes("<&>"));
});

test("a hidden value reaches neither the SVG nor its tooltips", () => {
  const cells: ProtectedCell[] = [
    { value: 12.5, hidden: null, nothing: false },
    { value: null, hidden: "cases", nothing: false },
    { value: 31.25, hidden: null, nothing: false },
    { value: 18.75, hidden: null, nothing: false },
  ];
  const classes = classesOf(cells, "equal", 2, (v) => v.toFixed(2));
  // The protected area's original value was 47.11: nothing the renderer gets can carry it.
  const svg = renderChoropleth({ ...small, classOf: classes.classOf, classes: classes.classes });
  assert.equal(classes.classOf[1], null);
  assert.ok(!svg.includes("47.11"));
  assert.deepEqual(
    classes.classes.map((c) => c.label),
    ["12.50 bis 21.88", "über 21.88 bis 31.25"],
  );
});

test("500 areas stay under 300 KB and render within 100 ms", () => {
  const areas = voronoiAreas(500);
  const input = {
    title: "Bench",
    areas,
    classOf: areas.map((_, i) => (i % 6 === 5 ? null : i % 5)),
    classes: [1, 2, 3, 4, 5].map((n) => ({ label: `Klasse ${n}` })),
  };
  renderChoropleth(input);
  const started = performance.now();
  const svg = renderChoropleth(input);
  const took = performance.now() - started;
  assert.equal((svg.match(/<path d="M[^"]*" fill="url/g) ?? []).length, 500);
  assert.ok(Buffer.byteLength(svg) <= 300 * 1024, `${Buffer.byteLength(svg)} bytes`);
  assert.ok(took <= 100, `${took} ms`);
});
