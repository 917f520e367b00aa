import { useId, type ReactNode } from 'react';
import styles from './CheckboxField.module.css';

/** A checkbox with its label beside it and an optional line of explanation, read as its description. */
export function CheckboxField({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: ReactNode }) {
  const id = useId();
  const hintId = useId();
  return (
    <div className={styles.checkboxField}>
      <input id={id} type="checkbox" checked={checked} aria-describedby={hint === undefined ? undefined : hintId} onChange={(event) => onChange(event.target.checked)} />
      <div className={styles.text}>
        <label htmlFor={id} className={styles.label}>
          {label}
        </label>
        {hint !== undefined && (
          <p id={hintId} className="field-hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
