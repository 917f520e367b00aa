// Must stay the first import: it configures zod before any schema module is evaluated.
import './platform/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The design system's tokens and base classes first, so the CSS Modules loaded with the components below can refine them.
import './ui/tokens.css';
import './ui/components.css';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { DARK_SCHEME_QUERY } from './app/theme';

// Paint the system theme before React starts, so a dark desktop never flashes white; Settings may refine it.
document.documentElement.dataset.theme = window.matchMedia(DARK_SCHEME_QUERY).matches ? 'dark' : 'light';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain <div id="root">');

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary scope="app">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
