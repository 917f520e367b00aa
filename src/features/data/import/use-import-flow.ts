import { useCallback, useReducer, useRef } from 'react';
import { db } from '../../../db';
import { commitImport, fileHashOf, previewImport } from '../../../db/repositories/imports';
import { MAX_IMPORT_BYTES, type ImportOptions } from '../../../domain/importers';
import { useAnnounce } from '../../../ui/Announcer';
import { INITIAL_IMPORT_FLOW, importFlowReducer, type ImportFlowState, type LoadedImportFile } from './import-flow-state';
import { initialImportMapping, type ImportMapping } from './import-mapping';
import { importedSummaryText, tooLargeMessage } from './import-summary-text';
import { parseImportInWorker, readFileWithProgress } from './parse-import-request';
import { writeErrorMessage } from './write-error-message';

export interface ImportFlow {
  state: ImportFlowState;
  chooseFile: (file: File) => void;
  changeOptions: (options: ImportOptions) => void;
  changeMapping: (mapping: ImportMapping) => void;
  commit: () => void;
  reset: () => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The import from file to summary: read with progress, parsed in a worker, previewed against the database, then
 * committed in one transaction. Choosing another file mid-way drops whatever the earlier one was still doing.
 */
export function useImportFlow(defaultTimeZone: string): ImportFlow {
  const [state, dispatch] = useReducer(importFlowReducer, INITIAL_IMPORT_FLOW);
  const announce = useAnnounce();
  const generation = useRef(0);

  const check = useCallback(async (file: LoadedImportFile, options: ImportOptions, started: number) => {
    const result = await parseImportInWorker({ bytes: file.bytes, fileName: file.name, options });
    if (generation.current !== started) return;
    if (result.kind !== 'parsed') {
      dispatch({ type: 'parsed', file, options, result });
      return;
    }
    const preview = await previewImport(db, result, { fileHash: file.hash });
    if (generation.current !== started) return;
    dispatch({ type: 'parsed', file, options, result, preview, mapping: initialImportMapping(preview) });
  }, []);

  const chooseFile = useCallback(
    (chosen: File) => {
      generation.current += 1;
      const started = generation.current;
      dispatch({ type: 'fileChosen', fileName: chosen.name, totalBytes: chosen.size });
      if (chosen.size > MAX_IMPORT_BYTES) {
        // Refused before reading: loading hundreds of megabytes only to turn them away would stall the machine.
        dispatch({ type: 'tooLarge', message: tooLargeMessage(chosen.name, chosen.size, MAX_IMPORT_BYTES) });
        return;
      }
      const run = async () => {
        const bytes = await readFileWithProgress(chosen, (loadedBytes) => {
          if (generation.current === started) dispatch({ type: 'readProgress', loadedBytes });
        });
        if (generation.current !== started) return;
        dispatch({ type: 'fileRead' });
        const hash = await fileHashOf(bytes);
        await check({ name: chosen.name, bytes, hash }, { timeZone: defaultTimeZone }, started);
      };
      run().catch((error: unknown) => {
        if (generation.current === started) dispatch({ type: 'failed', message: `The file could not be read: ${messageOf(error)}` });
      });
    },
    [check, defaultTimeZone],
  );

  const changeOptions = useCallback(
    (options: ImportOptions) => {
      const current = state;
      if (current.step !== 'review') return;
      generation.current += 1;
      const started = generation.current;
      dispatch({ type: 'optionsChanged' });
      check(current.file, options, started).catch((error: unknown) => {
        if (generation.current === started) dispatch({ type: 'failed', message: `The file could not be checked again: ${messageOf(error)}` });
      });
    },
    [check, state],
  );

  const changeMapping = useCallback((mapping: ImportMapping) => dispatch({ type: 'mappingChanged', mapping }), []);

  const commit = useCallback(() => {
    const current = state;
    if (current.step !== 'review' || current.rechecking) return;
    generation.current += 1;
    const started = generation.current;
    dispatch({ type: 'importStarted' });
    const run = async () => {
      const result = await commitImport(db, {
        parsed: current.parsed,
        fileName: current.file.name,
        fileHash: current.file.hash,
        clientMapping: current.mapping.clients,
        projectMapping: current.mapping.projects,
        storedKeys: current.preview.storedKeys,
        now: Date.now(),
        onProgress: (done, total) => {
          if (generation.current === started) dispatch({ type: 'importProgress', done, total });
        },
      });
      if (generation.current !== started) return;
      if (!result.ok) {
        dispatch({ type: 'failed', message: `Nothing was imported: ${writeErrorMessage(result.errors)}` });
        return;
      }
      const { added, skippedExisting } = result.value;
      dispatch({ type: 'imported', outcome: { fileName: current.file.name, added, skippedExisting } });
      announce(importedSummaryText(added), 'success');
    };
    run().catch((error: unknown) => {
      if (generation.current === started) dispatch({ type: 'failed', message: `Nothing was imported: ${messageOf(error)}` });
    });
  }, [announce, state]);

  const reset = useCallback(() => {
    generation.current += 1;
    dispatch({ type: 'reset' });
  }, []);

  return { state, chooseFile, changeOptions, changeMapping, commit, reset };
}
