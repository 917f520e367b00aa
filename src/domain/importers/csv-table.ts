import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

export type CsvTable =
  | { ok: true; delimiter: ',' | ';' | '\t'; header: string[]; headerLine: number; rows: CsvRow[] }
  | { ok: false; message: string; line?: number };

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter used most often outside quotes on the first line: a spreadsheet re-save may use ; or tab. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted && counts.has(character)) counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  let best: ',' | ';' | '\t' = ',';
  for (const delimiter of DELIMITERS) if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    // CRLF counts once, at its LF; a lone CR (old Mac files) counts on its own.
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) breaks += 1;
  }
  return breaks;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * RFC 4180 parsing with papaparse, keeping each row's starting line so problems can name it. A quoted field that
 * never closes means the file was cut off: the whole file is refused rather than importing half a row.
 */
export function readCsvTable(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const rows: CsvRow[] = [];
  let consumed = 0;
  let line = 1;
  let unclosedQuoteLine: number | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const start = consumed;
      const leading = /^[\r\n]*/.exec(text.slice(start, start + 2))?.[0].length ?? 0;
      line += countLineBreaks(text, start, start + leading);
      if (result.errors.some((error) => error.code === 'MissingQuotes')) unclosedQuoteLine ??= line;
      if (!isBlank(result.data)) rows.push({ line, cells: result.data });
      const end = result.meta.cursor;
      line += countLineBreaks(text, start + leading, end);
      consumed = end;
    },
  });
  if (unclosedQuoteLine !== undefined) {
    return {
      ok: false,
      line: unclosedQuoteLine,
      message: `The file appears truncated: line ${unclosedQuoteLine} opens a quoted field that never closes. Export the file again; nothing was imported.`,
    };
  }
  const [header, ...body] = rows;
  if (header === undefined) return { ok: false, message: 'The file is empty.' };
  return { ok: true, delimiter, header: header.cells.map((name) => name.trim()), headerLine: header.line, rows: body };
}
