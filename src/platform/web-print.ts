const PRINT_FRAME_ATTRIBUTE = 'data-repute-print';

function isStyleSheetConstructor(value: unknown): value is typeof CSSStyleSheet {
  return typeof value === 'function';
}

/** A <style> element as the HTML parser reads one: its text runs to the first closing tag. */
const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/**
 * The document with its <style> elements taken out, their text kept apart. A frame written with srcdoc inherits the
 * app's policy, which refuses inline style; a constructed style sheet is not inline style, so the text goes in that
 * way instead and the app's policy stays as strict as it is.
 */
function separateStyles(html: string): { css: string; markup: string } {
  const sheets: string[] = [];
  const markup = html.replace(STYLE_ELEMENT, (_element, css: string) => {
    sheets.push(css);
    return '';
  });
  return { css: sheets.join('\n'), markup };
}

/**
 * Prints a self-contained HTML document through the browser's own dialog, where "Save as PDF" makes the file. The
 * document goes into an invisible frame that may not run scripts, and the frame is removed once printing ends.
 */
export function printHtmlInHiddenFrame(html: string, title: string): Promise<void> {
  const { css, markup } = separateStyles(html);
  document.querySelector(`iframe[${PRINT_FRAME_ATTRIBUTE}]`)?.remove();
  const frame = document.createElement('iframe');
  frame.setAttribute(PRINT_FRAME_ATTRIBUTE, '');
  // Same origin, so this page may hand the frame its styles and ask it to print; no scripts run inside it.
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = title;
  Object.assign(frame.style, { position: 'fixed', left: '-10px', top: '-10px', width: '0', height: '0', border: '0' });

  return new Promise((resolve, reject) => {
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow;
        const frameDocument = frame.contentDocument;
        const StyleSheet: unknown = view === null ? undefined : Reflect.get(view, 'CSSStyleSheet');
        if (view === null || frameDocument === null || !isStyleSheetConstructor(StyleSheet)) {
          frame.remove();
          reject(new Error('Repute could not prepare the document for printing'));
          return;
        }
        // The sheet must be built in the frame's own realm to be adopted by its document.
        const sheet = new StyleSheet();
        sheet.replaceSync(css);
        frameDocument.adoptedStyleSheets = [sheet];
        // Browsers offer the document's title as the PDF's name.
        frameDocument.title = title;
        view.addEventListener('afterprint', () => frame.remove(), { once: true });
        view.focus();
        view.print();
        resolve();
      },
      { once: true },
    );
    frame.srcdoc = markup;
    document.body.append(frame);
  });
}
