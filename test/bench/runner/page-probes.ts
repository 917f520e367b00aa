import type { Locator, Page } from 'playwright-core';

/*
 * What the runner watches inside the pages it drives. Every time is taken by the page's own clock
 * (performance.now(), microsecond resolution in these cross-origin-isolated pages), never from the runner's side of
 * the DevTools connection, so no round trip between the runner and the browser is in any figure.
 *
 * A timed click runs like this: the runner arms the probe with what should appear, then clicks with Playwright's
 * page.click (real mouse events through the browser's input pipeline). A capture listener on the window takes the
 * click event's timeStamp: when the browser received the mouse-up, on the same clock as performance.now(), so a
 * page still busy with earlier work when the click came counts against the page. From then on, at the start of every
 * animation frame, the probe checks whether the awaited state is in the document (once a frame, so the watching
 * costs the page next to nothing however much it changes); the first frame that has it is the frame that shows it.
 * From that frame's callback the probe posts a message to itself, which arrives once the frame has been produced:
 * that moment is the figure's end.
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
  /** The start of the first animation frame with the awaited state in the document. */
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
        let settled = false;
        const timeout = setTimeout(() => {
          settled = true;
          reject(new Error(`${target.kind} "${target.text}" did not show within ${String(timeoutMs)} ms of ${clickedAt === undefined ? 'arming (no click came)' : 'the click'}`));
        }, timeoutMs);
        const onFrame = () => {
          if (settled || clickedAt === undefined) return;
          if (!holds(target)) {
            requestAnimationFrame(onFrame);
            return;
          }
          settled = true;
          const clicked = clickedAt;
          const shownAt = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            clearTimeout(timeout);
            resolve({ clickedAt: clicked, shownAt, paintedAt: performance.now(), visibility: document.visibilityState });
          };
          channel.port2.postMessage(null);
        };
        window.addEventListener(
          'click',
          (event) => {
            clickedAt = event.timeStamp > 0 ? event.timeStamp : performance.now();
            requestAnimationFrame(onFrame);
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
