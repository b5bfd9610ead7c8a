// A PDF read back as a reader would copy it: its pages' text (unpdf, over
// Mozilla's PDF.js) and the document's title. For the unit tests
// and the end-to-end ones alike.
import { extractText, getDocumentProxy, getMeta } from "unpdf";

export interface PdfText {
  pages: string[];
  title: string | undefined;
}

/** The text of every page of `bytes` (the test fails on bytes that are not a PDF). */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(document, { mergePages: false });
  const { info } = await getMeta(document);
  return { pages: text, title: (info as { Title?: string }).Title };
}
