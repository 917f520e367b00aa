import type { Client, Platform } from '../model';

type ClientIdentity = Pick<Client, 'name' | 'confidential' | 'publicAlias'>;

/** Shown when a confidential client somehow lacks an alias: never fall back to the real name. */
export const UNNAMED_CONFIDENTIAL_CLIENT = 'A confidential client';

/**
 * The name a client goes by in anything meant for others (portfolio, exports shown to prospects):
 * a confidential client is known only by its public alias, because the freelancer is under NDA.
 */
export function publicClientName(client: ClientIdentity): string {
  if (!client.confidential) return client.name;
  const alias = client.publicAlias?.trim() ?? '';
  return alias.length > 0 ? alias : UNNAMED_CONFIDENTIAL_CLIENT;
}

/** "Helix Biotech GmbH → A European biotech company": how the owner previews what others will see. */
export function publicNamePreview(client: ClientIdentity): string {
  const shownAs = publicClientName(client);
  return shownAs === client.name ? client.name : `${client.name} → ${shownAs}`;
}

const PLATFORM_LABELS: Record<Platform, string> = {
  direct: 'Direct',
  upwork: 'Upwork',
  fiverr: 'Fiverr',
  freelancer: 'Freelancer.com',
  toptal: 'Toptal',
  other: 'Other',
};

export function platformLabel(platform: Platform): string {
  return PLATFORM_LABELS[platform];
}

/** "Net 30", or "On receipt" when nothing is granted: the wording freelancers print on invoices. */
export function paymentTermsLabel(days: number): string {
  return days === 0 ? 'On receipt' : `Net ${days}`;
}
