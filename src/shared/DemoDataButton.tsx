import { Button, type ButtonVariant } from '../ui/Button';
import { useLoadDemoData } from './use-demo-data-commands';

/** Fills an empty database with a believable freelancer's year, so every screen can be explored at once. */
export function DemoDataButton({ variant = 'secondary', disabled = false }: { variant?: ButtonVariant; disabled?: boolean }) {
  const { load, loading } = useLoadDemoData();
  return (
    <Button variant={variant} onClick={() => void load()} disabled={disabled || loading} aria-busy={loading}>
      Load demo data
    </Button>
  );
}
