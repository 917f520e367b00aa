export * from './local-calendar';
export * from './zoned-instant';
export * from './elapsed';
export * from './split-at-midnight';
export * from './week-range';
export * from './format-duration';
export * from './unusual-entry';
