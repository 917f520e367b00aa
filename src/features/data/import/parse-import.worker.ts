import { parseImportFile } from '../../../domain/importers';
import type { ParseImportRequest } from './parse-import-request';

// Parsing a large export takes long enough to freeze the window, so it runs here, away from the page's thread.
self.addEventListener('message', (event: MessageEvent<ParseImportRequest>) => {
  self.postMessage(parseImportFile(event.data));
});
