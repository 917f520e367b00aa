import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '../ui/Button';
import styles from './ErrorBoundary.module.css';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Where the boundary sits, for the message: "this screen" or "Repute". */
  scope: 'screen' | 'app';
}

interface ErrorBoundaryState {
  error: Error | null;
}

function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/**
 * Catches a rendering failure and shows what happened with a way out, instead of a blank window.
 * Stored data lives in IndexedDB and is untouched by a render error, which the message says plainly.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(thrown: unknown): ErrorBoundaryState {
    return { error: asError(thrown) };
  }

  override componentDidCatch(thrown: unknown, info: ErrorInfo): void {
    console.error('Repute could not show', this.props.scope, thrown, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const where = this.props.scope === 'screen' ? 'This screen' : 'Repute';
    return (
      <div className="page">
        <section className={styles.errorPanel} role="alert" aria-labelledby="error-panel-title">
          <h1 id="error-panel-title">{where} ran into a problem</h1>
          <p>
            Something went wrong while drawing {this.props.scope === 'screen' ? 'this screen' : 'the app'}. Your saved
            records are stored on this device and a display error does not change them. Reloading usually fixes it;
            if it keeps happening, the details below help to find the cause.
          </p>
          <p className={styles.errorPanelMessage}>
            <code>{error.message || error.name}</code>
          </p>
          <div className="cluster">
            <Button variant="primary" onClick={() => window.location.reload()}>
              Reload Repute
            </Button>
          </div>
          {error.stack !== undefined && (
            <details className={styles.errorPanelDetails}>
              <summary>Technical details</summary>
              <pre>{error.stack}</pre>
            </details>
          )}
        </section>
      </div>
    );
  }
}
