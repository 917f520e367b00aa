import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';

/*
 * The floor of the timer's click figures: a button that only changes React state, built by the same Vite build and
 * the same React as the app, on the same origin. The runner clicks it and times the click until the new text shows,
 * exactly as it times the header timer's Start and the day list's Stop.
 */

function ClickFloor() {
  const [clicks, setClicks] = useState(0);
  return createElement('button', { type: 'button', onClick: () => setClicks((count) => count + 1) }, `Clicked ${String(clicks)} times`);
}

const container = document.getElementById('root');
if (container === null) throw new Error('The click floor page has no #root');
createRoot(container).render(createElement(ClickFloor));
