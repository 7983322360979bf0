import type PDFDocument from "pdfkit";
import { actualTextFor, toWinAnsi } from "./text.ts";

export type Doc = InstanceType<typeof PDFDocument>;
export type StructElement = ReturnType<Doc["struct"]>;

export interface TextStyle {
  font: "Helvetica" | "Helvetica-Bold";
  size: number;
  color: string;
  characterSpacing?: number;
}

// Colours of the KERN design system (darkblue-700, neutral-950, neutral-650, neutral-200).
export const ACCENT = "#2044aa";
export const TEXT = "#131525";
export const MUTED = "#51577a";
const RULE = "#c0c3d5";

export interface BlockPlacement {
  gapAfter?: number;
  x?: number;
  width?: number;
  /** Input fields have no length limit; capping their lines keeps the page layout predictable. */
  maxLines?: number;
}

function lineGap(style: TextStyle): number {
  return style.size * 0.25;
}

export const MARGINS = { top: 72, bottom: 56, left: 72, right: 72 };

/**
 * Lays out tagged text blocks top-down and never below `bottom`, so the certificate stays on
 * one page whatever the input length.
 */
export class Layout {
  readonly width: number;
  readonly pageBottom: number;
  bottom: number;

  constructor(readonly doc: Doc) {
    this.width = doc.page.width - MARGINS.left - MARGINS.right;
    this.pageBottom = doc.page.height - MARGINS.bottom;
    this.bottom = this.pageBottom;
  }

  height(text: string, style: TextStyle): number {
    this.doc.font(style.font).fontSize(style.size);
    return this.doc.heightOfString(toWinAnsi(text), { width: this.width, lineGap: lineGap(style) });
  }

  /** Whether the text wraps into at most maxLines lines at full width. */
  fits(text: string, style: TextStyle, maxLines: number): boolean {
    const perLine = this.doc.font(style.font).fontSize(style.size).currentLineHeight(true) + lineGap(style);
    return this.height(text, style) <= maxLines * perLine + 0.5;
  }

  /** One structure element (P, H1, Lbl, …) holding one text block, followed by `gapAfter` points. */
  block(parent: StructElement, type: string, text: string, style: TextStyle, placement: BlockPlacement = {}): void {
    const { doc } = this;
    const { gapAfter = 0, x: value = MARGINS.left, width = this.width, maxLines = 3 } = placement;
    doc.font(style.font).fontSize(style.size);
    const line = doc.currentLineHeight(true);
    if (doc.y + line > this.bottom) {
      // Silently dropping text would make the certificate wrong, a second page is not wanted.
      throw new RangeError(`Certificate content does not fit on one page (at "${type}")`);
    }
    // Room for exactly maxLines lines (pdfkit's wrapper stops once the next line would pass the height).
    const height = Math.min((maxLines - 1) * (line + lineGap(style)) + line + lineGap(style) / 2, this.bottom - doc.y);
    const actual = actualTextFor(text);
    const draw = () => {
      doc.font(style.font).fontSize(style.size).fillColor(style.color);
      // Text beyond the height is cut with "…".
      doc.text(toWinAnsi(text), value, doc.y, {
        width,
        height,
        ellipsis: true,
        lineGap: lineGap(style),
        characterSpacing: style.characterSpacing ?? 0,
      });
    };
    // pdfkit runs the closure right away (the parent is attached) inside the element's marked content.
    parent.add(doc.struct(type, actual ? { actual } : {}, draw));
    doc.y += gapAfter;
  }

  /** Lines and bands carry no meaning, so assistive technology must skip them. */
  decoration(paint: (doc: Doc) => void): void {
    this.doc.markContent("Artifact", { type: "Layout" });
    this.doc.save();
    paint(this.doc);
    this.doc.restore();
    this.doc.endMarkedContent();
  }

  rule(year: number, { width = this.width, color = RULE, thickness = 0.75 } = {}): void {
    this.decoration((doc) => doc.rect(MARGINS.left, year, width, thickness).fill(color));
  }
}
