import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useAnchoredPopover } from './use-anchored-popover';
import styles from './pickers.module.css';

export interface ActionMenuItem {
  label: string;
  run: () => void;
  tone?: 'danger';
  /** Why the item cannot be used; the item stays listed, greyed, so the reason is found where the action is. */
  disabledReason?: string;
}

interface ActionMenuProps {
  /** The button's accessible name, e.g. "More actions for Chart legend". */
  label: string;
  items: readonly ActionMenuItem[];
  /** Shown above the items, e.g. why an entry is locked. */
  note?: ReactNode;
}

function MoreIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="3.5" cy="8" r="1.3" fill="currentColor" />
      <circle cx="8" cy="8" r="1.3" fill="currentColor" />
      <circle cx="12.5" cy="8" r="1.3" fill="currentColor" />
    </svg>
  );
}

/** A "⋯" button opening a menu of actions, following the ARIA menu button pattern. */
export function ActionMenu({ label, items, note }: ActionMenuProps) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const noteId = useId();
  const [open, setOpen] = useState(false);
  const dismiss = useCallback(() => setOpen(false), []);

  useAnchoredPopover({ open, anchorRef: buttonRef, popoverRef: menuRef, placement: 'below-end', onDismiss: dismiss });

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const handleMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const menuItems = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const current = menuItems.findIndex((item) => item === document.activeElement);
    const focusAt = (index: number) => menuItems[(index + menuItems.length) % menuItems.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusAt(current + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focusAt(current - 1);
        break;
      case 'Home':
        event.preventDefault();
        focusAt(0);
        break;
      case 'End':
        event.preventDefault();
        focusAt(menuItems.length - 1);
        break;
      case 'Escape':
        event.preventDefault();
        close(true);
        break;
      case 'Tab':
        close(false);
        break;
      default:
        break;
    }
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={styles.iconButton}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((isOpen) => !isOpen)}
      >
        <MoreIcon />
      </button>
      <div
        ref={menuRef}
        id={menuId}
        role="menu"
        aria-label={label}
        aria-describedby={note === undefined ? undefined : noteId}
        popover="auto"
        className={styles.actionMenu}
        onKeyDown={handleMenuKeyDown}
      >
        {note !== undefined && (
          <div id={noteId} role="presentation" className={styles.actionMenuNote}>
            {note}
          </div>
        )}
        {items.map((item) => (
          <div
            key={item.label}
            role="menuitem"
            tabIndex={-1}
            aria-disabled={item.disabledReason === undefined ? undefined : true}
            title={item.disabledReason}
            className={[styles.actionMenuItem, item.tone === 'danger' && styles.actionMenuItemDanger].filter(Boolean).join(' ')}
            onClick={() => {
              if (item.disabledReason !== undefined) return;
              close(true);
              item.run();
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              if (item.disabledReason !== undefined) return;
              close(true);
              item.run();
            }}
          >
            {item.label}
          </div>
        ))}
      </div>
    </>
  );
}
