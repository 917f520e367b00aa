import { useMemo } from 'react';
import { db } from '../../db';
import { deletePayment, recordPayment, restorePayment, updatePayment } from '../../db/repositories/payments';
import type { FieldErrors, WriteResult } from '../../db/repositories/write-result';
import type { Payment, PaymentInput } from '../../domain/model';
import { useAnnounce } from '../../ui/Announcer';
import { paymentLabel } from './payment-messages';

function firstMessage(errors: FieldErrors): string {
  return Object.values(errors).find((message) => message !== undefined && message !== '') ?? 'Something went wrong';
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The payment writes, each one repository transaction that also settles the payment's invoice and the rollups.
 * Recording and saving resolve the result for the form to show; deleting (with Undo) is announced here.
 */
export function usePaymentCommands() {
  const announce = useAnnounce();
  return useMemo(
    () => ({
      /** Stores the payment and, when it settles an invoice, that invoice's new paid amount and status with it. */
      recordPayment: (input: PaymentInput): Promise<WriteResult<Payment>> => recordPayment(db, input),
      /** Corrects a stored payment; its invoice's status follows the new amount. */
      savePayment: (paymentId: string, patch: Partial<PaymentInput>): Promise<WriteResult<Payment>> => updatePayment(db, paymentId, patch),
      removePayment: async (payment: Payment, locale: string): Promise<void> => {
        const label = paymentLabel(payment, locale);
        try {
          const result = await deletePayment(db, payment.id);
          if (!result.ok) {
            announce(`${label} was not deleted: ${firstMessage(result.errors)}`, 'danger');
            return;
          }
        } catch (error) {
          announce(`${label} was not deleted: ${reasonOf(error)}`, 'danger');
          return;
        }
        announce(`${label} deleted`, 'success', {
          label: 'Undo',
          run: () => {
            void restorePayment(db, payment.id).then(
              (restored) => {
                if (restored.ok) announce(`${label} restored`, 'success');
                else announce(`${label} could not be restored: ${firstMessage(restored.errors)}`, 'danger');
              },
              (error: unknown) => announce(`${label} could not be restored: ${reasonOf(error)}`, 'danger'),
            );
          },
        });
      },
    }),
    [announce],
  );
}
