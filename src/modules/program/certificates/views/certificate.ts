import PDFDocument from "pdfkit";
import { ACCENT, Layout, MARGINS, MUTED, TEXT, type StructElement, type TextStyle } from "../../../../platform/pdf/layout.ts";
import { metadataText } from "../../../../platform/pdf/text.ts";

export interface CertificateModule {
  number: number;
  title: string;
  /** Already formatted in German, e.g. "3. und 4. Dezember 2025". */
  dates: string[];
}

export interface CertificateInput {
  personName: string;
  /** e.g. "Stadt Bonn" */
  municipalityName: string;
  pathTitle: string;
  programTitle: string;
  modules: CertificateModule[];
  place: string;
  issuedOn: string;
  /** Printed small at the bottom so that the certificate's authenticity can be checked. */
  certificateId: string;
}

export interface RenderCertificateOptions {
  /** false keeps the content streams readable, which lets tests inspect the drawn text. */
  compress?: boolean;
}

const LABEL_WIDTH = 72;

const BRAND: TextStyle = { font: "Helvetica-Bold", size: 10, color: ACCENT, characterSpacing: 1.5 };
const TITLE: TextStyle = { font: "Helvetica-Bold", size: 30, color: TEXT };
const LEAD: TextStyle = { font: "Helvetica", size: 13, color: MUTED };
const BODY: TextStyle = { font: "Helvetica", size: 11.5, color: TEXT };
const NAME: TextStyle = { font: "Helvetica-Bold", size: 22, color: TEXT };
const PATH: TextStyle = { font: "Helvetica-Bold", size: 15, color: ACCENT };
const LABEL: TextStyle = { font: "Helvetica-Bold", size: 10.5, color: ACCENT };
const MODULE: TextStyle = { font: "Helvetica-Bold", size: 11.5, color: TEXT };
const SMALL: TextStyle = { font: "Helvetica", size: 10.5, color: MUTED };
const FOOTER: TextStyle = { font: "Helvetica", size: 9, color: MUTED };
const FOOTER_ID: TextStyle = { font: "Helvetica", size: 8, color: MUTED };

const INITIATIVE = "Kommune 360° – eine Initiative der Deutschen Kinder- und Jugendstiftung, der Auridis Stiftung und von PHINEO";

const germanList = new Intl.ListFormat("de-DE", { type: "conjunction" });

/** A long name gets smaller instead of being cut off: the name is what the certificate is about. */
function nameStyle(layout: Layout, name: string): TextStyle {
  const size = [22, 19, 16].find((candidate) => layout.fits(name, { ...NAME, size: candidate }, 2)) ?? 16;
  return { ...NAME, size };
}

function drawModules(layout: Layout, parent: StructElement, modules: CertificateModule[]): void {
  const { doc } = layout;
  const list = doc.struct("L");
  parent.add(list);
  const bodyX = MARGINS.left + LABEL_WIDTH;
  const bodyWidth = layout.width - LABEL_WIDTH;
  modules.forEach((module, index) => {
    if (index > 0) layout.rule(doc.y - 7, { thickness: 0.5 });
    const top = doc.y;
    const item = doc.struct("LI");
    list.add(item);
    layout.block(item, "Lbl", `Modul ${module.number}`, LABEL, { width: LABEL_WIDTH, maxLines: 1 });
    const labelBottom = doc.y;
    doc.y = top;
    // Separate paragraphs keep title and dates apart when the text is read aloud or extracted.
    const body = doc.struct("LBody");
    item.add(body);
    layout.block(body, "P", module.title, MODULE, { gapAfter: 2, x: bodyX, width: bodyWidth, maxLines: 2 });
    layout.block(body, "P", germanList.format(module.dates), SMALL, { x: bodyX, width: bodyWidth, maxLines: 1 });
    body.end();
    item.end();
    doc.y = Math.max(doc.y, labelBottom) + 14;
  });
  list.end();
}

export function renderCertificate(input: CertificateInput, options: RenderCertificateOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGINS,
    compress: options.compress ?? true,
    tagged: true,
    lang: "de-DE",
    pdfVersion: "1.7",
    displayTitle: true,
    info: {
      Title: metadataText(`Teilnahmebescheinigung – ${input.personName}`),
      Author: "Kommune 360°",
      Subject: metadataText(`${input.pathTitle} (${input.programTitle})`),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const layout = new Layout(doc);
  const root = doc.struct("Document");
  doc.addStructure(root);

  // The footer sits at the page bottom; measuring it first tells the body where it must stop.
  const idLine = `Bescheinigungs-ID (zur Echtheitsprüfung): ${input.certificateId}`;
  const footerTop = layout.bottom - layout.height(INITIATIVE, FOOTER) - 4 - layout.height(idLine, FOOTER_ID);
  // The issue date is anchored above the footer as well, so that overlong input can never push it off.
  const issued = `Ausgestellt am ${input.issuedOn}`;
  const issuedTop = footerTop - 24 - layout.height(issued, BODY);
  layout.bottom = issuedTop - 16;

  layout.decoration((d) => d.rect(0, 0, d.page.width, 10).fill(ACCENT));
  doc.y = MARGINS.top;
  layout.block(root, "P", "KOMMUNE 360°", BRAND, { gapAfter: 14 });
  layout.block(root, "H1", "Teilnahmebescheinigung", TITLE, { gapAfter: 6 });
  layout.block(root, "P", input.programTitle, LEAD, { gapAfter: 10, maxLines: 1 });
  layout.rule(doc.y, { width: 48, color: ACCENT, thickness: 3 });
  doc.y += 28;

  layout.block(root, "P", "Hiermit wird bescheinigt, dass", BODY, { gapAfter: 10 });
  layout.block(root, "P", input.personName, nameStyle(layout, input.personName), { gapAfter: 4, maxLines: 2 });
  layout.block(root, "P", input.municipalityName, LEAD, { gapAfter: 20, maxLines: 2 });
  layout.block(root, "P", `im Rahmen des Programms „${input.programTitle}“ an folgendem Lernpfad in ${input.place} teilgenommen hat:`, BODY, {
    gapAfter: 14,
    maxLines: 3,
  });
  layout.block(root, "H2", input.pathTitle, PATH, { gapAfter: 16, maxLines: 2 });
  drawModules(layout, root, input.modules);
  doc.y += 6;
  // Passive, so that a long name is not repeated and the sentence needs no gendered pronoun.
  layout.block(root, "P", "Alle Module des Lernpfads wurden vollständig besucht.", BODY);

  layout.bottom = layout.pageBottom;
  doc.y = issuedTop;
  layout.block(root, "P", issued, BODY, { maxLines: 2 });
  layout.rule(footerTop - 14);
  doc.y = footerTop;
  layout.block(root, "P", INITIATIVE, FOOTER, { gapAfter: 4 });
  layout.block(root, "P", idLine, FOOTER_ID, { maxLines: 2 });
  root.end();
  doc.end();
  return done;
}
