import { test } from "node:test";
import assert from "node:assert/strict";
import { checkImportRows } from "./subscriber-import.ts";

const today = "2026-12-07";
const header = ["E-Mail", "Einwilligung am", "Quelle"];

test("rows with address, consent day (TT.MM.JJJJ or ISO) and source are read; every other row gets its German reason", () => {
  const result = checkImportRows(
    [
      header,
      ["Anna@Beispiel.de", "14.03.2025", "Anmeldeliste Fachtag 2025"],
      ["ben@beispiel.de", "", ""],
      ["kaputt", "14.03.2025", "Liste"],
      ["carla@beispiel.de", "31.02.2025", "Liste"],
      ["dora@beispiel.de", "08.12.2026", "Liste"],
      ["emil@beispiel.de", "1.2.2025", ""],
      ["anna@beispiel.de", "2025-03-15", "Noch einmal"],
      ["fritz@beispiel.de", "2025-03-15", "Visitenkarte Messe"],
    ],
    today,
  );
  assert.ok("rows" in result);
  assert.deepEqual(result.rows, [
    { line: 2, email: "anna@beispiel.de", consentOn: "2025-03-14", source: "Anmeldeliste Fachtag 2025" },
    { line: 9, email: "fritz@beispiel.de", consentOn: "2025-03-15", source: "Visitenkarte Messe" },
  ]);
  assert.deepEqual(
    result.problems.map((p) => [p.line, p.message]),
    [
      [3, "Der Nachweis der Einwilligung fehlt: Datum und Quelle sind leer."],
      [4, "Die E-Mail-Adresse ist ungültig."],
      [5, "„31.02.2025“ ist kein gültiges Datum. Bitte im Format TT.MM.JJJJ, zum Beispiel 14.03.2025."],
      [6, "Das Datum der Einwilligung liegt in der Zukunft."],
      [7, "Die Quelle der Einwilligung fehlt (zum Beispiel „Anmeldeliste Fachtag 2025“)."],
      [8, "Die Adresse steht weiter oben schon in der Datei."],
    ],
  );
});

test("columns are found by their German names in any order; a list without proof columns is refused as a whole", () => {
  const reordered = checkImportRows(
    [
      ["Quelle", "E-Mail-Adresse", "Einwilligungsdatum"],
      ["Liste", "a@b.de", "01.01.2026"],
    ],
    today,
  );
  assert.ok("rows" in reordered);
  assert.deepEqual(reordered.rows[0], { line: 2, email: "a@b.de", consentOn: "2026-01-01", source: "Liste" });
  const bare = checkImportRows([["E-Mail"], ["a@b.de"]], today);
  assert.ok("error" in bare);
  assert.match(bare.error, /Ohne Nachweis der Einwilligung/);
  assert.deepEqual(checkImportRows([header], today), { error: "Die Datei enthält keine Zeilen unter der Überschriftenzeile." });
  assert.ok("error" in checkImportRows([["Name"], ["x"]], today));
});
