import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsFromZod } from '../../../../src/db/repositories/write-result';

describe('fieldErrorsFromZod', () => {
  it('keys each message by its dotted path and keeps the first message per path', () => {
    const schema = z.object({
      name: z.string().min(1, 'Name is required').max(3, 'Too long'),
      business: z.object({ email: z.email('Bad email') }),
      lines: z.array(z.object({ amount: z.number().int('Whole units') })),
    });
    const parsed = schema.safeParse({ name: '', business: { email: 'x' }, lines: [{ amount: 1 }, { amount: 1.5 }] });
    if (parsed.success) throw new Error('expected a failure');
    expect(fieldErrorsFromZod(parsed.error)).toEqual({ name: 'Name is required', 'business.email': 'Bad email', 'lines.1.amount': 'Whole units' });
  });

  it('keys a whole-record problem by the empty path', () => {
    const parsed = z.object({ a: z.number() }).refine(() => false, 'Never valid').safeParse({ a: 1 });
    if (parsed.success) throw new Error('expected a failure');
    expect(fieldErrorsFromZod(parsed.error)).toEqual({ '': 'Never valid' });
  });
});
