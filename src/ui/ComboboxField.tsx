import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { FieldFrame, useFieldWiring, type FieldChrome } from './Field';
import styles from './ComboboxField.module.css';
import listStyles from './SuggestionList.module.css';
import { movedIndex } from './list-navigation';

export interface ComboboxChoice {
  value: string;
  label: string;
}

export interface ComboboxFieldProps extends FieldChrome {
  /** The text in the box, which the form keeps and reads when it saves. */
  text: string;
  onTextChange: (text: string) => void;
  /** What to offer for the text as typed, best first. */
  choices: readonly ComboboxChoice[];
  onChoose: (choice: ComboboxChoice) => void;
  /** The list's accessible name, such as "Countries". */
  listLabel: string;
  placeholder?: string;
  fieldClassName?: string;
}

/**
 * A text box whose value is chosen from a list its typing filters (the ARIA 1.2 combobox pattern): the list opens
 * as one types or presses ↓, ↑/↓ move through it, Enter chooses (the only choice left, too), Escape closes it, and
 * focus never leaves the box, the highlighted choice being announced through aria-activedescendant.
 */
export function ComboboxField({ label, hint, error, warning, text, onTextChange, choices, onChoose, listLabel, placeholder, fieldClassName }: ComboboxFieldProps) {
  const wiring = useFieldWiring(undefined, hint, error, warning);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);

  const expanded = open && choices.length > 0;
  const active = expanded && activeIndex < choices.length ? activeIndex : -1;
  const optionId = (index: number) => `${listId}-${index}`;

  // A long list scrolls with the arrow keys, so the highlighted choice is always in sight.
  useEffect(() => {
    if (active < 0) return;
    listRef.current?.querySelector(`[id="${optionId(active)}"]`)?.scrollIntoView({ block: 'nearest' });
  });

  const close = () => {
    setOpen(false);
    setActiveIndex(-1);
  };

  const choose = (choice: ComboboxChoice) => {
    onChoose(choice);
    close();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActiveIndex(movedIndex(event.key, active, choices.length));
      return;
    }
    if (event.key === 'Enter' && expanded) {
      const only = choices.length === 1 ? choices[0] : undefined;
      const chosen = active >= 0 ? choices[active] : only;
      if (chosen === undefined) return;
      event.preventDefault();
      choose(chosen);
      return;
    }
    if (event.key === 'Escape' && expanded) {
      // The list closes; a dialog or page around the field stays where it is.
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  return (
    <FieldFrame label={label} hint={hint} error={error} warning={warning} {...wiring.frameIds} className={fieldClassName}>
      <div className={styles.anchor}>
        <input
          id={wiring.controlId}
          {...wiring.controlAria}
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          placeholder={placeholder}
          value={text}
          onChange={(event) => {
            onTextChange(event.target.value);
            setOpen(true);
            setActiveIndex(-1);
          }}
          onBlur={close}
          onKeyDown={handleKeyDown}
        />
        <ul ref={listRef} id={listId} role="listbox" aria-label={listLabel} className={listStyles.list} hidden={!expanded}>
          {expanded &&
            choices.map((choice, index) => (
              <li
                key={choice.value}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={listStyles.option}
                // Keeps focus in the box, so the blur does not close the list before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(choice)}
              >
                {choice.label}
              </li>
            ))}
        </ul>
      </div>
    </FieldFrame>
  );
}
