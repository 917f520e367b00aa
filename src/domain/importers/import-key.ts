/**
 * A stable key for an imported row: 53-bit hash (cyrb53) of the format and the row's identifying fields, plus how
 * many identical rows came before it in the file, so two genuinely repeated rows both import once and a second
 * import of the same file finds every key already there.
 */
export function importKeyOf(format: string, fields: readonly string[], occurrence: number): string {
  const text = [format, ...fields].join('\u0001');
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  const hash = (4294967296 * (2097151 & second) + (first >>> 0)).toString(16).padStart(14, '0');
  return `${format}:${hash}:${occurrence}`;
}

/** Hands out import keys, counting repeats of the same identifying fields. */
export function createImportKeyMaker(format: string): (fields: readonly string[]) => string {
  const seen = new Map<string, number>();
  return (fields) => {
    const identity = fields.join('\u0001');
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return importKeyOf(format, fields, occurrence);
  };
}
