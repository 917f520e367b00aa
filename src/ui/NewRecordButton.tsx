import { useNavigate } from 'react-router';
import { Button } from './Button';
import { PlusIcon } from './icons';

interface NewRecordButtonProps {
  /** The address of the form that creates the record. */
  to: string;
  label: string;
  variant: 'primary' | 'secondary';
}

/** A list page's "New …" button, opening the form for a new record. */
export function NewRecordButton({ to, label, variant }: NewRecordButtonProps) {
  const navigate = useNavigate();
  return (
    // Keyed by variant: a button that changes variant in place would fade through unreadable colours.
    <Button key={variant} variant={variant} onClick={() => void navigate(to)}>
      <PlusIcon />
      {label}
    </Button>
  );
}
