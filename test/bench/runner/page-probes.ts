import type { Locator, Page } from 'playwright-core';

/*
 * What the runner watches inside the pages it drives. Every time is taken by the page's own clock
 * (performance.now(), microsecond resolution in these cross-origin-isolated pages), never from the runner's side of
 * the DevTools connection, so no round trip between the runner and the browser is in any figure.
 *
 * A timed click runs like this: the runner arms the probe with what should appear, then clicks with Playwright's
 * page.click (real mouse events through the browser's input pipeline). A capture listener on the window takes the
 * click event's timeStamp: when the browser received the mouse-up, on the same clock as performance.now(), so a
 * page still busy with earlier work when the click came counts against the page. A MutationObserver over the whole
 * document then checks after every change whether the awaited state is on screen; the first time it is, it notes
 * the time and asks for the next animation frame, and from that frame's callback posts a message to itself: the
 * message arrives once the frame with the change has been produced, and that moment is the figure's end.
 */

/** What a timed click waits for. */
export type ProbeTarget =
  /** The header timer runs the entry with this description: its button reads Stop and its field the description. */
  | { kind: 'timerRunning'; text: string }
  /** The day list shows the entry with this description, stopped (no Running badge on its row). */
  | { kind: 'entryStopped'; text: string }
  /** The day list shows at least one entry row. */
  | { kind: 'timeRows'; text: '' }
  /** A button on the page reads exactly this text. */
  | { kind: 'buttonText'; text: string };

export interface ProbeTiming {
  /** The click event's timeStamp. */
  clickedAt: number;
  /** When the awaited state was first in the document. */
  shownAt: number;
  /** When the frame showing it had been produced. */
  paintedAt: number;
  /** The page's visibility while it waited; a hidden page gets no frames and would not be timed fairly. */
  visibility: string;
}

interface ClickProbe {
  arm(target: ProbeTarget, timeoutMs: number): void;
  result: Promise<ProbeTiming> | undefined;
}

declare global {
  interface Window {
    reputeClickProbe?: ClickProbe;
    reputeShownAt?: number;
  }
}

/**
 * Runs in the page before its own scripts (sent as source, so self-contained). The conditions read the page as a
 * person or a screen reader would, by roles, labels and text, never by class names.
 */
export function installClickProbe(): void {
  const ownText = (root: Element, text: string): Element[] => {
    const found: Element[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node.nodeValue === text && node.parentElement !== null) found.push(node.parentElement);
    }
    return found;
  };
  const holds = (target: ProbeTarget): boolean => {
    if (target.kind === 'timerRunning') {
      const region = document.querySelector('section[aria-label="Timer"]');
      const field = region?.querySelector('input[aria-label="What are you working on?"]');
      return (region?.querySelector('button[aria-label="Stop timer"]') ?? null) !== null && field instanceof HTMLInputElement && field.value === target.text;
    }
    const list = document.querySelector('ul[aria-label="Time entries"]');
    if (target.kind === 'timeRows') return (list?.querySelector('button[aria-label^="Continue "]') ?? null) !== null;
    if (target.kind === 'entryStopped') {
      if (list === null) return false;
      const rows = ownText(list, target.text).map((element) => element.closest('li'));
      return rows.length > 0 && rows.every((row) => row !== null && ownText(row, 'Running').length === 0);
    }
    return [...document.querySelectorAll('button')].some((button) => button.textContent === target.text);
  };

  const probe: ClickProbe = {
    result: undefined,
    arm(target, timeoutMs) {
      if (holds(target)) throw new Error(`Armed for ${target.kind} "${target.text}", which already shows`);
      probe.result = new Promise((resolve, reject) => {
        let clickedAt: number | undefined;
        let shownAt: number | undefined;
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${target.kind} "${target.text}" did not show within ${String(timeoutMs)} ms of ${clickedAt === undefined ? 'arming (no click came)' : 'the click'}`));
        }, timeoutMs);
        const check = () => {
          if (clickedAt === undefined || shownAt !== undefined || !holds(target)) return;
          shownAt = performance.now();
          observer.disconnect();
          const clicked = clickedAt;
          const shown = shownAt;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              clearTimeout(timeout);
              resolve({ clickedAt: clicked, shownAt: shown, paintedAt: performance.now(), visibility: document.visibilityState });
            };
            channel.port2.postMessage(null);
          });
        };
        const observer = new MutationObserver(check);
        window.addEventListener(
          'click',
          (event) => {
            clickedAt = event.timeStamp > 0 ? event.timeStamp : performance.now();
            observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
          },
          { capture: true, once: true },
        );
      });
      // Watched from the start: a timeout before the runner asks for the result must not go unobserved.
      probe.result.catch(() => undefined);
    },
  };
  window.reputeClickProbe = probe;
}

const PROBE_TIMEOUT_MS = 15_000;

/** Clicks the target with a real page.click and resolves the page's own timing of it until `awaited` has been painted. */
export async function timedClick(page: Page, target: Locator, awaited: ProbeTarget): Promise<ProbeTiming> {
  await page.evaluate(([probeTarget, timeoutMs]) => {
    const probe = window.reputeClickProbe;
    if (probe === undefined) throw new Error('The click probe is not installed in this page');
    probe.arm(probeTarget, timeoutMs);
  }, [awaited, PROBE_TIMEOUT_MS] as const);
  await target.click();
  const timing = await page.evaluate(() => {
    const result = window.reputeClickProbe?.result;
    if (result === undefined) throw new Error('The click probe was not armed');
    return result;
  });
  if (timing.visibility !== 'visible') throw new Error(`The page was ${timing.visibility} while a click was timed`);
  return timing;
}

/** Milliseconds from the click until the frame showing its result had been produced. */
export function clickToPaint(timing: ProbeTiming): number {
  return timing.paintedAt - timing.clickedAt;
}

/**
 * Runs in a page before its own scripts (sent as source): notes the time, from navigation start, at which the
 * awaited figure first shows, watching every change to the document until then. `dashboard`: the Dashboard card
 * labelled `label` holds its value (a time element). `floor`: the load floor page's one number is rendered.
 */
export function noteWhenShown(awaited: { kind: 'dashboard' | 'floor'; label: string }): void {
  const shown = (): boolean => {
    if (awaited.kind === 'floor') return (document.querySelector('[data-bench-figure]')?.textContent ?? '') !== '';
    for (const card of document.querySelectorAll('[role="group"][aria-labelledby]')) {
      const labelId = card.getAttribute('aria-labelledby') ?? '';
      if (document.getElementById(labelId)?.textContent?.trim() === awaited.label && card.querySelector('time') !== null) return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (window.reputeShownAt === undefined && shown()) {
      window.reputeShownAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}
