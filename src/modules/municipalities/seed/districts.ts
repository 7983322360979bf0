import { createRequire } from "node:module";
import { slugify, stateCodeOf, type Kind } from "../reference.ts";
import { foldForSearch } from "../../../platform/search/fold.ts";

export interface MunicipalityRecord {
  ags: string;
  slug: string;
  name: string;
  officialName: string;
  kind: Kind;
  stateCode: string;
  parentAgs: string | null;
  population: number;
  areaKm2: number;
  /** The reference date of population and area, null where it is not known. */
  figuresAsOf: string | null;
  searchName: string;
}

interface District {
  AGS: string | number;
  type: string;
  name: string;
  area_km2: number;
  population: number;
}

const require = createRequire(import.meta.url);
const districts: District[] = require("landkreise-deutschland/data/districts.json");

const kindByType: Record<string, Kind> = {
  "Kreisfreie Stadt": "kreisfreie_stadt",
  Stadtkreis: "stadtkreis",
  Landkreis: "landkreis",
  Kreis: "kreis",
  Regionalverband: "regionalverband",
};

/** "Bonn, Stadt" → "Bonn"; a Kreis called just "Herford" → "Kreis Herford", so it is not taken for the city. */
export function displayName(officialName: string, kind: Kind): string {
  const base = officialName.split(", ")[0];
  if ((kind === "landkreis" || kind === "kreis") && !/kreis|region/i.test(base)) return `${kind === "kreis" ? "Kreis" : "Landkreis"} ${base}`;
  return base;
}

export function record(input: Omit<MunicipalityRecord, "slug" | "searchName" | "stateCode">): MunicipalityRecord {
  return {
    ...input,
    stateCode: stateCodeOf(input.ags),
    slug: `${input.ags}-${slugify(input.name)}`,
    searchName: foldForSearch(`${input.name} ${input.officialName} ${input.ags}`),
  };
}

/** All 401 Kreise and kreisfreie Städte (Destatis, 31.12.2018, via the npm package landkreise-deutschland). */
export function districtRecords(): MunicipalityRecord[] {
  return districts.map((district) => {
    const kind = kindByType[district.type];
    if (!kind) throw new Error(`Unbekannter Kreistyp: ${district.type}`);
    const ags = String(district.AGS).padStart(5, "0");
    return record({
      ags,
      name: displayName(district.name, kind),
      officialName: district.name,
      kind,
      parentAgs: null,
      population: district.population,
      areaKm2: district.area_km2,
      figuresAsOf: "2018-12-31",
    });
  });
}

/** The first kreisangehörige Städte with their own Jugendamt (population and area as of 31.12.2018, like the package's figures). */
export function townRecords(): MunicipalityRecord[] {
  const towns = [
    { ags: "05758012", name: "Herford", officialName: "Herford, Hansestadt", parentAgs: "05758", population: 66_608, areaKm2: 79.0 },
    { ags: "01060063", name: "Norderstedt", officialName: "Norderstedt, Stadt", parentAgs: "01060", population: 79_357, areaKm2: 58.1 },
    { ags: "05162024", name: "Neuss", officialName: "Neuss, Stadt", parentAgs: "05162", population: 153_796, areaKm2: 99.5 },
    { ags: "03159016", name: "Göttingen", officialName: "Göttingen, Stadt", parentAgs: "03159", population: 118_911, areaKm2: 116.9 },
    { ags: "03241001", name: "Hannover", officialName: "Hannover, Landeshauptstadt", parentAgs: "03241", population: 538_068, areaKm2: 204.2 },
  ];
  return towns.map((t) => record({ ...t, kind: "kreisangehoerige_stadt", figuresAsOf: "2018-12-31" }));
}
