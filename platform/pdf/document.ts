// A printable report as a PDF, written on the server with pdfkit: A4 pages,
// headings, paragraphs and tables whose heading row comes back on every
// page they run onto, and a running header and footer drawn once the page
// count is known. Text is set in DejaVu Sans (embedded, subset), so that any
// name a company types (Ł, ß, Cyrillic, Greek) prints as typed; PDF's
// standard fonts know Latin-1 only.
import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";

// Read from the installed package at run time, from the app's folder (where
// `npm start`, the worker and the tests run): a `require.resolve` of a .ttf
// would make the bundler try, and fail, to bundle the font as a module.
const fontFile = (file: string) => path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", file);
const FONTS = { regular: fontFile("DejaVuSans.ttf"), bold: fontFile("DejaVuSans-Bold.ttf") };

const MARGIN = 48;
const BODY = 9.5;
const CELL_PADDING = 4;
const GREY = "#555555";
const RULE = "#bbbbbb";

export interface PdfColumn {
  heading: string;
  /** Its share of the page's width (the shares of a table add up to 1). */
  share: number;
  align?: "left" | "right";
}

/** A table's line; `strong` sets it in bold with a rule above (a total). */
export interface PdfRow {
  cells: string[];
  strong?: boolean;
}

export interface PdfReportSpec {
  title: string;
  /** The document's language (BCP 47), for readers and screen readers. */
  lang: string;
  /** Drawn at the top of every page (the report's state, e.g. "provisional"), or null. */
  stamp: string | null;
  /** The footer of page `page` of `count`. */
  footer: (page: number, count: number) => string;
}

/** What a report's body is written with. */
export interface PdfWriter {
  heading(text: string): void;
  paragraph(text: string, options?: { muted?: boolean }): void;
  table(columns: PdfColumn[], rows: PdfRow[]): void;
  newPage(): void;
}

type Doc = PDFKit.PDFDocument;

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

function writer(doc: Doc): PdfWriter {
  const gap = (points: number) => { doc.y += points; };
  const cellWidths = (columns: PdfColumn[]) => columns.map((c) => contentWidth(doc) * c.share);
  const rowHeight = (cells: string[], widths: number[], font: "regular" | "bold") => {
    doc.font(font).fontSize(BODY);
    return Math.max(...cells.map((text, i) => doc.heightOfString(text || " ", { width: (widths[i] ?? 0) - 2 * CELL_PADDING }))) + 2 * CELL_PADDING;
  };
  const drawRow = (cells: string[], columns: PdfColumn[], widths: number[], font: "regular" | "bold", height: number) => {
    const top = doc.y;
    let x = doc.page.margins.left;
    doc.font(font).fontSize(BODY).fillColor("black");
    cells.forEach((text, i) => {
      const width = widths[i] ?? 0;
      doc.text(text, x + CELL_PADDING, top + CELL_PADDING, { width: width - 2 * CELL_PADDING, align: columns[i]?.align ?? "left" });
      x += width;
    });
    doc.x = doc.page.margins.left;
    doc.y = top + height;
  };
  const rule = (weight: number) => {
    doc.moveTo(doc.page.margins.left, doc.y).lineTo(doc.page.margins.left + contentWidth(doc), doc.y).lineWidth(weight).strokeColor(RULE).stroke();
  };
  return {
    heading(text) {
      if (doc.y + 60 > bottom(doc)) doc.addPage();
      doc.font("bold").fontSize(14).fillColor("black").text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
      gap(6);
    },
    paragraph(text, options = {}) {
      doc.font("regular").fontSize(BODY + 0.5).fillColor(options.muted ? GREY : "black").text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
      doc.fillColor("black");
      gap(6);
    },
    table(columns, rows) {
      const widths = cellWidths(columns);
      const headings = columns.map((c) => c.heading);
      const headingHeight = rowHeight(headings, widths, "bold");
      const drawHeadings = () => {
        drawRow(headings, columns, widths, "bold", headingHeight);
        rule(1);
      };
      drawHeadings();
      for (const row of rows) {
        const font = row.strong ? "bold" : "regular";
        const height = rowHeight(row.cells, widths, font);
        // A line never splits across pages; the headings start the next one.
        if (doc.y + height > bottom(doc)) {
          doc.addPage();
          drawHeadings();
        }
        if (row.strong) rule(0.75);
        drawRow(row.cells, columns, widths, font, height);
      }
      gap(10);
    },
    newPage() {
      doc.addPage();
    },
  };
}

/** Draws the stamp and footer on every page, once all of them exist. */
function decorate(doc: Doc, spec: PdfReportSpec): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    // Writing in the margins must not start a new page.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    const width = doc.page.width - margins.left - margins.right;
    if (spec.stamp) doc.font("bold").fontSize(BODY).fillColor("#b45309").text(spec.stamp, margins.left, MARGIN / 2 - 4, { width, align: "right" });
    doc.font("regular").fontSize(8).fillColor(GREY).text(spec.footer(index - start + 1, count), margins.left, doc.page.height - MARGIN / 2 - 6, { width, align: "center" });
    doc.page.margins = margins;
  }
  doc.fillColor("black");
}

/** A report written by `body`, as the bytes of its PDF. */
export function pdfReport(spec: PdfReportSpec, body: (write: PdfWriter) => void): ReadableStream<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    lang: spec.lang,
    displayTitle: true,
    info: { Title: spec.title, Creator: "SSI Board", Producer: "SSI Board" },
  });
  doc.registerFont("regular", FONTS.regular);
  doc.registerFont("bold", FONTS.bold);
  doc.font("regular");
  return new ReadableStream<Uint8Array>({
    start(controller) {
      doc.on("data", (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
      doc.on("end", () => controller.close());
      doc.on("error", (error: Error) => controller.error(error));
      try {
        body(writer(doc));
        decorate(doc, spec);
        doc.end();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}
