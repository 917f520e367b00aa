import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { Command } from './commands';
import { paletteMatches, type IndexedRecord } from './record-search';
import styles from './CommandPalette.module.css';

interface CommandPaletteProps {
  open: boolean;
  onClose: () => void;
  commands: readonly Command[];
  /** Clients, projects, proposals and invoices the palette finds once something is typed. */
  records: readonly IndexedRecord<Command>[];
  /** Runs the chosen command after the palette has closed, so focus is back where the user was. */
  onRun: (command: Command) => void;
}

/**
 * Keyboard-first command search: a combobox over a listbox, following the ARIA combobox pattern. Focus stays in
 * the input and the active option is announced through aria-activedescendant.
 */
export function CommandPalette({ open, onClose, commands, records, onRun }: CommandPaletteProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const handleCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className={styles.palette}
      aria-label="Command palette"
      onCancel={handleCancel}
      onClose={() => {
        if (open) onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      {/* Mounted only while open, so every opening starts with an empty query. */}
      {open && (
        <PalettePanel
          commands={commands}
          records={records}
          onChoose={(command) => {
            // Closed here rather than by the effect after the next render: the dialog gives focus back as it closes,
            // and a command that moves focus (the timer's project picker) must find the page no longer inert.
            dialogRef.current?.close();
            onClose();
            onRun(command);
          }}
        />
      )}
    </dialog>
  );
}

function PalettePanel({ commands, records, onChoose }: { commands: readonly Command[]; records: readonly IndexedRecord<Command>[]; onChoose: (command: Command) => void }) {
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();
  const optionIdPrefix = useId();
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);

  const matches = useMemo(() => paletteMatches(commands, records, query), [commands, records, query]);
  const active = matches[Math.min(activeIndex, matches.length - 1)];
  const activeOptionId = active === undefined ? undefined : `${optionIdPrefix}-${active.id}`;

  useEffect(() => {
    if (activeOptionId === undefined) return;
    const option = listRef.current?.querySelector(`[id="${CSS.escape(activeOptionId)}"]`);
    option?.scrollIntoView({ block: 'nearest' });
  }, [activeOptionId]);

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (matches.length === 0) return;
    const current = Math.min(activeIndex, matches.length - 1);
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setActiveIndex((current + 1) % matches.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActiveIndex((current - 1 + matches.length) % matches.length);
        break;
      case 'PageDown':
        event.preventDefault();
        setActiveIndex(matches.length - 1);
        break;
      case 'PageUp':
        event.preventDefault();
        setActiveIndex(0);
        break;
      case 'Enter':
        if (active !== undefined) {
          event.preventDefault();
          onChoose(active);
        }
        break;
      default:
        break;
    }
  };

  return (
    <div className={styles.palettePanel}>
      <div className={styles.paletteSearch}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M10.5 10.5L14 14" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        <input
          type="text"
          role="combobox"
          aria-label="Search commands"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOptionId}
          placeholder="Type a command, a screen or a name…"
          autoComplete="off"
          spellCheck={false}
          data-autofocus=""
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(0);
          }}
          onKeyDown={handleKeyDown}
        />
        <kbd aria-hidden="true">Esc</kbd>
      </div>
      <ul ref={listRef} id={listId} role="listbox" aria-label="Commands" className={styles.paletteList}>
        {matches.map((command, index) => {
          const optionId = `${optionIdPrefix}-${command.id}`;
          const isActive = optionId === activeOptionId;
          return (
            <li
              key={command.id}
              id={optionId}
              role="option"
              aria-selected={isActive}
              className={isActive ? `${styles.paletteOption} ${styles.paletteOptionActive}` : styles.paletteOption}
              onMouseMove={() => {
                if (!isActive) setActiveIndex(index);
              }}
              onClick={() => onChoose(command)}
            >
              <span className={styles.paletteOptionTitle}>{command.title}</span>
              <span className={styles.paletteOptionSection} aria-hidden="true">
                {command.detail === undefined ? command.section : `${command.section} · ${command.detail}`}
              </span>
            </li>
          );
        })}
      </ul>
      {matches.length === 0 && <p className={styles.paletteEmpty}>Nothing matches “{query.trim()}”.</p>}
      <div className={styles.paletteFooter} aria-hidden="true">
        <span>
          <kbd>↑</kbd> <kbd>↓</kbd> to move
        </span>
        <span>
          <kbd>Enter</kbd> to run
        </span>
        <span>
          <kbd>Esc</kbd> to close
        </span>
      </div>
    </div>
  );
}
