import { useCallback, useRef } from 'react';
import type { InvoiceDocumentParts } from '../../../domain/invoices/invoice-document';
import styles from './InvoicePreview.module.css';

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
 * The invoice document as it prints, in a sandboxed frame that runs no script. The frame inherits the app's style
 * policy, which refuses a <style> element; the frame therefore gets the document's markup alone, and its style sheet
 * as a constructed style sheet, which the policy does not govern: the preview looks like the PDF without loosening
 * the app's policy and without a refused style. The frame grows to the document's height, so the page scrolls
 * rather than the frame.
 */
export function InvoicePreview({ content }: { content: InvoiceDocumentParts }) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const { markup, styleSheet } = content;

  const applyStyles = useCallback(() => {
    const frame = frameRef.current;
    const frameWindow = frame?.contentWindow;
    const frameDocument = frame?.contentDocument;
    if (frame === null || frameWindow === null || frameWindow === undefined || frameDocument === null || frameDocument === undefined) return;
    const sheet = frameStyleSheet(frameWindow);
    if (sheet === undefined) return;
    sheet.replaceSync(styleSheet);
    frameDocument.adoptedStyleSheets = [sheet];
    frame.style.height = `${frameDocument.documentElement.scrollHeight}px`;
  }, [styleSheet]);

  return (
    <div className={styles.preview}>
      <iframe ref={frameRef} title="Invoice preview" className={styles.frame} sandbox="allow-same-origin" srcDoc={markup} onLoad={applyStyles} />
    </div>
  );
}
