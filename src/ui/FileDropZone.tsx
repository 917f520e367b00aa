import { useId, useState, type DragEvent, type ReactNode } from 'react';
import styles from './FileDropZone.module.css';

interface FileDropZoneProps {
  /** The file input's accessible name. */
  inputLabel: string;
  /** The visible button's text; it starts with the input's name, so speech users can say what they see. */
  buttonLabel: string;
  accept: string;
  title: string;
  hint: ReactNode;
  disabled?: boolean;
  onFile: (file: File) => void;
}

function UploadIcon() {
  return (
    <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M12 15V4M7.5 8.5 12 4l4.5 4.5" />
      <path d="M4.5 14.5v3.25A2.25 2.25 0 0 0 6.75 20h10.5a2.25 2.25 0 0 0 2.25-2.25V14.5" />
    </svg>
  );
}

/**
 * A file input dressed as a drop target: files can be dropped onto it, or chosen with the button, which is the
 * native input itself (only visually hidden), so keyboards and assistive technology use it as they know it.
 */
export function FileDropZone({ inputLabel, buttonLabel, accept, title, hint, disabled = false, onFile }: FileDropZoneProps) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  const handleDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const handleDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files.item(0);
    if (!disabled && file !== null) onFile(file);
  };

  return (
    <div
      className={dragging ? `${styles.dropZone} ${styles.dropZoneActive}` : styles.dropZone}
      onDragOver={handleDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={handleDrop}
    >
      <div className={styles.dropZoneIcon}>
        <UploadIcon />
      </div>
      <p className={styles.dropZoneTitle}>{title}</p>
      <p className={styles.dropZoneHint}>{hint}</p>
      <input
        id={inputId}
        className={`visually-hidden ${styles.dropZoneInput}`}
        type="file"
        accept={accept}
        aria-label={inputLabel}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.item(0) ?? null;
          // Cleared at once, so choosing the same file again (to re-import it) still raises a change.
          event.target.value = '';
          if (file !== null) onFile(file);
        }}
      />
      <label htmlFor={inputId} className={`button button-secondary ${styles.dropZoneButton}`} aria-hidden="true">
        {buttonLabel}
      </label>
    </div>
  );
}
