import { useEffect, useLayoutEffect, type RefObject } from 'react';

export type PopoverPlacement = 'below-start' | 'below-end';

const GAP_PX = 4;
const VIEWPORT_MARGIN_PX = 8;

function place(anchor: HTMLElement, popover: HTMLElement, placement: PopoverPlacement, matchWidth: boolean): void {
  const rect = anchor.getBoundingClientRect();
  if (matchWidth) popover.style.minWidth = `${Math.round(rect.width)}px`;
  const width = popover.offsetWidth;
  const height = popover.offsetHeight;
  const preferredLeft = placement === 'below-start' ? rect.left : rect.right - width;
  const left = Math.min(Math.max(VIEWPORT_MARGIN_PX, preferredLeft), window.innerWidth - width - VIEWPORT_MARGIN_PX);
  const spaceBelow = window.innerHeight - rect.bottom;
  // Open upwards only when the popover does not fit below and fits better above.
  const top = spaceBelow < height + GAP_PX + VIEWPORT_MARGIN_PX && rect.top > spaceBelow ? Math.max(VIEWPORT_MARGIN_PX, rect.top - height - GAP_PX) : rect.bottom + GAP_PX;
  popover.style.left = `${Math.round(left)}px`;
  popover.style.top = `${Math.round(top)}px`;
}

/**
 * Shows an element with the `popover` attribute in the top layer next to its anchor, and keeps it there while the
 * page scrolls or resizes. The top layer matters inside dialogs: a dropdown drawn there is never clipped by the
 * dialog's scrolling body. A light dismiss (a click elsewhere, Escape) on an `auto` popover reports through
 * `onDismiss`.
 */
export function useAnchoredPopover(options: {
  open: boolean;
  anchorRef: RefObject<HTMLElement | null>;
  popoverRef: RefObject<HTMLElement | null>;
  placement?: PopoverPlacement;
  matchWidth?: boolean;
  onDismiss?: () => void;
}): void {
  const { open, anchorRef, popoverRef, placement = 'below-start', matchWidth = false, onDismiss } = options;

  useLayoutEffect(() => {
    const popover = popoverRef.current;
    const anchor = anchorRef.current;
    if (popover === null || anchor === null) return;
    if (!open) {
      if (popover.matches(':popover-open')) popover.hidePopover();
      return;
    }
    if (!popover.matches(':popover-open')) popover.showPopover();
    place(anchor, popover, placement, matchWidth);
    const reposition = () => place(anchor, popover, placement, matchWidth);
    const observer = new ResizeObserver(reposition);
    observer.observe(popover);
    window.addEventListener('resize', reposition);
    window.addEventListener('scroll', reposition, true);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', reposition);
      window.removeEventListener('scroll', reposition, true);
    };
  }, [open, anchorRef, popoverRef, placement, matchWidth]);

  useEffect(() => {
    const popover = popoverRef.current;
    if (popover === null || onDismiss === undefined) return;
    const handleToggle = (event: Event) => {
      if (event instanceof ToggleEvent && event.newState === 'closed') onDismiss();
    };
    popover.addEventListener('toggle', handleToggle);
    return () => popover.removeEventListener('toggle', handleToggle);
  }, [popoverRef, onDismiss]);
}
