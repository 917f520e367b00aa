import { useMemo } from 'react';
import { db } from '../../db';
import { recordPayment } from '../../db/repositories/payments';
import type { WriteResult } from '../../db/repositories/write-result';
import type { Payment, PaymentInput } from '../../domain/model';

/** The payment writes, each one repository transaction returning what it stored or why it refused. */
export function usePaymentCommands() {
  return useMemo(
    () => ({
      /** Stores the payment and, when it settles an invoice, that invoice's new paid amount and status with it. */
      recordPayment: (input: PaymentInput): Promise<WriteResult<Payment>> => recordPayment(db, input),
    }),
    [],
  );
}
