import { useId, type ComponentProps, type ReactNode } from 'react';

export interface FieldChrome {
  label: string;
  /** Guidance shown under the control while there is no error. */
  hint?: ReactNode;
  /** What is wrong with the value; marks the control invalid and is read with it. */
  error?: string;
  /** What may be unwise about the value, though it can be saved; read with the control, which stays valid. */
  warning?: string;
}

export interface FieldFrameProps extends FieldChrome {
  controlId: string;
  hintId: string;
  errorId: string;
  warningId: string;
  className?: string;
  children: ReactNode;
}

export function FieldFrame({ label, hint, error, warning, controlId, hintId, errorId, warningId, className, children }: FieldFrameProps) {
  return (
    <div className={['field', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={controlId}>
        {label}
      </label>
      {children}
      {error !== undefined && error !== '' && (
        <p id={errorId} className="field-error">
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M8 4.5v4M8 10.8v.2" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          {error}
        </p>
      )}
      {warning !== undefined && warning !== '' && (
        <p id={warningId} className="field-warning">
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M8 2.2l6.2 11.1H1.8z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
            <path d="M8 6.4v3.3M8 11.6v.2" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          {warning}
        </p>
      )}
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** Ids and ARIA wiring shared by every field: the error first, then the warning, so both are read before the hint. */
export function useFieldWiring(explicitId: string | undefined, hint: ReactNode, error: string | undefined, warning?: string) {
  const generated = useId();
  const controlId = explicitId ?? `field${generated}`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const warningId = `${controlId}-warning`;
  const hasError = error !== undefined && error !== '';
  const hasWarning = warning !== undefined && warning !== '';
  const describedBy = [hasError ? errorId : '', hasWarning ? warningId : '', hint !== undefined ? hintId : ''].filter(Boolean).join(' ');
  return {
    controlId,
    /** The ids the field's frame gives its label, hint, error and warning. */
    frameIds: { controlId, hintId, errorId, warningId },
    controlAria: {
      'aria-invalid': hasError ? true : undefined,
      'aria-describedby': describedBy === '' ? undefined : describedBy,
    },
  };
}

export type TextFieldProps = FieldChrome & Omit<ComponentProps<'input'>, 'aria-invalid' | 'aria-describedby'> & { fieldClassName?: string };

/** A labelled text input with its hint and error message. */
export function TextField({ label, hint, error, warning, id, fieldClassName, ...inputProps }: TextFieldProps) {
  const wiring = useFieldWiring(id, hint, error, warning);
  return (
    <FieldFrame label={label} hint={hint} error={error} warning={warning} {...wiring.frameIds} className={fieldClassName}>
      <input id={wiring.controlId} {...wiring.controlAria} {...inputProps} />
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectFieldProps = FieldChrome &
  Omit<ComponentProps<'select'>, 'aria-invalid' | 'aria-describedby'> & {
    /** Plain options; pass `<option>`/`<optgroup>` children instead when grouping is needed. */
    options?: readonly SelectOption[];
    fieldClassName?: string;
  };

/** A labelled native select with its hint and error message. */
export function SelectField({ label, hint, error, id, options, children, fieldClassName, ...selectProps }: SelectFieldProps) {
  const wiring = useFieldWiring(id, hint, error);
  return (
    <FieldFrame label={label} hint={hint} error={error} {...wiring.frameIds} className={fieldClassName}>
      <select id={wiring.controlId} {...wiring.controlAria} {...selectProps}>
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </FieldFrame>
  );
}

export type TextAreaFieldProps = FieldChrome & Omit<ComponentProps<'textarea'>, 'aria-invalid' | 'aria-describedby'> & { fieldClassName?: string };

/** A labelled multi-line text input with its hint and error message. */
export function TextAreaField({ label, hint, error, id, fieldClassName, ...textAreaProps }: TextAreaFieldProps) {
  const wiring = useFieldWiring(id, hint, error);
  return (
    <FieldFrame label={label} hint={hint} error={error} {...wiring.frameIds} className={fieldClassName}>
      <textarea id={wiring.controlId} {...wiring.controlAria} {...textAreaProps} />
    </FieldFrame>
  );
}
