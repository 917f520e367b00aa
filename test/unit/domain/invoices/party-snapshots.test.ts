import { describe, expect, it } from 'vitest';
import { buyerSnapshot, sellerSnapshot } from '../../../../src/domain/invoices/party-snapshots';
import { client } from '../../features/records';

describe('party snapshots', () => {
  it('prints the seller from the business identity, leaving payment instructions to their own block', () => {
    expect(sellerSnapshot({ name: 'Lindqvist Studio', address: 'Berlin', email: 'hello@lindqvist.example', taxId: 'DE318552907', paymentInstructions: 'IBAN …' })).toEqual({
      name: 'Lindqvist Studio',
      address: 'Berlin',
      email: 'hello@lindqvist.example',
      taxId: 'DE318552907',
    });
  });

  it('prints the buyer under the company name when there is one', () => {
    expect(buyerSnapshot(client('c', { name: 'Jonas Weber', company: 'Northwind Analytics GmbH', address: 'Hamburg', email: 'jonas@northwind.example', taxId: 'DE812345678', country: 'DE' }))).toEqual({
      name: 'Northwind Analytics GmbH',
      address: 'Hamburg',
      email: 'jonas@northwind.example',
      taxId: 'DE812345678',
      country: 'DE',
    });
    expect(buyerSnapshot(client('c', { name: 'Ana Ruiz' }))).toEqual({ name: 'Ana Ruiz', address: '', email: '', taxId: '' });
  });
});
