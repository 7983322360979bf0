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
  { ags: "05154008", name: "Emmerich am Rhein", officialName: "Emmerich am Rhein, Stadt", parentAgs: "05154", population: 30_961, areaKm2: 80.4 },
  { ags: "05154012", name: "Geldern", officialName: "Geldern, Stadt", parentAgs: "05154", population: 33_730, areaKm2: 96.97 },
  { ags: "05154016", name: "Goch", officialName: "Goch, Stadt", parentAgs: "05154", population: 34_205, areaKm2: 115.43 },
  { ags: "05154036", name: "Kleve", officialName: "Kleve, Stadt", parentAgs: "05154", population: 52_388, areaKm2: 97.76 },
  { ags: "05562008", name: "Datteln", officialName: "Datteln, Stadt", parentAgs: "05562", population: 34_596, areaKm2: 66.1 },
  { ags: "05562032", name: "Recklinghausen", officialName: "Recklinghausen, Stadt", parentAgs: "05562", population: 111_397, areaKm2: 66.5 },
  { ags: "05566008", name: "Emsdetten", officialName: "Emsdetten, Stadt", parentAgs: "05566", population: 36_029, areaKm2: 72.06 },
  { ags: "05566012", name: "Greven", officialName: "Greven, Stadt", parentAgs: "05566", population: 37_753, areaKm2: 140.26 },
  { ags: "05566028", name: "Ibbenbüren", officialName: "Ibbenbüren, Stadt", parentAgs: "05566", population: 51_822, areaKm2: 108.87 },
  { ags: "05566076", name: "Rheine", officialName: "Rheine, Stadt", parentAgs: "05566", population: 76_218, areaKm2: 145 },
  { ags: "07133006", name: "Bad Kreuznach", officialName: "Bad Kreuznach, Stadt", parentAgs: "07133", population: 51_170, areaKm2: 55.56 },
  { ags: "05158008", name: "Haan", officialName: "Haan, Stadt", parentAgs: "05158", population: 30_406, areaKm2: 24.19 },
  { ags: "05158016", name: "Hilden", officialName: "Hilden, Stadt", parentAgs: "05158", population: 55_625, areaKm2: 25.95 },
  { ags: "05158024", name: "Mettmann", officialName: "Mettmann, Stadt", parentAgs: "05158", population: 38_757, areaKm2: 42.56 },
  { ags: "05162004", name: "Dormagen", officialName: "Dormagen, Stadt", parentAgs: "05162", population: 64_340, areaKm2: 85.49 },
  { ags: "05162008", name: "Grevenbroich", officialName: "Grevenbroich, Stadt", parentAgs: "05162", population: 63_743, areaKm2: 102.42 },
  { ags: "05162016", name: "Kaarst", officialName: "Kaarst, Stadt", parentAgs: "05162", population: 43_493, areaKm2: 37.38 },
  { ags: "05162022", name: "Meerbusch", officialName: "Meerbusch, Stadt", parentAgs: "05162", population: 56_415, areaKm2: 64.4 },
  { ags: "05154032", name: "Kevelaer", officialName: "Kevelaer, Stadt", parentAgs: "05154", population: 28_087, areaKm2: 100.64 },
  { ags: "05166012", name: "Kempen", officialName: "Kempen, Stadt", parentAgs: "05166", population: 34_514, areaKm2: 68.8 },
  { ags: "05166016", name: "Nettetal", officialName: "Nettetal, Stadt", parentAgs: "05166", population: 42_496, areaKm2: 83.87 },
  { ags: "05166032", name: "Viersen", officialName: "Viersen, Stadt", parentAgs: "05166", population: 77_102, areaKm2: 91.1 },
  { ags: "05166036", name: "Willich", officialName: "Willich, Stadt", parentAgs: "05166", population: 50_391, areaKm2: 67.8 },
  { ags: "05362036", name: "Pulheim", officialName: "Pulheim, Stadt", parentAgs: "05362", population: 54_194, areaKm2: 72.15 },
  { ags: "05370004", name: "Erkelenz", officialName: "Erkelenz, Stadt", parentAgs: "05370", population: 43_206, areaKm2: 117.34 },
  { ags: "05370012", name: "Geilenkirchen", officialName: "Geilenkirchen, Stadt", parentAgs: "05370", population: 27_470, areaKm2: 83.16 },
  { ags: "05370016", name: "Heinsberg", officialName: "Heinsberg, Stadt", parentAgs: "05370", population: 42_236, areaKm2: 92.21 },
  { ags: "05370020", name: "Hückelhoven", officialName: "Hückelhoven, Stadt", parentAgs: "05370", population: 40_245, areaKm2: 61.27 },
  { ags: "05374012", name: "Gummersbach", officialName: "Gummersbach, Stadt", parentAgs: "05374", population: 50_952, areaKm2: 95.42 },
  { ags: "05374036", name: "Radevormwald", officialName: "Radevormwald, Stadt auf der Höhe", parentAgs: "05374", population: 21_919, areaKm2: 53.86 },
  { ags: "05374048", name: "Wiehl", officialName: "Wiehl, Stadt", parentAgs: "05374", population: 25_161, areaKm2: 53.26 },
  { ags: "05374052", name: "Wipperfürth", officialName: "Wipperfürth, Hansestadt", parentAgs: "05374", population: 20_963, areaKm2: 118.3 },
  { ags: "05382008", name: "Bad Honnef", officialName: "Bad Honnef, Stadt", parentAgs: "05382", population: 25_812, areaKm2: 48.17 },
  { ags: "05382012", name: "Bornheim", officialName: "Bornheim, Stadt", parentAgs: "05382", population: 48_321, areaKm2: 82.69 },
  { ags: "05382020", name: "Hennef (Sieg)", officialName: "Hennef (Sieg), Stadt", parentAgs: "05382", population: 47_290, areaKm2: 105.89 },
  { ags: "05382024", name: "Königswinter", officialName: "Königswinter, Stadt", parentAgs: "05382", population: 41_277, areaKm2: 76.17 },
  { ags: "05382028", name: "Lohmar", officialName: "Lohmar, Stadt", parentAgs: "05382", population: 30_453, areaKm2: 65.62 },
  { ags: "05382032", name: "Meckenheim", officialName: "Meckenheim, Stadt", parentAgs: "05382", population: 24_817, areaKm2: 34.84 },
  { ags: "05382044", name: "Niederkassel", officialName: "Niederkassel, Stadt", parentAgs: "05382", population: 38_667, areaKm2: 35.79 },
  { ags: "05382048", name: "Rheinbach", officialName: "Rheinbach, Stadt", parentAgs: "05382", population: 26_986, areaKm2: 69.72 },
  { ags: "05382056", name: "Sankt Augustin", officialName: "Sankt Augustin, Stadt", parentAgs: "05382", population: 55_847, areaKm2: 34.22 },
  { ags: "05382060", name: "Siegburg", officialName: "Siegburg, Stadt", parentAgs: "05382", population: 41_554, areaKm2: 23.66 },
  { ags: "05382068", name: "Troisdorf", officialName: "Troisdorf, Stadt", parentAgs: "05382", population: 74_953, areaKm2: 62 },
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
