import { record, type MunicipalityRecord } from "./districts.ts";

/**
 * Authorities with their own Jugendamt below the level of Kreise and kreisfreie Städte, added in
 * December 2026. Each is listed with the source that shows its Jugendamt in SOURCES.md; AGS,
 * official name, population and area come from the Destatis Gemeindeverzeichnis (Stand 31.12.2019).
 */
const towns: Omit<MunicipalityRecord, "slug" | "searchName" | "stateCode" | "kind" | "figuresAsOf">[] = [
  { ags: "05334002", name: "Aachen", officialName: "Aachen, Stadt", parentAgs: "05334", population: 248_960, areaKm2: 160.85 },
  { ags: "05334004", name: "Alsdorf", officialName: "Alsdorf, Stadt", parentAgs: "05334", population: 47_149, areaKm2: 31.68 },
  { ags: "05334008", name: "Baesweiler", officialName: "Baesweiler, Stadt", parentAgs: "05334", population: 27_093, areaKm2: 27.84 },
  { ags: "05334012", name: "Eschweiler", officialName: "Eschweiler, Stadt", parentAgs: "05334", population: 56_482, areaKm2: 75.75 },
  { ags: "05334016", name: "Herzogenrath", officialName: "Herzogenrath, Stadt", parentAgs: "05334", population: 46_375, areaKm2: 33.38 },
  { ags: "05334032", name: "Stolberg (Rhld.)", officialName: "Stolberg (Rhld.), Kupferstadt", parentAgs: "05334", population: 56_466, areaKm2: 98.48 },
  { ags: "05334036", name: "Würselen", officialName: "Würselen, Stadt", parentAgs: "05334", population: 38_756, areaKm2: 34.39 },
  { ags: "05362012", name: "Brühl", officialName: "Brühl, Stadt", parentAgs: "05362", population: 44_126, areaKm2: 36.12 },
  { ags: "05158032", name: "Velbert", officialName: "Velbert, Stadt", parentAgs: "05158", population: 81_842, areaKm2: 74.9 },
  { ags: "07133006", name: "Bad Kreuznach", officialName: "Bad Kreuznach, Stadt", parentAgs: "07133", population: 51_170, areaKm2: 55.56 },
];

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

export function addedAuthorityRecords(): MunicipalityRecord[] {
  return [
    ...towns.map((town) => record({ ...town, kind: "kreisangehoerige_stadt", figuresAsOf: "2019-12-31" })),
    ...berlinDistricts.map((district, i) =>
      record({
        ags: `11${String(i + 1).padStart(3, "0")}`,
        name: `Berlin ${district}`,
        officialName: `Bezirk ${district}`,
        kind: "bezirk",
        parentAgs: "11000",
        population: 0,
        areaKm2: 0,
        figuresAsOf: "2019-12-31",
      }),
    ),
  ];
}
