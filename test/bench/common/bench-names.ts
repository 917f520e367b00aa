/*
 * Names the harness writes into the app's database and the runner then finds on screen, so both agree on them
 * without the runner loading any database code.
 */

/** A project created just before the app's pages open, with no time entry yet: the timer's first start on it is cold. */
export function freshProjectName(index: number): string {
  return `Bench new project ${String(index + 1).padStart(2, '0')}`;
}

/** The description of the `index`-th timer the runner starts from the header, unique so its row can be found. */
export function benchTimerDescription(kind: string, index: number): string {
  return `Bench ${kind} timer ${String(index + 1).padStart(3, '0')}`;
}
