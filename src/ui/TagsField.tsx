import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import styles from './TagsField.module.css';
import listStyles from './SuggestionList.module.css';
import { movedIndex } from './list-navigation';

export interface TagsFieldProps {
  label: string;
  /** "skill" or "tag": names the remove buttons, "Remove skill React". */
  noun: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** What to offer for the text typed so far, best first, without the values already chosen. */
  suggest: (query: string, chosen: readonly string[]) => string[];
  placeholder?: string;
  hint?: ReactNode;
  error?: string;
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * A list of short labels typed one by one, with suggestions: a combobox (ARIA 1.2 pattern) over a listbox. Enter
 * or a comma adds the typed text or the highlighted suggestion, Backspace in an empty box removes the last label,
 * and leaving the box keeps what was typed, so a label is never lost to a click on Save.
 */
export function TagsField({ label, noun, values, onChange, suggest, placeholder, hint, error }: TagsFieldProps) {
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);

  const suggestions = open ? suggest(text, values) : [];
  const expanded = suggestions.length > 0;
  const active = activeIndex >= 0 && activeIndex < suggestions.length ? activeIndex : -1;
  const hasError = error !== undefined && error !== '';
  const describedBy = [hasError ? errorId : '', hint !== undefined ? hintId : ''].filter(Boolean).join(' ');

  const add = (raw: string) => {
    const value = raw.trim();
    setText('');
    setActiveIndex(-1);
    if (value === '' || values.some((existing) => sameText(existing, value))) return;
    onChange([...values, value]);
  };

  const remove = (value: string) => onChange(values.filter((existing) => existing !== value));

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActiveIndex(movedIndex(event.key, active, suggestions.length));
      return;
    }
    if (event.key === 'Enter' || (event.key === ',' && text.trim() !== '')) {
      const chosen = active >= 0 ? suggestions[active] : text;
      if (chosen === undefined || chosen.trim() === '') return;
      event.preventDefault();
      add(chosen);
      return;
    }
    if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActiveIndex(-1);
      return;
    }
    if (event.key === 'Backspace' && text === '' && values.length > 0) {
      const last = values[values.length - 1];
      if (last !== undefined) remove(last);
    }
  };

  return (
    <div className={`field ${styles.tagsField}`}>
      <label className="field-label" htmlFor={inputId}>
        {label}
      </label>
      <div className={styles.anchor}>
        {/* A click on the box's empty space lands in the text box, as it would in one input. */}
        <div
          className={[styles.box, hasError && styles.boxInvalid].filter(Boolean).join(' ')}
          onMouseDown={(event) => {
            if (event.target !== event.currentTarget) return;
            event.preventDefault();
            inputRef.current?.focus();
          }}
        >
          {values.length > 0 && (
            <ul className={styles.chips} aria-label={`Chosen ${noun}s`}>
              {values.map((value) => (
                <li key={value} className={styles.chip}>
                  <span>{value}</span>
                  <button type="button" className={styles.remove} aria-label={`Remove ${noun} ${value}`} onClick={() => remove(value)}>
                    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
                      <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
                    </svg>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            ref={inputRef}
            id={inputId}
            className={styles.input}
            role="combobox"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
            aria-invalid={hasError ? true : undefined}
            aria-describedby={describedBy === '' ? undefined : describedBy}
            autoComplete="off"
            value={text}
            placeholder={values.length === 0 ? placeholder : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActiveIndex(-1);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => {
              add(text);
              setOpen(false);
            }}
            onKeyDown={handleKeyDown}
          />
        </div>
        <ul id={listId} role="listbox" aria-label={`Suggested ${noun}s`} className={listStyles.list} hidden={!expanded}>
          {suggestions.map((suggestion, index) => (
            <li
              key={suggestion}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={listStyles.option}
              // Keeps focus in the box, so choosing does not first commit the half-typed text on blur.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => add(suggestion)}
            >
              {suggestion}
            </li>
          ))}
        </ul>
      </div>
      {hasError && (
        <p id={errorId} className="field-error">
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M8 4.5v4M8 10.8v.2" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          {error}
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
