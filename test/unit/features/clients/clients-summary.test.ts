import { describe, expect, it } from 'vitest';
import { clientsSummary } from '../../../../src/features/clients/clients-summary';
import { client } from '../records';

describe('clientsSummary', () => {
  it('counts one client in the singular', () => {
    expect(clientsSummary([client('a')])).toBe('1 client');
  });

  it('adds confidential, archived and currency counts only when there are some', () => {
    const clients = [
      client('a', { confidential: true, publicAlias: 'A bank' }),
      client('b', { archivedAt: 1 }),
      client('c', { currency: 'USD' }),
    ];
    expect(clientsSummary(clients)).toBe('3 clients · 1 confidential · 1 archived · billed in 2 currencies');
  });
});
