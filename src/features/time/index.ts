// What the app shell mounts of the time feature: the header timer, its background services and the providers they share.
export { HeaderTimer } from './header-timer/HeaderTimer';
export { TimerServices } from './header-timer/TimerServices';
export { TimerProvider, useTimer } from './header-timer/timer-context';
export { TimeReferenceProvider, useTimeReference } from './time-reference';
export type { TimeReference } from './use-time-reference-query';
