// Dexie in unit tests runs on fake-indexeddb, a spec-compliant IndexedDB in memory.
import 'fake-indexeddb/auto';
