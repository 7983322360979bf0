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
  { ags: "05170008", name: "Dinslaken", officialName: "Dinslaken, Stadt", parentAgs: "05170", population: 67_373, areaKm2: 47.66 },
  { ags: "05170020", name: "Kamp-Lintfort", officialName: "Kamp-Lintfort, Stadt", parentAgs: "05170", population: 37_596, areaKm2: 63.14 },
  { ags: "05170024", name: "Moers", officialName: "Moers, Stadt", parentAgs: "05170", population: 103_902, areaKm2: 67.68 },
  { ags: "05170032", name: "Rheinberg", officialName: "Rheinberg, Stadt", parentAgs: "05170", population: 30_854, areaKm2: 75.24 },
  { ags: "05170044", name: "Voerde (Niederrhein)", officialName: "Voerde (Niederrhein), Stadt", parentAgs: "05170", population: 36_017, areaKm2: 53.49 },
  { ags: "05170048", name: "Wesel", officialName: "Wesel, Stadt", parentAgs: "05170", population: 60_230, areaKm2: 122.56 },
  { ags: "05978004", name: "Bergkamen", officialName: "Bergkamen, Stadt", parentAgs: "05978", population: 48_740, areaKm2: 44.9 },
  { ags: "05978020", name: "Kamen", officialName: "Kamen, Stadt", parentAgs: "05978", population: 43_023, areaKm2: 40.95 },
  { ags: "05978024", name: "Lünen", officialName: "Lünen, Stadt", parentAgs: "05978", population: 86_348, areaKm2: 59.39 },
  { ags: "05978028", name: "Schwerte", officialName: "Schwerte, Hansestadt an der Ruhr", parentAgs: "05978", population: 46_195, areaKm2: 56.23 },
  { ags: "05978032", name: "Selm", officialName: "Selm, Stadt", parentAgs: "05978", population: 25_925, areaKm2: 60.41 },
  { ags: "05978036", name: "Unna", officialName: "Unna, Stadt", parentAgs: "05978", population: 58_936, areaKm2: 88.56 },
  { ags: "05978040", name: "Werne", officialName: "Werne, Stadt", parentAgs: "05978", population: 29_717, areaKm2: 76.14 },
  { ags: "05158004", name: "Erkrath", officialName: "Erkrath, Fundort des Neanderthalers, Stadt", parentAgs: "05158", population: 43_992, areaKm2: 26.88 },
  { ags: "05158012", name: "Heiligenhaus", officialName: "Heiligenhaus, Stadt", parentAgs: "05158", population: 26_345, areaKm2: 27.52 },
  { ags: "05158020", name: "Langenfeld (Rheinland)", officialName: "Langenfeld (Rheinland), Stadt", parentAgs: "05158", population: 59_178, areaKm2: 41.15 },
  { ags: "05158026", name: "Monheim am Rhein", officialName: "Monheim am Rhein, Stadt", parentAgs: "05158", population: 40_948, areaKm2: 23.05 },
  { ags: "05158028", name: "Ratingen", officialName: "Ratingen, Stadt", parentAgs: "05158", population: 87_520, areaKm2: 88.74 },
  { ags: "05158036", name: "Wülfrath", officialName: "Wülfrath, Stadt", parentAgs: "05158", population: 20_957, areaKm2: 32.27 },
  { ags: "05562004", name: "Castrop-Rauxel", officialName: "Castrop-Rauxel, Stadt", parentAgs: "05562", population: 73_343, areaKm2: 51.68 },
  { ags: "05562014", name: "Gladbeck", officialName: "Gladbeck, Stadt", parentAgs: "05562", population: 75_610, areaKm2: 35.97 },
  { ags: "05562016", name: "Haltern am See", officialName: "Haltern am See, Stadt", parentAgs: "05562", population: 37_850, areaKm2: 159.03 },
  { ags: "05562024", name: "Marl", officialName: "Marl, Stadt", parentAgs: "05562", population: 84_067, areaKm2: 87.76 },
  { ags: "05562036", name: "Waltrop", officialName: "Waltrop, Stadt", parentAgs: "05562", population: 29_328, areaKm2: 47.09 },
  { ags: "05754008", name: "Gütersloh", officialName: "Gütersloh, Stadt", parentAgs: "05754", population: 100_861, areaKm2: 112.02 },
  { ags: "05754028", name: "Rheda-Wiedenbrück", officialName: "Rheda-Wiedenbrück, Stadt", parentAgs: "05754", population: 48_644, areaKm2: 86.72 },
  { ags: "05754044", name: "Verl", officialName: "Verl, Stadt", parentAgs: "05754", population: 25_318, areaKm2: 71.37 },
  { ags: "05954008", name: "Ennepetal", officialName: "Ennepetal, Stadt der Kluterthöhle", parentAgs: "05954", population: 30_142, areaKm2: 57.77 },
  { ags: "05766008", name: "Bad Salzuflen", officialName: "Bad Salzuflen, Stadt", parentAgs: "05766", population: 54_254, areaKm2: 100.05 },
  { ags: "05766020", name: "Detmold", officialName: "Detmold, Stadt", parentAgs: "05766", population: 74_254, areaKm2: 129.39 },
  { ags: "05766040", name: "Lage", officialName: "Lage, Stadt", parentAgs: "05766", population: 34_858, areaKm2: 76.04 },
  { ags: "05766044", name: "Lemgo", officialName: "Lemgo, Stadt", parentAgs: "05766", population: 40_619, areaKm2: 100.85 },
  { ags: "05358008", name: "Düren", officialName: "Düren, Stadt", parentAgs: "05358", population: 91_216, areaKm2: 85 },
  { ags: "05770004", name: "Bad Oeynhausen", officialName: "Bad Oeynhausen, Stadt", parentAgs: "05770", population: 48_604, areaKm2: 64.83 },
  { ags: "05378004", name: "Bergisch Gladbach", officialName: "Bergisch Gladbach, Stadt", parentAgs: "05378", population: 111_846, areaKm2: 83.09 },
  { ags: "05378028", name: "Rösrath", officialName: "Rösrath, Stadt", parentAgs: "05378", population: 28_631, areaKm2: 38.8 },
  { ags: "05554004", name: "Ahaus", officialName: "Ahaus, Stadt", parentAgs: "05554", population: 39_381, areaKm2: 151.24 },
  { ags: "05554008", name: "Bocholt", officialName: "Bocholt, Stadt", parentAgs: "05554", population: 71_113, areaKm2: 119.4 },
  { ags: "05554012", name: "Borken", officialName: "Borken, Stadt", parentAgs: "05554", population: 42_629, areaKm2: 152.97 },
  { ags: "05554020", name: "Gronau (Westf.)", officialName: "Gronau (Westf.), Stadt", parentAgs: "05554", population: 48_321, areaKm2: 78.82 },
  { ags: "05974028", name: "Lippstadt", officialName: "Lippstadt, Stadt", parentAgs: "05974", population: 67_952, areaKm2: 113.68 },
  { ags: "05974040", name: "Soest", officialName: "Soest, Stadt", parentAgs: "05974", population: 47_514, areaKm2: 85.81 },
  { ags: "05974044", name: "Warstein", officialName: "Warstein, Stadt", parentAgs: "05974", population: 24_643, areaKm2: 158.03 },
  { ags: "05770024", name: "Minden", officialName: "Minden, Stadt", parentAgs: "05770", population: 81_716, areaKm2: 101.12 },
  { ags: "05770032", name: "Porta Westfalica", officialName: "Porta Westfalica, Stadt", parentAgs: "05770", population: 35_631, areaKm2: 105.22 },
  { ags: "05958004", name: "Arnsberg", officialName: "Arnsberg, Stadt", parentAgs: "05958", population: 73_456, areaKm2: 193.72 },
  { ags: "05958040", name: "Schmallenberg", officialName: "Schmallenberg, Stadt", parentAgs: "05958", population: 24_852, areaKm2: 303.11 },
  { ags: "05958044", name: "Sundern (Sauerland)", officialName: "Sundern (Sauerland), Stadt", parentAgs: "05958", population: 27_725, areaKm2: 193.27 },
  { ags: "05970040", name: "Siegen", officialName: "Siegen, Universitätsstadt", parentAgs: "05970", population: 102_770, areaKm2: 114.69 },
  { ags: "05758004", name: "Bünde", officialName: "Bünde, Stadt", parentAgs: "05758", population: 45_187, areaKm2: 59.3 },
  { ags: "05758024", name: "Löhne", officialName: "Löhne, Stadt", parentAgs: "05758", population: 39_915, areaKm2: 59.51 },
  { ags: "07137003", name: "Andernach", officialName: "Andernach, Stadt", parentAgs: "07137", population: 29_922, areaKm2: 53.34 },
  { ags: "07137068", name: "Mayen", officialName: "Mayen, Stadt", parentAgs: "07137", population: 19_162, areaKm2: 58.19 },
  { ags: "07138045", name: "Neuwied", officialName: "Neuwied, Stadt", parentAgs: "07138", population: 64_765, areaKm2: 86.5 },
  { ags: "07134045", name: "Idar-Oberstein", officialName: "Idar-Oberstein, Stadt", parentAgs: "07134", population: 28_520, areaKm2: 91.58 },
  { ags: "08335043", name: "Konstanz", officialName: "Konstanz, Universitätsstadt", parentAgs: "08335", population: 84_911, areaKm2: 54.12 },
  { ags: "03241003", name: "Burgdorf", officialName: "Burgdorf, Stadt", parentAgs: "03241", population: 30_727, areaKm2: 112.56 },
  { ags: "03241009", name: "Laatzen", officialName: "Laatzen, Stadt", parentAgs: "03241", population: 41_606, areaKm2: 34.16 },
  { ags: "03241010", name: "Langenhagen", officialName: "Langenhagen, Stadt", parentAgs: "03241", population: 54_652, areaKm2: 71.97 },
  { ags: "03241011", name: "Lehrte", officialName: "Lehrte, Stadt", parentAgs: "03241", population: 44_030, areaKm2: 127.67 },
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
