import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildContentSecurityPolicy,
  isAllowedExternalUrl,
  isAppUrl,
  navigationDecision,
} from '../../../electron/security';

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://example.com/', true],
    ['https://example.com/jobs?id=42#top', true],
    ['http://example.org/path', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['mailto:client@example.com', true],
    ['mailto:client@example.com?subject=Invoice%2012', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['file://C:/Windows/system32', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['app://repute/index.html', false],
    ['ftp://files.example.com/a.zip', false],
    ['vbscript:msgbox', false],
    ['ms-settings:privacy', false],
    ['https://user:secret@example.com/', false],
    ['https://user@example.com/', false],
    ['http://', false],
    ['https://', false],
    ['mailto:', false],
    ['not a url', false],
    ['', false],
    ['//example.com/protocol-relative', false],
    [`https://example.com/${'a'.repeat(2100)}`, false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });
});

describe('isAppUrl', () => {
  it.each([
    ['app://repute/index.html', true],
    ['app://repute/', true],
    ['app://repute/assets/index-3f2a.js', true],
    ['app://evil/index.html', false],
    ['app://repute.evil.com/index.html', false],
    ['app://repute:8080/index.html', false],
    ['app://user@repute/index.html', false],
    ['https://repute/index.html', false],
    ['file:///repute/index.html', false],
    ['about:blank', false],
    ['garbage', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('navigationDecision', () => {
  it.each([
    ['app://repute/index.html', 'stay'],
    ['app://repute/index.html#/invoices', 'stay'],
    ['https://example.com/', 'open-externally'],
    ['http://example.com/', 'open-externally'],
    ['mailto:someone@example.com', 'open-externally'],
    ['app://other/index.html', 'deny'],
    ['file:///home/me/.ssh/id_ed25519', 'deny'],
    ['javascript:void(0)', 'deny'],
    ['data:text/html,hi', 'deny'],
    ['about:blank', 'deny'],
    ['chrome://settings', 'deny'],
    ['https://user:pass@example.com/', 'deny'],
    ['', 'deny'],
  ])('%s → %s', (url, decision) => {
    expect(navigationDecision(url)).toBe(decision);
  });
});

describe('buildContentSecurityPolicy', () => {
  const policy = buildContentSecurityPolicy();
  const directives = new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['media-src', ["'self'", 'blob:']],
    ['worker-src', ["'self'"]],
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('sets %s to exactly %j', (directive, sources) => {
    expect(directives.get(directive)).toEqual(sources);
  });

  it('agrees with the meta policy in src/index.html, directive by directive', () => {
    const html = readFileSync(new URL('../../../src/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).not.toBe('');
    for (const part of meta.split(';')) {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      expect(directives.get(name), name).toEqual(sources);
    }
  });

  it('never allows eval, inline code or remote hosts', () => {
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('wasm-unsafe-eval');
    expect(policy).not.toMatch(/https?:|\*/);
  });
});
