const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}

/** Escaped text whose line breaks stay line breaks, for addresses and notes. */
export function escapeHtmlLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeHtml(line))
    .join('<br>');
}

/**
 * Text as a quoted CSS string: everything but letters, digits and spaces becomes a hex escape, so no quote,
 * backslash or `</style>` can end the string or the style sheet early.
 */
export function cssString(text: string): string {
  const escaped = [...text].map((character) => (/^[A-Za-z0-9 ]$/.test(character) ? character : `\\${(character.codePointAt(0) ?? 0).toString(16)} `)).join('');
  return `"${escaped}"`;
}
