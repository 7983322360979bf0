import PDFDocument from "pdfkit";
import { ACCENT, MARGINS, MUTED, TEXT, type Doc, type StructElement, type TextStyle } from "../../../../platform/pdf/layout.ts";
import { actualTextFor, metadataText, toWinAnsi } from "../../../../platform/pdf/text.ts";
import { markdownBlocks, questionLines } from "./markdown.ts";

export interface PdfSection {
  kind: string;
  kindLabel: string;
  title: string;
  body: string;
}

export interface PdfChapter {
  title: string;
  levelLabel: string;
  intro: string;
  sections: PdfSection[];
}

export interface GuidePdfInput {
  /** The document title (metadata and first heading). */
  title: string;
  /** Paragraphs before the chapters (the whole guide's introduction). */
  intro: string[];
  /** Chapters grouped under level headings (whole guide) or a single chapter without groups. */
  groups: { label: string | null; description: string; chapters: PdfChapter[] }[];
}

const style = (font: TextStyle["font"], size: number, color = TEXT): TextStyle => ({ font, size, color });
const BRAND: TextStyle = { ...style("Helvetica-Bold", 9, ACCENT), characterSpacing: 1.2 };
const HEADINGS = [
  style("Helvetica-Bold", 24),
  style("Helvetica-Bold", 18),
  style("Helvetica-Bold", 15),
  style("Helvetica-Bold", 13),
  style("Helvetica-Bold", 11.5),
  style("Helvetica-Bold", 11),
];
const BODY = style("Helvetica", 11);
const LABEL = style("Helvetica-Bold", 9.5, ACCENT);
const MUTED_TEXT = style("Helvetica", 10.5, MUTED);
const FOOTER = style("Helvetica", 8.5, MUTED);
const lineGap = (s: TextStyle) => s.size * 0.3;
const LIST_INDENT = 18;

/** Writes tagged blocks top-down over as many pages as needed; headings never stay alone at a page's end. */
class Writer {
  readonly width: number;
  constructor(readonly doc: Doc) {
    this.width = doc.page.width - MARGINS.left - MARGINS.right;
  }

  private room(height: number) {
    if (this.doc.y + height > this.doc.page.height - MARGINS.bottom) this.newPage();
  }

  newPage() {
    this.doc.addPage();
    this.doc.y = MARGINS.top;
  }

  block(parent: StructElement, type: string, text: string, textStyle: TextStyle, gapAfter = 6, value = MARGINS.left, keepWithNext = 0) {
    const { doc } = this;
    const width = this.width - (value - MARGINS.left);
    doc.font(textStyle.font).fontSize(textStyle.size);
    this.room(doc.currentLineHeight(true) * 2 + lineGap(textStyle) + keepWithNext);
    const actual = actualTextFor(text);
    parent.add(
      doc.struct(type, actual ? { actual } : {}, () => {
        doc.font(textStyle.font).fontSize(textStyle.size).fillColor(textStyle.color);
        doc.text(toWinAnsi(text), value, doc.y, { width, lineGap: lineGap(textStyle), characterSpacing: textStyle.characterSpacing ?? 0 });
      }),
    );
    doc.y += gapAfter;
  }

  heading(parent: StructElement, level: number, text: string) {
    const count = Math.min(6, Math.max(1, level));
    this.block(parent, `H${count}`, text, HEADINGS[count - 1], count <= 2 ? 10 : 5, MARGINS.left, 40);
  }

  list(parent: StructElement, items: string[], ordered: boolean) {
    const { doc } = this;
    const list = doc.struct("L");
    parent.add(list);
    items.forEach((text, index) => {
      doc.font(BODY.font).fontSize(BODY.size);
      this.room(doc.currentLineHeight(true) * 2);
      const item = doc.struct("LI");
      list.add(item);
      const top = doc.y;
      this.block(item, "Lbl", ordered ? `${index + 1}.` : "•", BODY, 0);
      doc.y = top;
      const body = doc.struct("LBody");
      item.add(body);
      this.block(body, "P", text, BODY, 4, MARGINS.left + LIST_INDENT);
      body.end();
      item.end();
    });
    list.end();
    doc.y += 4;
  }

  /** Paints on every page at the end, marked as an artifact so that screen readers skip it. */
  footers(title: string) {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let start = range.start; start < range.start + range.count; start++) {
      doc.switchToPage(start);
      // Below the bottom margin pdfkit would start a new page; the footer belongs there.
      doc.page.margins.bottom = 0;
      doc.markContent("Artifact", { type: "Pagination" });
      doc.font(FOOTER.font).fontSize(FOOTER.size).fillColor(FOOTER.color);
      doc.text(toWinAnsi(`${title} · Seite ${start + 1} von ${range.count}`), MARGINS.left, doc.page.height - MARGINS.bottom + 18, {
        width: this.width,
        lineBreak: false,
      });
      doc.endMarkedContent();
    }
  }
}

function writeSection(writer: Writer, parent: StructElement, section: PdfSection, level: number) {
  const sect = writer.doc.struct("Sect");
  parent.add(sect);
  writer.block(sect, "P", section.kindLabel.toUpperCase(), LABEL, 2, MARGINS.left, 40);
  writer.heading(sect, level, section.title);
  if (section.kind === "reflexionsfrage")
    writer.list(
      sect,
      questionLines(section.body).map((q) =>
        markdownBlocks(q)
          .map((b) => (b.type === "list" ? b.items.join(" ") : b.text))
          .join(" "),
      ),
      false,
    );
  else {
    for (const right of markdownBlocks(section.body)) {
      if (right.type === "h") writer.heading(sect, level + right.level, right.text);
      else if (right.type === "list") writer.list(sect, right.items, right.ordered);
      else writer.block(sect, "P", right.text, BODY);
    }
  }
  sect.end();
  writer.doc.y += 8;
}

function writeChapter(writer: Writer, parent: StructElement, chapter: PdfChapter, level: number) {
  const sect = writer.doc.struct("Sect");
  parent.add(sect);
  writer.block(sect, "P", chapter.levelLabel, MUTED_TEXT, 2, MARGINS.left, 40);
  writer.heading(sect, level, chapter.title);
  for (const right of markdownBlocks(chapter.intro)) writer.block(sect, "P", right.type === "list" ? right.items.join(" · ") : right.text, BODY);
  writer.doc.y += 6;
  for (const section of chapter.sections) writeSection(writer, sect, section, level + 1);
  sect.end();
}

/** A tagged, accessible PDF (PDF 1.7, language de-DE, title shown) of one chapter or the whole guide. */
export function renderGuidePdf(input: GuidePdfInput, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGINS,
    bufferPages: true,
    compress: options.compress ?? true,
    tagged: true,
    lang: "de-DE",
    pdfVersion: "1.7",
    displayTitle: true,
    info: { Title: metadataText(input.title), Author: "Kommune 360°", Subject: "Change-Guide der Initiative Kommune 360°" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const writer = new Writer(doc);
  const root = doc.struct("Document");
  doc.addStructure(root);
  doc.y = MARGINS.top;
  writer.block(root, "P", "KOMMUNE 360° · CHANGE-GUIDE", BRAND, 12);
  const single = input.groups.length === 1 && input.groups[0].label === null && input.groups[0].chapters.length === 1;
  if (single) writeChapter(writer, root, input.groups[0].chapters[0], 1);
  else {
    writer.heading(root, 1, input.title);
    for (const text of input.intro) writer.block(root, "P", text, BODY);
    for (const group of input.groups) {
      group.chapters.forEach((chapter, index) => {
        writer.newPage();
        if (index === 0 && group.label) {
          writer.heading(root, 2, group.label);
          if (group.description) writer.block(root, "P", group.description, MUTED_TEXT, 12);
        }
        writeChapter(writer, root, chapter, group.label ? 3 : 2);
      });
    }
  }
  root.end();
  writer.footers(input.title);
  doc.end();
  return done;
}
