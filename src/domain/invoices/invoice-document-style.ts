import type { DocumentLabels } from './document-labels';
import { cssString } from './document-text';

/**
 * The printed invoice's colours. The document is a standalone page (the preview frame, the PDF) that cannot read the
 * app's style variables, so whoever renders it hands them over; they stay the same in either theme, as paper does.
 */
export interface DocumentPalette {
  ink: string;
  muted: string;
  faint: string;
  rule: string;
  panel: string;
  accent: string;
  accentSoft: string;
  /** The draft flag and, faintly, the DRAFT watermark. */
  flag: string;
  /** The page number and document name in the bottom margin. */
  footer: string;
  paper: string;
}

/** A colour value as CSS spells it (#hex, rgb(), a name): nothing that could end a declaration or the style sheet. */
const PLAIN_COLOUR = /^[#\w\s(),.%/-]+$/;

function colour(palette: DocumentPalette, name: keyof DocumentPalette): string {
  const value = palette[name].trim();
  if (!PLAIN_COLOUR.test(value)) throw new Error(`The document palette's ${name} is not a colour: ${JSON.stringify(palette[name])}`);
  return value;
}

/** The page count in the document's words, "Page {page} of {pages}", as CSS content: the counters between strings. */
function pageCounter(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** The watermark's size in points: as large as a short word allows, smaller for a long one, so it stays on the page. */
function watermarkSize(word: string): number {
  return Math.min(96, Math.floor(560 / Math.max(1, word.length)));
}

/**
 * The printed invoice's style sheet: A4 pages with the document's number and a page count in the bottom margin,
 * system fonts only (the document must load nothing), tabular figures so amounts line up, and colours that survive
 * black-and-white printing. `footerLabel` is user text, so it enters the CSS only as an escaped string.
 */
export function invoiceDocumentStyle(footerLabel: string, palette: DocumentPalette, labels: Pick<DocumentLabels, 'page' | 'draftWatermark'>): string {
  const footer = colour(palette, 'footer');
  const flag = colour(palette, 'flag');
  return `
@page {
  size: A4;
  margin: 16mm 17mm 20mm;
  @bottom-left { content: ${cssString(footerLabel)}; font: 7.5pt/1.3 var(--font); color: ${footer}; }
  @bottom-right { content: ${pageCounter(labels.page)}; font: 7.5pt/1.3 var(--font); color: ${footer}; }
}
:root {
  --font: "Inter", "Segoe UI", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  --ink: ${colour(palette, 'ink')};
  --muted: ${colour(palette, 'muted')};
  --faint: ${colour(palette, 'faint')};
  --rule: ${colour(palette, 'rule')};
  --panel: ${colour(palette, 'panel')};
  --accent: ${colour(palette, 'accent')};
  --accent-soft: ${colour(palette, 'accentSoft')};
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 9.5pt/1.45 var(--font); color: var(--ink); background: ${colour(palette, 'paper')}; font-variant-numeric: tabular-nums; }
.sheet { max-width: 176mm; margin: 0 auto; }
@media screen { .sheet { padding: 14mm 0 18mm; } }
h1, h2, p, dl, dd { margin: 0; }
.masthead { display: flex; justify-content: space-between; align-items: flex-start; gap: 12mm; padding-bottom: 7mm; border-bottom: 2px solid var(--accent); }
.seller-name { font-size: 13pt; font-weight: 650; letter-spacing: -0.01em; }
.seller-lines { margin-top: 1.5mm; color: var(--muted); }
.title-block { text-align: right; flex-shrink: 0; }
.title-block h1 { font-size: 22pt; font-weight: 650; letter-spacing: 0.06em; text-transform: uppercase; color: var(--accent); line-height: 1.1; }
.document-number { margin-top: 1.5mm; font-size: 11pt; font-weight: 600; }
.draft-flag { display: inline-block; margin-top: 2mm; padding: 0.6mm 2.4mm; border: 1px solid ${flag}; border-radius: 1mm; color: ${flag}; font-size: 8pt; font-weight: 650; letter-spacing: 0.08em; text-transform: uppercase; }
.parties { display: grid; grid-template-columns: 1fr 68mm; gap: 12mm; margin-top: 8mm; }
.label { font-size: 7.5pt; font-weight: 650; letter-spacing: 0.09em; text-transform: uppercase; color: var(--faint); margin-bottom: 1.5mm; }
.buyer-name { font-size: 10.5pt; font-weight: 600; }
.buyer-lines { margin-top: 1mm; color: var(--muted); }
.facts { align-self: start; background: var(--panel); border-radius: 2mm; padding: 3.5mm 5mm; }
.fact { display: flex; justify-content: space-between; align-items: baseline; gap: 6mm; padding: 0.7mm 0; }
.fact dt { color: var(--muted); }
.fact dd { text-align: right; font-weight: 550; }
.fact.due { margin-top: 1.8mm; padding-top: 2.4mm; border-top: 1px solid var(--rule); }
.fact.due dt { font-weight: 650; color: var(--ink); }
.fact.due dd { font-size: 11.5pt; font-weight: 700; color: var(--accent); }
table { width: 100%; border-collapse: collapse; }
.lines { margin-top: 9mm; }
.lines th { font-size: 7.5pt; font-weight: 650; letter-spacing: 0.09em; text-transform: uppercase; color: var(--faint); text-align: left; padding: 0 2mm 2mm; border-bottom: 1px solid var(--ink); }
.lines th.num, .tax-summary th.num { text-align: right; }
.lines td { padding: 2.6mm 2mm; border-bottom: 1px solid var(--rule); vertical-align: top; }
.lines th:first-child, .lines td:first-child { padding-left: 0; }
.lines th:last-child, .lines td:last-child { padding-right: 0; }
.lines tr { break-inside: avoid; }
.num { text-align: right; white-space: nowrap; }
.lines .description { width: 46%; overflow-wrap: anywhere; }
.summary { display: grid; grid-template-columns: 1fr 74mm; gap: 14mm; align-items: start; margin-top: 6mm; break-inside: avoid; }
.tax-summary th { font-size: 7.5pt; font-weight: 650; letter-spacing: 0.09em; text-transform: uppercase; color: var(--faint); text-align: left; padding: 0 0 1.5mm; border-bottom: 1px solid var(--rule); }
.tax-summary td { padding: 1.5mm 0; color: var(--muted); }
.tax-summary th.num, .tax-summary td.num { padding-left: 4mm; }
.totals td { padding: 1.3mm 0; }
.totals td:first-child { color: var(--muted); }
.totals .net td { border-top: 1px solid var(--rule); padding-top: 2mm; }
.totals .grand td { border-top: 2px solid var(--ink); padding-top: 2.6mm; font-size: 12pt; font-weight: 700; color: var(--ink); }
.totals .balance td { font-weight: 650; color: var(--accent); }
.legal-note { margin-top: 7mm; padding: 3mm 4mm; border-left: 3px solid var(--accent); background: var(--accent-soft); break-inside: avoid; }
.closing { display: grid; grid-template-columns: 1fr 1fr; gap: 12mm; margin-top: 9mm; break-inside: avoid; }
.closing p { color: var(--muted); overflow-wrap: anywhere; }
.watermark { position: fixed; top: 42%; left: 0; right: 0; text-align: center; font-size: ${watermarkSize(labels.draftWatermark)}pt; font-weight: 800; letter-spacing: 0.2em; color: color-mix(in srgb, ${flag} 7%, transparent); transform: rotate(-28deg); pointer-events: none; }
`;
}
