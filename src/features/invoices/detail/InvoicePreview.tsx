import { useCallback, useRef } from 'react';
import styles from './InvoicePreview.module.css';

/** The text of the document's own <style> elements. */
function documentStyleText(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return [...parsed.querySelectorAll('style')].map((style) => style.textContent).join('\n');
}

function isStyleSheet(value: unknown): value is CSSStyleSheet {
  return typeof value === 'object' && value !== null && 'replaceSync' in value && typeof value.replaceSync === 'function';
}

/** A style sheet built in the frame's own realm: a document adopts only sheets its own window constructed. */
function frameStyleSheet(frameWindow: Window): CSSStyleSheet | undefined {
  const constructor: unknown = Reflect.get(frameWindow, 'CSSStyleSheet');
  if (typeof constructor !== 'function') return undefined;
  const sheet: unknown = Reflect.construct(constructor, []);
  return isStyleSheet(sheet) ? sheet : undefined;
}

/**
 * The invoice document exactly as it prints, in a sandboxed frame that runs no script. The frame inherits the app's
 * style policy, which refuses inline <style>; the document's own style sheet is therefore handed to it as a
 * constructed style sheet, which the policy does not govern, so the preview looks like the PDF without loosening the
 * app's policy. The frame grows to the document's height, so the page scrolls rather than the frame.
 */
export function InvoicePreview({ html }: { html: string }) {
  const frameRef = useRef<HTMLIFrameElement>(null);

  const applyStyles = useCallback(() => {
    const frame = frameRef.current;
    const frameWindow = frame?.contentWindow;
    const frameDocument = frame?.contentDocument;
    if (frame === null || frameWindow === null || frameWindow === undefined || frameDocument === null || frameDocument === undefined) return;
    const sheet = frameStyleSheet(frameWindow);
    if (sheet === undefined) return;
    sheet.replaceSync(documentStyleText(html));
    frameDocument.adoptedStyleSheets = [sheet];
    frame.style.height = `${frameDocument.documentElement.scrollHeight}px`;
  }, [html]);

  return (
    <div className={styles.preview}>
      <iframe ref={frameRef} title="Invoice preview" className={styles.frame} sandbox="allow-same-origin" srcDoc={html} onLoad={applyStyles} />
    </div>
  );
}
