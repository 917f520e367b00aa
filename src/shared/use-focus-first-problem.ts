import { useEffect, useRef, type RefObject } from 'react';

/**
 * The ref for a record form: after each refused save (the count of them grows), focus moves to the first field
 * marked invalid, so the user lands on what needs attention even when the messages repeat.
 */
export function useFocusFirstProblem(failedAttempts: number): RefObject<HTMLFormElement | null> {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (failedAttempts === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failedAttempts]);
  return formRef;
}
