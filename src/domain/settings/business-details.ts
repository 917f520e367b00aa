import type { BusinessIdentity } from '../model';

/**
 * Whether the business still needs setting up: its name is what issuing an invoice cannot do without, so once it is
 * saved the app stops asking for it.
 */
export function businessDetailsMissing(business: Pick<BusinessIdentity, 'name'>): boolean {
  return business.name.trim() === '';
}
