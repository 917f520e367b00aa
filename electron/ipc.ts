import { z } from 'zod';
import { isAppUrl } from './security';

/** One renderer → main invocation as the contract describes it (see IPC_INVOKE). */
export interface InvokeSpec<Payload extends z.ZodType = z.ZodType, Result extends z.ZodType = z.ZodType> {
  readonly channel: string;
  readonly payload: Payload;
  readonly result: Result;
}

export type InvokeImplementation<Payload extends z.ZodType, Result extends z.ZodType> = (
  payload: z.output<Payload>,
) => z.input<Result> | Promise<z.input<Result>>;

/** The parts of an Electron invoke event the sender check reads. */
export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export type InvokeListener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** What ipcMain offers for invocations; Electron's ipcMain satisfies it, and tests pass a recorder. */
export interface InvokeHandlerHost {
  handle(channel: string, listener: InvokeListener): void;
}

export interface SenderFacts {
  readonly frameUrl: string;
  /** The top frame of the app's own window, not an iframe and not some other web contents. */
  readonly isMainFrame: boolean;
}

/** Only the app's own page, in its top frame, may call into the main process. */
export function isTrustedSender({ frameUrl, isMainFrame }: SenderFacts): boolean {
  return isMainFrame && isAppUrl(frameUrl);
}

export type ParseOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export function parseInvokePayload<Payload extends z.ZodType>(
  spec: InvokeSpec<Payload>,
  payload: unknown,
): ParseOutcome<z.output<Payload>> {
  const parsed = spec.payload.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: `Repute refused ${spec.channel}: invalid payload. ${z.prettifyError(parsed.error)}` };
}

export function parseInvokeResult<Result extends z.ZodType>(
  spec: InvokeSpec<z.ZodType, Result>,
  result: unknown,
): ParseOutcome<z.output<Result>> {
  const parsed = spec.result.safeParse(result);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: `Repute could not answer ${spec.channel}: invalid result. ${z.prettifyError(parsed.error)}` };
}

export interface IpcRegistryOptions {
  /** Whether this web contents is the app's window (and not a devtools or other contents). */
  readonly isAppWindowContents: (webContentsId: number) => boolean;
}

export interface IpcRegistry {
  registerInvokeHandler<Payload extends z.ZodType, Result extends z.ZodType>(
    spec: InvokeSpec<Payload, Result>,
    implementation: InvokeImplementation<Payload, Result>,
  ): void;
}

function senderFactsOf(event: InvokeEventLike, isAppWindowContents: (webContentsId: number) => boolean): SenderFacts | null {
  const frame = event.senderFrame;
  if (frame === null) return null;
  return { frameUrl: frame.url, isMainFrame: frame.parent === null && isAppWindowContents(event.sender.id) };
}

/**
 * Builds the listener for one channel: sender check, then payload validation, then the implementation, then result
 * validation. Any failure rejects the renderer's promise with a message that says which step refused.
 */
export function createInvokeListener<Payload extends z.ZodType, Result extends z.ZodType>(
  spec: InvokeSpec<Payload, Result>,
  implementation: InvokeImplementation<Payload, Result>,
  options: IpcRegistryOptions,
): InvokeListener {
  return async (event, ...args) => {
    const sender = senderFactsOf(event, options.isAppWindowContents);
    if (sender === null || !isTrustedSender(sender)) {
      throw new Error(`Repute refused ${spec.channel}: the request did not come from the app's own window.`);
    }
    if (args.length > 1) {
      throw new Error(`Repute refused ${spec.channel}: expected at most one argument, got ${String(args.length)}.`);
    }
    const payload = parseInvokePayload(spec, args[0]);
    if (!payload.ok) throw new Error(payload.message);
    const result = parseInvokeResult(spec, await implementation(payload.value));
    if (!result.ok) throw new Error(result.message);
    return result.value;
  };
}

/** The only place in the app that calls `handle` on ipcMain. */
export function createIpcRegistry(ipcMain: InvokeHandlerHost, options: IpcRegistryOptions): IpcRegistry {
  return {
    registerInvokeHandler(spec, implementation) {
      ipcMain.handle(spec.channel, createInvokeListener(spec, implementation, options));
    },
  };
}
