import type { FieldErrors } from "../../../../platform/forms.ts";
import { defaultKeyProperties, defaultNameProperties, fileTexts } from "../texts.ts";
import type { RawFeature } from "./read-file.ts";

/** Which properties hold the key, the name and (optionally) the parent's key; empty means the defaults. */
export interface PropertyChoice {
  key?: string;
  name?: string;
  parent?: string;
}

/** An object's key, name and parent key as text: "0101" stays "0101". */
export interface Identity {
  key: string;
  name: string;
  parentKey: string | null;
}

export const maxAreas = 5_000;
const maxShown = 20;
const maxLength = 200;

const propertyNames = (features: RawFeature[]) => [...new Set(features.flatMap((feature) => Object.keys(feature.properties)))];

/** The property of the file a wanted name stands for, matched without regard to case. */
const findProperty = (present: string[], wanted: string) => present.find((name) => name.toLowerCase() === wanted.toLowerCase()) ?? null;

function propertyFor(present: string[], chosen: string | undefined, defaults: string[]): { property: string | null; tried: string } {
  if (chosen) return { property: findProperty(present, chosen), tried: `„${chosen}“` };
  for (const candidate of defaults) {
    const property = findProperty(present, candidate);
    if (property) return { property, tried: `„${property}“` };
  }
  return { property: null, tried: defaults.map((name) => `„${name}“`).join(", ") };
}

const textOf = (value: unknown) => (value === null || value === undefined ? "" : String(value).replace(/\s+/g, " ").trim());

const unknownProperty = (chosen: string, present: string[]) =>
  `Die Eigenschaft „${chosen}“ kommt in der Datei nicht vor. Vorhanden: ${present.slice(0, 15).join(", ") || "keine"}.`;

/**
 * Reads key, name and parent key of every object. Any missing or duplicate key, or missing name,
 * refuses the whole file: the messages name each object by its number (from 1) and key.
 */
export function identifyFeatures(features: RawFeature[], choice: PropertyChoice): { ok: true; identities: Identity[] } | { ok: false; errors: FieldErrors } {
  if (features.length === 0) return { ok: false, errors: { datei: fileTexts.noFeatures } };
  if (features.length > maxAreas) return { ok: false, errors: { datei: fileTexts.tooMany(maxAreas) } };
  const present = propertyNames(features);
  const key = propertyFor(present, choice.key, defaultKeyProperties);
  const name = propertyFor(present, choice.name, defaultNameProperties);
  const parent = choice.parent ? findProperty(present, choice.parent) : null;
  const fieldErrors: FieldErrors = {};
  if (choice.key && !key.property) fieldErrors.key = unknownProperty(choice.key, present);
  if (choice.name && !name.property) fieldErrors.name = unknownProperty(choice.name, present);
  if (choice.parent && !parent) fieldErrors.parent = unknownProperty(choice.parent, present);
  if (Object.keys(fieldErrors).length > 0) return { ok: false, errors: fieldErrors };

  const problems: string[] = [];
  const firstOf = new Map<string, number>();
  const identities = features.map((feature, index): Identity => {
    const identity = {
      key: key.property ? textOf(feature.properties[key.property]) : "",
      name: name.property ? textOf(feature.properties[name.property]) : "",
      parentKey: parent ? textOf(feature.properties[parent]) || null : null,
    };
    const place = fileTexts.objectAt(index + 1, identity.key || null);
    if (!identity.key) problems.push(fileTexts.missingKey(place, key.tried));
    else if (firstOf.has(identity.key)) problems.push(fileTexts.duplicateKey(place, firstOf.get(identity.key)!));
    else firstOf.set(identity.key, index + 1);
    if (!identity.name) problems.push(fileTexts.missingName(place, name.tried));
    if (identity.key.length > maxLength) problems.push(fileTexts.longValue(place, "Der Schlüssel"));
    if (identity.name.length > maxLength) problems.push(fileTexts.longValue(place, "Der Name"));
    if ((identity.parentKey ?? "").length > maxLength) problems.push(fileTexts.longValue(place, "Der Oberbezirk-Schlüssel"));
    return identity;
  });
  if (problems.length === 0) return { ok: true, identities };
  const shown = problems.slice(0, maxShown);
  if (problems.length > maxShown) shown.push(fileTexts.moreErrors(problems.length - maxShown));
  return { ok: false, errors: { datei: shown.join("\n") } };
}
