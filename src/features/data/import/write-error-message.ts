import type { FieldErrors } from '../../../db/repositories/write-result';

/** A refused write's reasons as one sentence for a message: each field's message, in the order given. */
export function writeErrorMessage(errors: FieldErrors): string {
  const messages = Object.values(errors).filter((message): message is string => message !== undefined && message !== '');
  return messages.length === 0 ? 'the change was refused.' : messages.join(' ');
}
