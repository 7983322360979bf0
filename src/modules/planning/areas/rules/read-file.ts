import { unzipSync } from "fflate";
import { read as readShapefile } from "shapefile";
import { crsOfGeoJson, crsOfPrj, type FoundCrs } from "./crs.ts";
import { fileTexts } from "../texts.ts";

/** One object of a file: its properties and its geometry as written (not yet checked). */
export interface RawFeature {
  properties: Record<string, unknown>;
  geometry: unknown;
}

export type ReadFile = { ok: true; features: RawFeature[]; crs: FoundCrs } | { ok: false; error: string };

const unpackedLimit = 200 * 1024 * 1024;
const refuse = (error: string): ReadFile => ({ ok: false, error });

const isZip = (name: string, data: Uint8Array) => /\.zip$/i.test(name) || (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04);

/** A GeoJSON FeatureCollection or a zipped Shapefile, by its name and first bytes. */
export async function readAreaFile(name: string, data: Uint8Array): Promise<ReadFile> {
  if (isZip(name, data)) return readZip(data);
  if (/\.(shp|dbf|shx|prj)$/i.test(name)) return refuse(fileTexts.unknownType);
  return readGeoJson(new TextDecoder("utf-8").decode(data));
}

function syntaxPlace(error: unknown): string {
  const position = /position (\d+)/.exec(String((error as Error)?.message ?? ""));
  return position ? `Die JSON-Syntax ist bei Zeichen ${Number(position[1]) + 1} fehlerhaft.` : "Die JSON-Syntax ist fehlerhaft.";
}

export function readGeoJson(text: string): ReadFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return refuse(fileTexts.notJson(syntaxPlace(error)));
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return refuse(fileTexts.notJson("Sie enthält kein JSON-Objekt."));
  const { type, features, crs } = parsed as { type?: unknown; features?: unknown; crs?: unknown };
  if (type !== "FeatureCollection") return refuse(fileTexts.notCollection(typeof type === "string" ? type.slice(0, 40) : "kein „type“"));
  if (!Array.isArray(features)) return refuse(fileTexts.notCollection("FeatureCollection ohne „features“"));
  return { ok: true, features: features.map(rawFeature), crs: crsOfGeoJson(crs) };
}

function rawFeature(value: unknown): RawFeature {
  const feature = (value && typeof value === "object" ? value : {}) as { properties?: unknown; geometry?: unknown };
  const properties = feature.properties && typeof feature.properties === "object" ? (feature.properties as Record<string, unknown>) : {};
  return { properties, geometry: feature.geometry ?? null };
}

/** The encoding a `.cpg` names; Windows-1252 when there is none, as ArcGIS and QGIS assume for German offices. */
export function encodingOfCpg(cpg: string | null): string {
  const text = (cpg ?? "").trim().toLowerCase();
  if (/utf-?8|65001/.test(text)) return "utf-8";
  if (/8859-?15|885915/.test(text)) return "iso-8859-15";
  if (/8859-?1|88591|latin-?1/.test(text)) return "iso-8859-1";
  if (/850/.test(text)) return "ibm850";
  return "windows-1252";
}

class TooLarge extends Error {}

function unzip(data: Uint8Array): Record<string, Uint8Array> | string {
  let unpacked = 0;
  try {
    return unzipSync(data, {
      filter: (file) => {
        if (!/\.(shp|dbf|prj|cpg)$/i.test(file.name) || /(^|\/)__MACOSX\//.test(file.name)) return false;
        unpacked += file.originalSize;
        if (unpacked > unpackedLimit) throw new TooLarge();
        return true;
      },
    });
  } catch (error) {
    return error instanceof TooLarge ? fileTexts.zipTooLarge : fileTexts.badZip;
  }
}

async function readZip(data: Uint8Array): Promise<ReadFile> {
  const files = unzip(data);
  if (typeof files === "string") return refuse(files);
  const names = Object.keys(files);
  const shps = names.filter((name) => /\.shp$/i.test(name));
  if (shps.length === 0) return refuse(fileTexts.zipWithoutShp);
  if (shps.length > 1) return refuse(fileTexts.zipManyShp(shps.join(", ")));
  const base = shps[0].slice(0, -4).toLowerCase();
  const sibling = (extension: string) => names.find((name) => name.toLowerCase() === `${base}.${extension}`);
  const dbf = sibling("dbf");
  if (!dbf) return refuse(fileTexts.zipWithoutDbf);
  const text = (extension: string) => {
    const found = sibling(extension);
    return found ? new TextDecoder("utf-8").decode(files[found]) : null;
  };
  const prj = text("prj");
  try {
    const collection = await readShapefile(files[shps[0]], files[dbf], { encoding: encodingOfCpg(text("cpg")) });
    const features = collection.features.map((feature) => ({ properties: { ...(feature.properties ?? {}) }, geometry: feature.geometry }));
    return { ok: true, features, crs: prj === null ? { kind: "none" } : crsOfPrj(prj) };
  } catch {
    return refuse(fileTexts.badShapefile);
  }
}
