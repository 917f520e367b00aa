import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../../src/domain/evidence/confidential-names';

const helix = { name: 'Helix Biotech GmbH', confidential: true, publicAlias: 'A European biotech company' };

describe('createRedactor', () => {
  it('replaces a confidential name in any case, with or without its legal form', () => {
    const redact = createRedactor([helix]);
    expect(redact('Built for Helix Biotech GmbH.')).toBe('Built for A European biotech company.');
    expect(redact('helix biotech staff use it daily')).toBe('A European biotech company staff use it daily');
  });

  it('replaces the company name too and leaves public clients alone', () => {
    const redact = createRedactor([
      { name: 'Dr. Ines Vogt', company: 'Stadtmuseum Kelling', confidential: true, publicAlias: 'A city museum' },
      { name: 'Northwind Analytics', confidential: false },
    ]);
    expect(redact('Stadtmuseum Kelling and Northwind Analytics')).toBe('A city museum and Northwind Analytics');
    expect(redact('Dr. Ines Vogt signed off')).toBe('A city museum signed off');
  });

  it('uses the fallback wording when a confidential client lacks an alias', () => {
    expect(createRedactor([{ name: 'Acme Corp', confidential: true }])('Acme Corp')).toBe('A confidential client');
  });

  it('changes nothing when no client is confidential', () => {
    expect(createRedactor([{ name: 'Helix', confidential: false }])('Helix')).toBe('Helix');
  });
});
