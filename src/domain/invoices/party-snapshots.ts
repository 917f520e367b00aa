import type { BusinessIdentity, Client, PartySnapshot } from '../model';

/** The seller as the invoice prints them: the business identity from Settings. */
export function sellerSnapshot(business: BusinessIdentity): PartySnapshot {
  const { name, address, email, taxId } = business;
  return { name, address, email, taxId };
}

/** The buyer as the invoice prints them: the client's company when there is one, else the client's name. */
export function buyerSnapshot(client: Client): PartySnapshot {
  const buyer: PartySnapshot = { name: client.company ?? client.name, address: client.address ?? '', email: client.email ?? '', taxId: client.taxId ?? '' };
  if (client.country !== undefined) buyer.country = client.country;
  return buyer;
}
