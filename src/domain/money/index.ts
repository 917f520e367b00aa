export * from './safe-range';
export * from './rounding';
export * from './currency';
export * from './arithmetic';
export * from './allocate';
export * from './convert';
export * from './format';
export * from './parse';
