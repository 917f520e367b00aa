import { describe, expect, it } from 'vitest';
import { paymentTermsLabel, platformLabel, publicClientName, publicNamePreview, UNNAMED_CONFIDENTIAL_CLIENT } from '../../../../src/domain/clients/client-display';

const helix = { name: 'Helix Biotech GmbH', confidential: true, publicAlias: 'A European biotech company' };
const northwind = { name: 'Northwind Analytics', confidential: false, publicAlias: undefined };

describe('publicClientName', () => {
  it('shows an ordinary client by its name', () => {
    expect(publicClientName(northwind)).toBe('Northwind Analytics');
  });

  it('shows a confidential client only by its alias', () => {
    expect(publicClientName(helix)).toBe('A European biotech company');
  });

  it('never falls back to the real name when a confidential client has a blank alias', () => {
    expect(publicClientName({ ...helix, publicAlias: '   ' })).toBe(UNNAMED_CONFIDENTIAL_CLIENT);
    expect(publicClientName({ ...helix, publicAlias: undefined })).toBe(UNNAMED_CONFIDENTIAL_CLIENT);
  });

  it('ignores an alias on a client that is not confidential', () => {
    expect(publicClientName({ ...northwind, publicAlias: 'A data company' })).toBe('Northwind Analytics');
  });
});

describe('publicNamePreview', () => {
  it('pairs the real name with the alias others will see', () => {
    expect(publicNamePreview(helix)).toBe('Helix Biotech GmbH → A European biotech company');
  });

  it('shows just the name when nothing is hidden', () => {
    expect(publicNamePreview(northwind)).toBe('Northwind Analytics');
  });
});

describe('platformLabel', () => {
  it('names each platform the way its users write it', () => {
    expect(platformLabel('upwork')).toBe('Upwork');
    expect(platformLabel('freelancer')).toBe('Freelancer.com');
    expect(platformLabel('direct')).toBe('Direct');
  });
});

describe('paymentTermsLabel', () => {
  it('writes terms as net days', () => {
    expect(paymentTermsLabel(30)).toBe('Net 30');
  });

  it('calls zero days payment on receipt', () => {
    expect(paymentTermsLabel(0)).toBe('On receipt');
  });
});
