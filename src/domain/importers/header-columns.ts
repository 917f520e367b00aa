/** Header names compared without case, surrounding spaces or a trailing colon. */
export function normalizeHeaderName(name: string): string {
  return name.trim().replace(/:$/, '').toLowerCase();
}

export interface HeaderColumns {
  /** The column's index by exact (normalised) name. */
  index(name: string): number | undefined;
  /** The first column whose normalised name starts with the prefix, with its original name. */
  withPrefix(prefix: string): { index: number; name: string } | undefined;
  has(name: string): boolean;
  missing(names: readonly string[]): string[];
}

export function headerColumns(header: readonly string[]): HeaderColumns {
  const normalized = header.map(normalizeHeaderName);
  const positions = new Map<string, number>();
  normalized.forEach((name, index) => {
    if (!positions.has(name)) positions.set(name, index);
  });
  return {
    index: (name) => positions.get(normalizeHeaderName(name)),
    withPrefix: (prefix) => {
      const wanted = normalizeHeaderName(prefix);
      const index = normalized.findIndex((name) => name.startsWith(wanted));
      const name = header[index];
      return index < 0 || name === undefined ? undefined : { index, name };
    },
    has: (name) => positions.has(normalizeHeaderName(name)),
    missing: (names) => names.filter((name) => !positions.has(normalizeHeaderName(name))),
  };
}

/** Reads a row's cells by column name; an absent column or cell reads as ''. */
export type CellReader = (name: string) => string;

export function cellReader(columns: HeaderColumns, cells: readonly string[]): CellReader {
  return (name) => {
    const index = columns.index(name);
    return index === undefined ? '' : (cells[index] ?? '');
  };
}
