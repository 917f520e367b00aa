/**
 * The host API: what the renderer may ask of the machine it runs on. The Electron preload implements it over IPC,
 * the web adapter with browser fallbacks. electron/ imports this file too, so both sides validate with one schema.
 * Keep it free of DOM and Node imports.
 */
import { z } from 'zod';

export const AREA_IDS = [
  'dashboard',
  'time',
  'clients',
  'projects',
  'proposals',
  'invoices',
  'payments',
  'feedback',
  'portfolio',
  'data',
  'settings',
] as const;
export const areaIdSchema = z.enum(AREA_IDS);
export type AreaId = z.infer<typeof areaIdSchema>;

export const AREA_LABELS: Record<AreaId, string> = {
  dashboard: 'Dashboard',
  time: 'Time',
  clients: 'Clients',
  projects: 'Projects',
  proposals: 'Proposals',
  invoices: 'Invoices',
  payments: 'Payments',
  feedback: 'Feedback',
  portfolio: 'Portfolio',
  data: 'Data',
  settings: 'Settings',
};

export const themeSourceSchema = z.enum(['system', 'light', 'dark']);
export type ThemeSource = z.infer<typeof themeSourceSchema>;

/** Only web and mail links leave the app, and only to the system browser or mail client. */
export const externalUrlSchema = z
  .string()
  .max(2048)
  .refine((raw) => {
    try {
      const url = new URL(raw);
      if (url.protocol === 'mailto:') return url.pathname.length > 0;
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'Only http(s) and mailto links can be opened');

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  host: z.enum(['electron', 'web']),
  /** Where the desktop app keeps its data folder; the web app stores in the browser's IndexedDB. */
  dataLocation: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Renderer → main invocations: channel name, payload schema, result schema. */
export const IPC_INVOKE = {
  getAppInfo: { channel: 'repute:get-app-info', payload: z.undefined(), result: appInfoSchema },
  openExternal: { channel: 'repute:open-external', payload: externalUrlSchema, result: z.boolean() },
  setThemeSource: { channel: 'repute:set-theme-source', payload: themeSourceSchema, result: z.undefined() },
} as const;

/** Main → renderer events. */
export const IPC_EVENTS = {
  navigate: { channel: 'repute:navigate', payload: areaIdSchema },
} as const;

export type Unsubscribe = () => void;

export interface HostApi {
  getAppInfo(): Promise<AppInfo>;
  /** Opens an http(s) or mailto link outside the app; resolves false when the guard refused it. */
  openExternal(url: string): Promise<boolean>;
  /** Lets the native window chrome follow the app's theme override. */
  setThemeSource(theme: ThemeSource): Promise<void>;
  /** The native menu asks the app to show an area. */
  onNavigate(listener: (area: AreaId) => void): Unsubscribe;
}
