import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A piece of text placed on the page: its baseline y and left x in PDF points (y grows upwards), and its width. */
interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/**
 * Two pieces whose baselines differ by less than this share of the smaller font size are on the same line: table cells
 * in one row share a baseline, and anything closer than a third of a line is not a line of its own.
 */
const SAME_LINE_SHARE = 0.3;

/**
 * A gap narrower than this share of the font size is no word break, only two runs of one word (a bold currency sign
 * beside its figure, say), so the pieces are joined without a space.
 */
const WORD_GAP_SHARE = 0.1;

/**
 * The text of a PDF, one string per page, pages joined by form feeds. Each page's text is rebuilt line by
 * line from where its pieces sit, so a table row reads as one line, its cells left to right and one space apart, and
 * a line's text does not depend on the order in which the PDF happens to draw it.
 */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  // pdf.js takes the buffer over, so it gets a copy and the caller's bytes stay usable.
  const document = await getDocument({ data: pdf.slice(), isEvalSupported: false, disableFontFace: true, verbosity: VerbosityLevel.ERRORS }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const placed: PlacedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [scaleX = 0, skewY = 0, , , x = 0, y = 0] = item.transform;
        placed.push({ text: item.str, x, y, width: item.width, size: Math.hypot(scaleX, skewY) || item.height });
      }
      pages.push(linesOf(placed).join('\n'));
    }
    return pages.join('\f');
  } finally {
    await document.destroy();
  }
}

/** Groups pieces into lines by baseline, top to bottom, and writes each line's pieces left to right. */
function linesOf(placed: readonly PlacedText[]): string[] {
  const lines: PlacedText[][] = [];
  for (const piece of [...placed].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.at(-1);
    const anchor = line?.[0];
    if (line !== undefined && anchor !== undefined && Math.abs(anchor.y - piece.y) < SAME_LINE_SHARE * Math.min(anchor.size, piece.size)) {
      line.push(piece);
    } else {
      lines.push([piece]);
    }
  }
  return lines.map(lineText);
}

function lineText(line: readonly PlacedText[]): string {
  let text = '';
  let previous: PlacedText | undefined;
  for (const piece of [...line].sort((a, b) => a.x - b.x)) {
    const pieceText = piece.text.trim();
    if (previous !== undefined) {
      const gap = piece.x - (previous.x + previous.width);
      const joined = gap < WORD_GAP_SHARE * Math.min(previous.size, piece.size) && !/\s$/.test(previous.text) && !/^\s/.test(piece.text);
      if (!joined) text += ' ';
    }
    text += pieceText;
    previous = piece;
  }
  return text;
}
