import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { demoYears, exampleTown, exampleValues, sampleYear } from "./example-town.ts";

const examples = new URL("../../../../docs/examples/", import.meta.url);

test("the town is the same on every run, and a year's values do not depend on which other years are asked", () => {
  assert.deepEqual(exampleTown(), exampleTown());
  const all = exampleValues([...demoYears, sampleYear]);
  assert.deepEqual(exampleValues([sampleYear])[String(sampleYear)], all[String(sampleYear)]);
  assert.deepEqual(exampleValues(demoYears)["2022"], all["2022"]);
});

test("the indicators hang together as real ones do: more SGB II goes with more Hilfen zur Erziehung and less day care", () => {
  const year = exampleValues([2024])["2024"]!;
  const population = year.einwohner!.map((cell) => cell.value);
  // Only areas large enough for the index (300 inhabitants) count, as in the analysis.
  const large = population.flatMap((value, index) => (value >= 300 ? [index] : []));
  const correlation = (first: string, second: string) => {
    const xs = large.map((index) => year[first]![index]!.value);
    const ys = large.map((index) => year[second]![index]!.value);
    const mean = (list: number[]) => list.reduce((sum, value) => sum + value, 0) / list.length;
    const [mx, my] = [mean(xs), mean(ys)];
    const cov = xs.reduce((sum, x, index) => sum + (x - mx) * (ys[index]! - my), 0);
    const spread = (list: number[], centre: number) => Math.sqrt(list.reduce((sum, value) => sum + (value - centre) ** 2, 0));
    return cov / (spread(xs, mx) * spread(ys, my));
  };
  assert.ok(correlation("sgb2_u15", "hze_u21") > 0.6);
  assert.ok(correlation("sgb2_u15", "alleinerziehend") > 0.5);
  assert.ok(correlation("sgb2_u15", "kita_u3") < -0.3);
  assert.ok(
    year.ohne_abschluss!.some((cell) => cell.cases >= 0 && cell.cases < 3),
    "some values rest on fewer than 3 cases",
  );
});

test("the sample files in docs/examples are the generator's: keys with leading zeros, EPSG:25832, Windows-1252", async () => {
  const geojson = JSON.parse(await readFile(new URL("schlotterbrueck-gebiete.geojson", examples), "utf8"));
  assert.equal(geojson.crs.properties.name, "urn:ogc:def:crs:EPSG::25832");
  assert.deepEqual(
    geojson.features.map((feature: { properties: { schluessel: string } }) => feature.properties.schluessel),
    exampleTown().areas.map((area) => area.key),
  );
  assert.deepEqual(geojson.features[0].geometry, exampleTown().areas[0]!.utm);
  const csv = await readFile(new URL(`schlotterbrueck-werte-${sampleYear}.csv`, examples));
  assert.ok(csv.includes(Buffer.from("M\xfchlenviertel", "latin1")), "ü is one byte (0xFC)");
  assert.ok(!csv.includes(Buffer.from("ü", "utf8")), "no UTF-8");
  const lines = csv.toString("latin1").split("\r\n");
  assert.equal(lines[0], "Gebiet;Zeitraum;Indikator;Wert;Fallzahl;Gebietsname");
  assert.equal(lines.length, 25 * 11 + 2, "a header, one line per area and indicator, and the closing line break");
  assert.ok(
    lines.some((line) => /^24;2025;ohne_abschluss;\.;;Kleinbrück$/.test(line)),
    "a secret value as '.'",
  );
});
