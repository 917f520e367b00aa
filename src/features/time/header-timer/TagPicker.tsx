import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { TagIcon } from '../../../ui/icons';
import { useAnchoredPopover } from '../use-anchored-popover';
import styles from './HeaderTimer.module.css';

interface TagPickerProps {
  tags: readonly string[];
  /** Tags in recent use, offered as checkboxes. */
  knownTags: readonly string[];
  onChange: (tags: string[]) => void;
}

const MAX_TAG_LENGTH = 60;
const SUGGESTIONS_SHOWN = 12;

/** A tag button in the timer bar: a popover to tick known tags or add a new one. */
export function TagPicker({ tags, knownTags, onChange }: TagPickerProps) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [newTag, setNewTag] = useState('');
  const dismiss = useCallback(() => setOpen(false), []);

  useAnchoredPopover({ open, anchorRef: buttonRef, popoverRef: panelRef, placement: 'below-end', onDismiss: dismiss });

  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  const offered = [...new Set([...tags, ...knownTags.slice(0, SUGGESTIONS_SHOWN)])];
  const toggle = (tag: string, on: boolean) => onChange(on ? [...tags, tag] : tags.filter((existing) => existing !== tag));

  const addTag = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const tag = newTag.trim().slice(0, MAX_TAG_LENGTH);
    if (tag !== '' && !tags.includes(tag)) onChange([...tags, tag]);
    setNewTag('');
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={[styles.timerBarToggle, tags.length > 0 && styles.timerBarToggleOn].filter(Boolean).join(' ')}
        aria-label={tags.length === 0 ? 'Tags' : `Tags: ${tags.join(', ')}`}
        title={tags.length === 0 ? 'Tags' : tags.join(', ')}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((isOpen) => !isOpen)}
      >
        <TagIcon />
        {tags.length > 0 && <span className={styles.timerBarCount}>{tags.length}</span>}
      </button>
      <div ref={panelRef} id={panelId} popover="auto" role="dialog" aria-label="Tags" className={styles.tagPanel}>
        <form className={styles.tagPanelAdd} onSubmit={addTag}>
          <input ref={inputRef} type="text" aria-label="New tag" placeholder="Add a tag…" maxLength={MAX_TAG_LENGTH} value={newTag} onChange={(event) => setNewTag(event.target.value)} />
        </form>
        {offered.length === 0 ? (
          <p className={styles.tagPanelEmpty}>Type a tag and press Enter.</p>
        ) : (
          <ul className={styles.tagPanelList} aria-label="Tags to add">
            {offered.map((tag) => (
              <li key={tag}>
                <label>
                  <input type="checkbox" checked={tags.includes(tag)} onChange={(event) => toggle(tag, event.target.checked)} />
                  <span>{tag}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
