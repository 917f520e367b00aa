import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { chooseProjectOptions, projectColourIndex, projectOptionLabel, type ProjectOption } from './project-options';
import { useAnchoredPopover } from './use-anchored-popover';
import styles from './pickers.module.css';

export interface ProjectComboboxProps {
  options: readonly ProjectOption[];
  /** Recently tracked project ids, most recent first. */
  recentIds: readonly string[];
  value: string | undefined;
  onChange: (projectId: string) => void;
  /** Set when a visible `<label for>` names the input; otherwise give `ariaLabel`. */
  id?: string;
  ariaLabel?: string;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
  className?: string;
  disabled?: boolean;
  /** A number that, each time it changes, focuses the input and opens the list: another control asking for a project. */
  openRequest?: number;
  /** Called when Escape closes a list that `openRequest` opened, so the asking control can take focus back. */
  onRequestDismissed?: () => void;
}

/** The coloured dot that stands for a project in lists and pickers. */
export function ProjectDot({ projectId }: { projectId: string }) {
  return <span className={`${styles.projectDot} ${styles[`projectColour${projectColourIndex(projectId)}`]}`} aria-hidden="true" />;
}

/**
 * A searchable project picker following the ARIA combobox pattern: focus stays in the input, the highlighted option
 * is announced through aria-activedescendant. With nothing typed it offers recent projects first.
 */
export function ProjectCombobox({ options, recentIds, value, onChange, id, ariaLabel, placeholder = 'Choose a project', invalid = false, describedBy, className, disabled = false, openRequest = 0, onRequestDismissed }: ProjectComboboxProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const optionIdPrefix = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const openedOnRequest = useRef(false);

  const selected = options.find((option) => option.id === value);
  const choices = useMemo(() => chooseProjectOptions(options, query ?? '', recentIds), [options, query, recentIds]);
  const flat = useMemo(() => [...choices.recent, ...choices.others], [choices]);
  const active = flat[Math.min(activeIndex, flat.length - 1)];
  const optionId = (option: ProjectOption, group: string) => `${optionIdPrefix}-${group}-${option.id}`;
  const activeGroup = active !== undefined && choices.recent.includes(active) ? 'recent' : 'all';
  const activeOptionId = open && active !== undefined ? optionId(active, activeGroup) : undefined;

  useAnchoredPopover({ open, anchorRef: inputRef, popoverRef: listRef, matchWidth: true });

  useEffect(() => {
    const input = inputRef.current;
    if (openRequest === 0 || input === null || input.disabled) return;
    input.focus();
    // The list closes when the input loses focus; opened without it (a modal still over the page), nothing would
    // ever close it.
    if (document.activeElement !== input) return;
    openedOnRequest.current = true;
    setActiveIndex(0);
    setOpen(true);
  }, [openRequest]);

  useEffect(() => {
    if (activeOptionId === undefined) return;
    listRef.current?.querySelector(`[id="${CSS.escape(activeOptionId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeOptionId]);

  const close = () => {
    openedOnRequest.current = false;
    setOpen(false);
    setQuery(null);
  };

  const choose = (option: ProjectOption) => {
    onChange(option.id);
    close();
  };

  const openList = () => {
    if (disabled) return;
    setActiveIndex(0);
    setOpen(true);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) openList();
        else if (flat.length > 0) setActiveIndex((Math.min(activeIndex, flat.length - 1) + 1) % flat.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) openList();
        else if (flat.length > 0) setActiveIndex((Math.min(activeIndex, flat.length - 1) - 1 + flat.length) % flat.length);
        break;
      case 'Enter':
        if (open && active !== undefined) {
          event.preventDefault();
          choose(active);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          const dismissRequest = openedOnRequest.current ? onRequestDismissed : undefined;
          close();
          dismissRequest?.();
        }
        break;
      case 'Tab':
        close();
        break;
      default:
        break;
    }
  };

  const renderOption = (option: ProjectOption, group: string) => {
    const idOfOption = optionId(option, group);
    const isActive = idOfOption === activeOptionId;
    return (
      <div
        key={idOfOption}
        id={idOfOption}
        role="option"
        aria-selected={option.id === value}
        className={[styles.projectOption, isActive && styles.projectOptionActive].filter(Boolean).join(' ')}
        onMouseDown={(event) => event.preventDefault()}
        onMouseMove={() => {
          const index = flat.indexOf(option);
          if (index !== activeIndex) setActiveIndex(index);
        }}
        onClick={() => choose(option)}
      >
        <ProjectDot projectId={option.id} />
        <span className={styles.projectOptionName}>{option.name}</span>
        <span className={styles.projectOptionClient}>{option.clientName}</span>
        {option.status !== 'active' && <span className={styles.projectOptionStatus}>{option.status === 'paused' ? 'Paused' : option.status === 'completed' ? 'Completed' : 'Cancelled'}</span>}
      </div>
    );
  };

  const shownText = query ?? (selected === undefined ? '' : selected.name);

  return (
    <div className={[styles.projectCombobox, className].filter(Boolean).join(' ')}>
      {selected !== undefined && query === null && <ProjectDot projectId={selected.id} />}
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        aria-label={ariaLabel}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOptionId}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        value={shownText}
        title={selected === undefined ? undefined : projectOptionLabel(selected)}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(0);
          setOpen(true);
        }}
        onClick={() => {
          if (!open) openList();
        }}
        onFocus={(event) => event.target.select()}
        onBlur={close}
        onKeyDown={handleKeyDown}
      />
      <div ref={listRef} id={listId} role="listbox" aria-label="Projects" popover="manual" className={styles.projectListbox}>
        {choices.recent.length > 0 && (
          <div role="group" aria-label="Recent projects" className={styles.projectListboxGroup}>
            <div role="presentation" className={styles.projectListboxHeading}>
              Recent
            </div>
            {choices.recent.map((option) => renderOption(option, 'recent'))}
          </div>
        )}
        {choices.others.length > 0 && (
          <div role="group" aria-label={query === null || query.trim() === '' ? 'All open projects' : 'Matching projects'} className={styles.projectListboxGroup}>
            <div role="presentation" className={styles.projectListboxHeading}>
              {query === null || query.trim() === '' ? 'All open projects' : 'Matching projects'}
            </div>
            {choices.others.map((option) => renderOption(option, 'all'))}
          </div>
        )}
        {flat.length === 0 && (
          <p className={styles.projectListboxEmpty}>{options.length === 0 ? 'No projects yet: add one under Projects first.' : `No project matches “${(query ?? '').trim()}”.`}</p>
        )}
      </div>
    </div>
  );
}
