import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseImportFile, type ImportOptions, type ImportParseResult, type ParsedImport } from '../../../../src/domain/importers';

const PROJECT_ROOT = resolve(__dirname, '../../../..');

/**
 * One of the given example exports (toggl_detailed.csv, harvest_time.csv, ...). They are byte-for-byte copies kept in
 * this repository, so the tests pass on a clone with nothing beside it.
 */
export function sharedFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(PROJECT_ROOT, 'test/fixtures/import', name)));
}

/** A variant this project keeps in test/fixtures/import. */
export function ownFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(PROJECT_ROOT, 'test/fixtures/import', name)));
}

export const BERLIN: ImportOptions = { timeZone: 'Europe/Berlin' };

export function textBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function parseBytes(bytes: Uint8Array, fileName = 'export.csv', options: ImportOptions = BERLIN): ImportParseResult {
  return parseImportFile({ bytes, fileName, options });
}

/** The parsed result, failing the test when the file was refused or empty. */
export function expectParsed(result: ImportParseResult): ParsedImport {
  if (result.kind !== 'parsed') throw new Error(`Expected the file to parse, got ${result.kind}: ${result.message}`);
  return result;
}
