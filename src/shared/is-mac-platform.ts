/** Whether shortcuts on this machine use Cmd rather than Ctrl, read from the browser's user agent. */
export function isMacPlatform(userAgent: string): boolean {
  return /Mac|iPhone|iPad/.test(userAgent);
}
