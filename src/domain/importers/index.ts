export * from './import-types';
export { parseImportFile } from './parse-import-file';
export { MAX_IMPORT_BYTES } from './decode-import-bytes';
export { feedbackTemplateCsv, FEEDBACK_TEMPLATE_FILE_NAME } from './feedback-template';
