import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcRoot = fileURLToPath(new URL('../../../src', import.meta.url));

/** The design system's two global sheets: its tokens and its base classes, owned by src/ui. */
const GLOBAL_SHEETS = ['ui/tokens.css', 'ui/components.css'];
const TOKENS = 'ui/tokens.css';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [path.relative(srcRoot, full).split(path.sep).join('/')];
  });
}

const sourceFiles = filesUnder(srcRoot);
const stylesheets = sourceFiles.filter((file) => file.endsWith('.css'));

/** Selectors of a stylesheet, comments dropped, at-rule preludes (@media, @keyframes) left out. */
function selectors(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...withoutComments.matchAll(/([^{}]+)\{/g)]
    .map((match) => (match[1] ?? '').trim())
    .filter((selector) => selector !== '' && !selector.startsWith('@') && !/^(from|to|\d+%)/.test(selector))
    .flatMap((selector) => selector.split(',').map((part) => part.trim()));
}

describe('styles cannot collide', () => {
  it('scopes every stylesheet but the design system’s two global ones as a CSS Module', () => {
    const unscoped = stylesheets.filter((file) => !GLOBAL_SHEETS.includes(file) && !file.endsWith('.module.css'));
    expect(unscoped).toEqual([]);
  });

  it('lets no module define a global class: :global() only ever follows a local class', () => {
    const escapes = stylesheets
      .filter((file) => file.endsWith('.module.css'))
      .flatMap((file) =>
        selectors(readFileSync(path.join(srcRoot, file), 'utf8'))
          .filter((selector) => {
            // A theme or state prefix on the root is fine when a local class follows it.
            const withoutRootPrefix = selector.replace(/^:global\((:root|html|body)[^)]*\)\s+/, '');
            return withoutRootPrefix.startsWith(':global') || !/\.[A-Za-z_-]/.test(withoutRootPrefix.replace(/:global\([^)]*\)/g, ''));
          })
          .map((selector) => `${file}: ${selector}`),
      );
    expect(escapes).toEqual([]);
  });

  it('takes every colour from the tokens: no hex colour outside tokens.css', () => {
    const hexColour = /#[0-9a-fA-F]{3,8}\b/;
    const offenders = sourceFiles
      .filter((file) => /\.(css|tsx?|html)$/.test(file) && file !== TOKENS)
      .flatMap((file) =>
        readFileSync(path.join(srcRoot, file), 'utf8')
          .split('\n')
          .map((line, index) => ({ line, number: index + 1 }))
          // `#root` and `#/clients` are an id and a route, not colours.
          .filter(({ line }) => hexColour.test(line.replace(/#(root|\/)/g, '')))
          .map(({ number }) => `${file}:${number}`),
      );
    expect(offenders).toEqual([]);
  });
});
