import { parseImportFile } from '../../../domain/importers';
import type { ParseImportRequest } from './parse-import-request';
import { parseResultMessages } from './parse-result-messages';

// Parsing a large export takes long enough to freeze the window, so it runs here, away from the page's thread, and
// the answer goes back in parts the page can take one short task at a time.
self.addEventListener('message', (event: MessageEvent<ParseImportRequest>) => {
  for (const message of parseResultMessages(parseImportFile(event.data))) self.postMessage(message);
});
