export * from './import-types';
export { parseImportFile } from './parse-import-file';
export { MAX_IMPORT_BYTES } from './decode-import-bytes';
