import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Proposal, ProposalStatus } from '../../domain/model';
import { PROPOSAL_STATUS_LABELS, allowedStatusMoves } from '../../domain/proposals/proposal-status';
import { StatusDot } from './StatusDot';
import styles from './MoveMenu.module.css';

interface MoveMenuProps {
  proposal: Proposal;
  onMove: (to: ProposalStatus) => void;
  /** 'compact' is the icon button on a board card; 'full' shows its text, for the detail page. */
  appearance?: 'compact' | 'full';
}

const MENU_WIDTH = 200;

/**
 * "Move to…": a menu button listing the statuses the proposal may move to, for keyboards and anyone who would
 * rather not drag. Follows the ARIA menu button pattern: arrows move between items, Escape closes and returns
 * focus to the button. The menu is fixed to the viewport, so a scrolling board does not clip it.
 */
export function MoveMenu({ proposal, onMove, appearance = 'compact' }: MoveMenuProps) {
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<{ top: number; left: number }>({ top: 0, left: 0 });
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const moves = allowedStatusMoves(proposal);

  useLayoutEffect(() => {
    if (!open) return;
    const rect = buttonRef.current?.getBoundingClientRect();
    if (rect === undefined) return;
    const left = Math.min(Math.max(8, rect.right - MENU_WIDTH), window.innerWidth - MENU_WIDTH - 8);
    const menuHeight = menuRef.current?.offsetHeight ?? 0;
    const below = rect.bottom + 4;
    const top = below + menuHeight > window.innerHeight - 8 ? Math.max(8, rect.top - 4 - menuHeight) : below;
    setPosition({ top, left });
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const closeOnOutside = (event: Event) => {
      const target = event.target;
      if (target instanceof Node && (menuRef.current?.contains(target) === true || buttonRef.current?.contains(target) === true)) return;
      setOpen(false);
    };
    const closeOnScroll = (event: Event) => {
      if (event.target instanceof Node && menuRef.current?.contains(event.target) === true) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutside);
    window.addEventListener('scroll', closeOnScroll, true);
    window.addEventListener('resize', closeOnScroll);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutside);
      window.removeEventListener('scroll', closeOnScroll, true);
      window.removeEventListener('resize', closeOnScroll);
    };
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const choose = (to: ProposalStatus) => {
    close(true);
    onMove(to);
  };

  const handleMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.findIndex((item) => item === document.activeElement);
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focusAt(index + 1);
    else if (event.key === 'ArrowUp') focusAt(index - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(items.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
  };

  const label = `Move ${proposal.title}`;
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={appearance === 'compact' ? styles.proposalMoveButton : 'button button-secondary'}
        // The full button's name is its text, "Move to…", which the page's title already puts in context.
        aria-label={appearance === 'compact' ? label : undefined}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={moves.length === 0}
        title={moves.length === 0 ? 'A won proposal became a project, so it stays won' : 'Move to…'}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {appearance === 'full' && <span>Move to…</span>}
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          {appearance === 'compact' ? (
            <path d="M4 6.5 8 3l4 3.5M4 9.5 8 13l4-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
          ) : (
            <path d="m4.5 6.5 3.5 3.5 3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
          )}
        </svg>
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={`${label} to`}
          className={styles.proposalMoveMenu}
          style={{ top: position.top, left: position.left, width: MENU_WIDTH }}
          onKeyDown={handleMenuKey}
        >
          <li role="presentation" className={styles.proposalMoveMenuHeading}>
            Move to
          </li>
          {moves.map((status) => (
            <li
              key={status}
              role="menuitem"
              tabIndex={-1}
              className={styles.proposalMoveMenuItem}
              onClick={() => choose(status)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  choose(status);
                }
              }}
            >
              <StatusDot status={status} />
              {PROPOSAL_STATUS_LABELS[status]}
              {(status === 'won' || status === 'lost') && (
                // The dialog that follows says the same; the item's name stays just the status.
                <span className={styles.proposalMoveMenuHint} aria-hidden="true">
                  {status === 'won' ? 'creates a project' : 'asks for a reason'}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
