import type { Identity } from "./identify.ts";
import { listTexts, problemTexts } from "../texts.ts";
import type { Problem } from "./geometry.ts";

const maxLength = 200;
const maxLines = 5_000;

/**
 * Areas typed as lines `Schlüssel;Name[;Oberbezirk-Schlüssel]` (a tab or a comma after the key is
 * understood too when there is no semicolon). Every wrong line is named; the list is taken whole or not at all.
 */
export function parseAreaList(text: string): { ok: true; areas: (Identity & { problems: Problem[] })[] } | { ok: false; error: string } {
  const lines = text.split(/\r\n?|\n/);
  const errors: string[] = [];
  const firstLine = new Map<string, number>();
  const areas: Identity[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    const separator = line.includes(";") ? ";" : line.includes("\t") ? "\t" : ",";
    const [key = "", name = "", parent = ""] = line.split(separator).map((part) => part.trim());
    const number = index + 1;
    if (!key) errors.push(listTexts.line(number, listTexts.noKey));
    else if (!name) errors.push(listTexts.line(number, listTexts.noName));
    else if (firstLine.has(key)) errors.push(listTexts.line(number, listTexts.duplicate(firstLine.get(key)!)));
    else if (key.length > maxLength || name.length > maxLength || parent.length > maxLength) errors.push(listTexts.line(number, listTexts.tooLong));
    else {
      firstLine.set(key, number);
      areas.push({ key, name, parentKey: parent || null });
    }
  });
  if (errors.length > 0) return { ok: false, error: errors.slice(0, 20).join("\n") };
  if (areas.length === 0) return { ok: false, error: listTexts.empty };
  if (areas.length > maxLines) return { ok: false, error: listTexts.tooMany(maxLines) };
  const keys = new Set(areas.map((area) => area.key));
  return {
    ok: true,
    areas: areas.map((area) => ({
      ...area,
      problems: [
        { code: "no_geometry", message: problemTexts.noGeometry },
        ...(area.parentKey && !keys.has(area.parentKey) ? [{ code: "parent", message: problemTexts.unknownParent(area.parentKey) }] : []),
      ],
    })),
  };
}
