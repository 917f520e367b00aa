import { useEffect, useId, useRef, type ReactNode, type MouseEvent, type SyntheticEvent } from 'react';
import { Button } from './Button';

export interface DialogProps {
  open: boolean;
  /** Called for Escape, the close button and a click on the backdrop; the caller sets `open` to false. */
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons along the bottom edge, primary action last. */
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  /** 'alertdialog' for confirmations: the backdrop does not dismiss it and it has no close button. */
  role?: 'dialog' | 'alertdialog';
}

/**
 * A modal on the native `<dialog>`: showModal() makes the rest of the page inert (so focus stays inside),
 * Escape raises `cancel`, and focus returns to the opener when it closes. Put `data-autofocus` on the control
 * that should receive focus first.
 */
export function Dialog({ open, onClose, title, description, children, footer, size = 'md', role = 'dialog' }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      dialog.showModal();
      const preferred = dialog.querySelector<HTMLElement>('[data-autofocus]');
      preferred?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // React passes a dialog's cancel and close on to the dialogs around it in its tree; a confirmation opened from
  // inside a dialog must not close that dialog too.
  const handleCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    if (event.target !== event.currentTarget) return;
    event.preventDefault();
    onClose();
  };

  // The browser may close the dialog itself (a second Escape); keep the caller's state in step.
  const handleNativeClose = (event: SyntheticEvent<HTMLDialogElement>) => {
    if (open && event.target === event.currentTarget) onClose();
  };

  const handleBackdropClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (role === 'dialog' && event.target === event.currentTarget) onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className={`dialog dialog-${size}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description === undefined ? undefined : descriptionId}
      onCancel={handleCancel}
      onClose={handleNativeClose}
      onClick={handleBackdropClick}
    >
      {open && (
        <div className="dialog-panel">
          <div className="dialog-header">
            <h2 id={titleId} className="dialog-title">
              {title}
            </h2>
            {role === 'dialog' && (
              <button type="button" className="dialog-close" aria-label="Close" onClick={onClose}>
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                  <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
                </svg>
              </button>
            )}
          </div>
          {description !== undefined && (
            <div id={descriptionId} className="dialog-description">
              {description}
            </div>
          )}
          {children !== undefined && <div className="dialog-body">{children}</div>}
          {footer !== undefined && <div className="dialog-footer">{footer}</div>}
        </div>
      )}
    </dialog>
  );
}

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: 'danger' | 'primary';
  /** While true the buttons are disabled, e.g. during the write the confirmation started. */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; Cancel has focus first, so Enter never destroys by accident. */
export function ConfirmDialog({ open, title, message, confirmLabel, cancelLabel = 'Cancel', tone = 'danger', busy = false, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={title}
      description={message}
      size="sm"
      role="alertdialog"
      footer={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={busy} data-autofocus="">
            {cancelLabel}
          </Button>
          <Button variant={tone} onClick={onConfirm} disabled={busy}>
            {confirmLabel}
          </Button>
        </>
      }
    />
  );
}
