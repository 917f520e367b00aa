/**
 * dexie-export-import reads blobs with the browser's FileReader and looks for `self`; Node has neither, so the
 * backup tests give it the two, built on Node's own Blob.
 */
class NodeFileReader {
  result: ArrayBuffer | string | null = null;
  error: Error | null = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((event: { target: NodeFileReader }) => void) | null = null;
  onabort: ((event: { target: NodeFileReader }) => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => {
        this.error = error instanceof Error ? error : new Error(String(error));
        this.onerror?.({ target: this });
      },
    );
  }

  readAsText(blob: Blob): void {
    blob.text().then((text) => {
      this.result = text;
      this.onload?.({ target: this });
    }, () => this.onerror?.({ target: this }));
  }
}

export function installBrowserGlobals(): void {
  if (!('self' in globalThis)) Object.assign(globalThis, { self: globalThis });
  if (!('FileReader' in globalThis)) Object.assign(globalThis, { FileReader: NodeFileReader });
}
