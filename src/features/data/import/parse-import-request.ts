import type { ImportOptions, ImportParseResult } from '../../../domain/importers/import-types';
import { ParseResultAssembler, type ParseWorkerMessage } from './parse-result-messages';

/** What the page sends the parsing worker: parseImportFile's own input. */
export interface ParseImportRequest {
  bytes: Uint8Array;
  fileName: string;
  options: ImportOptions;
}

/**
 * Parses an export in a worker, so the window stays responsive however large the file. The bytes are copied before
 * they are handed over: the page keeps its own to parse again when the time zone or date order changes.
 */
export function parseImportInWorker(request: ParseImportRequest): Promise<ImportParseResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-import.worker.ts', import.meta.url), { type: 'module', name: 'Repute import parser' });
    const assembler = new ParseResultAssembler();
    worker.addEventListener('message', (event: MessageEvent<ParseWorkerMessage>) => {
      const result = assembler.accept(event.data);
      if (result === undefined) return;
      worker.terminate();
      resolve(result);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message === '' ? 'The file could not be read.' : event.message));
    });
    const bytes = request.bytes.slice();
    worker.postMessage({ ...request, bytes }, [bytes.buffer]);
  });
}

/** Reads a chosen file into memory, reporting how far it got. */
export function readFileWithProgress(file: Blob, onProgress: (loadedBytes: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('progress', (event) => onProgress(event.loaded));
    reader.addEventListener('load', () => {
      const { result } = reader;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new Error('The file could not be read.'));
    });
    reader.addEventListener('error', () => reject(new Error(reader.error?.message ?? 'The file could not be read.')));
    reader.readAsArrayBuffer(file);
  });
}
