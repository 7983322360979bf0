import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderCertificate, type CertificateInput } from "./views/certificate.ts";

const input: CertificateInput = {
  personName: "Maria Schäfer-Öztürk",
  municipalityName: "Stadt Bonn",
  pathTitle: "Lernpfad Führung: Leitung gestaltet Veränderung",
  programTitle: "K360 Fellow-Programm 2025–2027",
  modules: [
    { number: 1, title: "Rolle und Haltung in der Präventionskette", dates: ["3. und 4. Dezember 2025"] },
    { number: 2, title: "Veränderung gestalten", dates: ["11. März 2026", "12. März 2026"] },
    { number: 3, title: "Wirkungsorientiert steuern", dates: ["24. und 25. September 2026"] },
  ],
  place: "Halle (Saale)",
  issuedOn: "22. November 2026",
  certificateId: "K360-TB-2026-7F3A",
};

async function render(overrides: Partial<CertificateInput> = {}): Promise<string> {
  const pdf = await renderCertificate({ ...input, ...overrides }, { compress: false });
  // latin1 maps every byte to one char, so the PDF syntax can be searched as a string.
  return pdf.toString("latin1");
}

// Node's TextDecoder treats windows-1252 as Latin-1, so the few WinAnsi-only bytes used here are mapped by hand.
const WIN_ANSI_SPECIALS: Record<number, string> = { 0x84: "„", 0x85: "…", 0x93: "“", 0x94: "”", 0x96: "–" };

/** Text drawn with the standard font: every TJ array holds WinAnsi bytes as hex strings between kerning numbers. */
function drawnText(pdf: string): string {
  const lines = [...pdf.matchAll(/\[([^\]]*)\] TJ/g)].map(([, array]) => {
    const hex = [...array.matchAll(/<([0-9a-f]*)>/g)].map(([, h]) => h).join("");
    return Array.from(Buffer.from(hex, "hex"), (byte) => WIN_ANSI_SPECIALS[byte] ?? String.fromCharCode(byte)).join("");
  });
  return lines.join(" ").replace(/\s+/g, " ");
}

function xmpMetadata(pdf: string): string {
  const xmp = pdf.slice(pdf.indexOf("<x:xmpmeta"), pdf.indexOf("</x:xmpmeta>"));
  return Buffer.from(xmp, "latin1").toString("utf8");
}

function pageCount(pdf: string): number {
  return pdf.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

function utf16be(text: string): string {
  return Buffer.from(text, "utf16le").swap16().toString("latin1");
}

describe("renderCertificate", () => {
  it("produces a single-page tagged PDF 1.7 with language and title", async () => {
    const pdf = await render();
    assert.ok(pdf.startsWith("%PDF-1.7"));
    assert.equal(pageCount(pdf), 1);
    assert.match(pdf, /\/StructTreeRoot \d+ 0 R/);
    assert.match(pdf, /\/MarkInfo \d+ 0 R/);
    assert.match(pdf, /\/Marked true/);
    assert.match(pdf, /\/Lang \(de-DE\)/);
    assert.match(pdf, /\/Title \d+ 0 R/);
    assert.match(pdf, /\/DisplayDocTitle true/);
    assert.ok(xmpMetadata(pdf).includes("Teilnahmebescheinigung – Maria Schäfer-Öztürk"));
  });

  it("is compressed by default", async () => {
    const pdf = (await renderCertificate(input)).toString("latin1");
    assert.ok(pdf.startsWith("%PDF-1.7"));
    assert.match(pdf, /\/FlateDecode/);
    assert.equal(pageCount(pdf), 1);
  });

  it("draws every part of the certificate, including umlauts, dashes and German quotes", async () => {
    const text = drawnText(await render());
    for (const expected of [
      "Teilnahmebescheinigung",
      "Hiermit wird bescheinigt, dass",
      "Maria Schäfer-Öztürk",
      "Stadt Bonn",
      "im Rahmen des Programms „K360 Fellow-Programm 2025–2027“ an folgendem Lernpfad in Halle (Saale)",
      "Lernpfad Führung: Leitung gestaltet Veränderung",
      "Modul 1 Rolle und Haltung in der Präventionskette 3. und 4. Dezember 2025",
      "Modul 2 Veränderung gestalten 11. März 2026 und 12. März 2026",
      "Modul 3 Wirkungsorientiert steuern 24. und 25. September 2026",
      "Alle Module des Lernpfads wurden vollständig besucht.",
      "Ausgestellt am 22. November 2026",
      "Kommune 360° – eine Initiative der Deutschen Kinder- und Jugendstiftung, der Auridis Stiftung und von PHINEO",
      "K360-TB-2026-7F3A",
    ]) {
      assert.ok(text.includes(expected), `missing: ${expected}`);
    }
  });

  it("builds a structure tree with heading, paragraphs and a labelled list", async () => {
    const pdf = await render();
    for (const type of ["Document", "H1", "H2", "P", "L", "LI", "Lbl", "LBody"]) {
      assert.match(pdf, new RegExp(`/S /${type}\\b`), `missing structure element ${type}`);
    }
    assert.equal(pdf.match(/\/S \/LI\b/g)?.length, 3);
  });

  it("puts all text into structure content and all drawn shapes into artifacts", async () => {
    const pdf = await render();
    const open: { tag: string; tagged: boolean }[] = [];
    let texts = 0;
    let shapes = 0;
    for (const [token, tag, dict] of pdf.matchAll(/\/(\w+) <<([^<>]*)>> BDC|^EMC$|^BT$|^.* re$/gm)) {
      if (tag) open.push({ tag, tagged: /\/MCID \d+/.test(dict ?? "") });
      else if (token === "EMC") assert.ok(open.pop(), "EMC without BDC");
      else if (token === "BT") {
        texts++;
        assert.ok(open.at(-1)?.tagged, "text outside structure content");
      } else {
        shapes++;
        assert.equal(open.at(-1)?.tag, "Artifact", "shape outside an artifact");
      }
    }
    assert.equal(open.length, 0);
    assert.ok(texts > 15 && shapes >= 4);
  });

  it("stays on one page for very long input, cutting fields with an ellipsis", async () => {
    const pdf = await render({
      personName: "Maximiliane-Theresia von und zu Hohenlohe-Langenburg ".repeat(40),
      municipalityName: "Verbandsgemeinde Rhein-Selz, Amt für Jugend, Familie und Soziales ".repeat(10),
      programTitle: "K360 Fellow-Programm ".repeat(20),
      pathTitle: "Lernpfad Führung: Leitung gestaltet Veränderung ".repeat(10),
      modules: input.modules.map((module) => ({ ...module, title: module.title.repeat(8) })),
      place: "Halle (Saale) ".repeat(20),
    });
    assert.equal(pageCount(pdf), 1);
    const text = drawnText(pdf);
    assert.ok(text.includes("…"));
    assert.ok(text.includes("Modul 3"));
    assert.ok(text.includes("Ausgestellt am 22. November 2026"));
    assert.ok(text.includes("K360-TB-2026-7F3A"));
  });

  it("refuses to drop modules that do not fit on the page", async () => {
    const modules = Array.from({ length: 20 }, (_, index) => ({ ...input.modules[0], number: index + 1 }));
    await assert.rejects(render({ modules }), RangeError);
  });

  it("simplifies letters outside WinAnsi but keeps the exact spelling as ActualText", async () => {
    const pdf = await render({ personName: "Łukasz Wiśniewski", municipalityName: "Gemeinde Şile\n(Partnerstadt)" });
    const text = drawnText(pdf);
    assert.ok(text.includes("Lukasz Wisniewski"));
    assert.ok(text.includes("Gemeinde Sile (Partnerstadt)"));
    assert.ok(pdf.includes(`/ActualText (${utf16be("\ufeffŁukasz Wiśniewski")})`));
    for (const [, hex] of pdf.matchAll(/<([0-9a-f]*)>/g)) assert.equal(hex.length % 2, 0, `corrupt hex string ${hex}`);
  });

  it("treats input as plain text and keeps the XMP metadata well-formed", async () => {
    const pdf = await render({ personName: "A & B <script>", pathTitle: "Lernpfad </rdf:li> & mehr" });
    assert.ok(drawnText(pdf).includes("A & B <script>"));
    const xmp = xmpMetadata(pdf);
    assert.doesNotMatch(xmp, /&(?!amp;|lt;|gt;|quot;|apos;|#)/);
    assert.doesNotMatch(xmp, /<script>|Lernpfad <\/rdf:li>/);
    assert.ok(xmp.includes("A ＆ B ＜script＞"));
  });
});
