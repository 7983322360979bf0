import { record, type MunicipalityRecord } from "./districts.ts";
import { towns } from "./towns.ts";

/**
 * The twelve districts of Berlin, each with its own Jugendamt. Berlin is one Gemeinde (AGS
 * 11000000), so a district has no AGS of its own: it is keyed like a Kreis, 11 and its district
 * number 001–012, as the RKI's regional statistics key them. No official population or area of
 * the districts was at hand, so they are 0, which the pages show as "keine Angabe".
 */
const berlinDistricts = [
  "Mitte",
  "Friedrichshain-Kreuzberg",
  "Pankow",
  "Charlottenburg-Wilmersdorf",
  "Spandau",
  "Steglitz-Zehlendorf",
  "Tempelhof-Schöneberg",
  "Neukölln",
  "Treptow-Köpenick",
  "Marzahn-Hellersdorf",
  "Lichtenberg",
  "Reinickendorf",
];

/**
 * The seven districts of Hamburg, whose Bezirksämter each run a Jugendamt. Hamburg too is one
 * Gemeinde (AGS 02000000); a district is keyed 02 and its district number 1–7 (Hamburg-Mitte 1 …
 * Harburg 7). No official figures were read, so population and area are 0, as for Berlin.
 */
const hamburgDistricts = ["Hamburg-Mitte", "Altona", "Eimsbüttel", "Hamburg-Nord", "Wandsbek", "Bergedorf", "Harburg"];

const district = (ags: string, name: string, officialName: string, parentAgs: string) =>
  record({ ags, name, officialName, kind: "bezirk", parentAgs, population: 0, areaKm2: 0, figuresAsOf: "2019-12-31" });

export function addedAuthorityRecords(): MunicipalityRecord[] {
  return [
    ...towns.map((town) => record({ ...town, kind: "kreisangehoerige_stadt", figuresAsOf: "2019-12-31" })),
    ...berlinDistricts.map((name, i) => district(`11${String(i + 1).padStart(3, "0")}`, `Berlin ${name}`, `Bezirk ${name}`, "11000")),
    ...hamburgDistricts.map((name, i) => district(`0200${i + 1}`, name.startsWith("Hamburg-") ? name : `Hamburg ${name}`, `Bezirk ${name}`, "02000")),
  ];
}
