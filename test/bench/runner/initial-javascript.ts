import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TAG = /<(script|link)\b[^>]*>/gi;
const ATTRIBUTE = /([\w-]+)\s*=\s*"([^"]*)"/g;

function attributesOf(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(ATTRIBUTE)].map((match) => [(match[1] ?? '').toLowerCase(), match[2] ?? '']));
}

/**
 * The scripts a built index.html loads before anything else: its module entry scripts and the chunks it
 * modulepreloads. Lazy chunks are not among them: they load when a screen first needs them.
 */
export function initialScriptPaths(html: string): string[] {
  const paths: string[] = [];
  for (const match of html.matchAll(TAG)) {
    const attributes = attributesOf(match[0]);
    const isEntry = match[1]?.toLowerCase() === 'script' && attributes.get('type') === 'module' && attributes.has('src');
    const isPreload = match[1]?.toLowerCase() === 'link' && attributes.get('rel') === 'modulepreload' && attributes.has('href');
    const path = isEntry ? attributes.get('src') : isPreload ? attributes.get('href') : undefined;
    if (path !== undefined && !paths.includes(path)) paths.push(path);
  }
  return paths;
}

export interface InitialJavaScript {
  files: string[];
  rawBytes: number;
  /** Each file gzipped on its own at level 9, as a server would send it, summed. */
  gzipBytes: number;
}

/** The size of the JavaScript the page at `indexPath` loads up front. */
export function measureInitialJavaScript(indexPath: string): InitialJavaScript {
  const files = initialScriptPaths(readFileSync(indexPath, 'utf8'));
  if (files.length === 0) throw new Error(`${indexPath} loads no module script`);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(resolve(dirname(indexPath), file));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}
