// The record schemas are built with z.lazy: each is put together on its first parse rather than while the window's
// code loads. A window parses the settings at start and no record until it writes one, and building every schema up
// front kept the first screen waiting about 10 ms (the Dashboard's figures, over 40 loads of each build).
export * from './common';
export * from './settings';
export * from './client';
export * from './project';
export * from './proposal';
export * from './time-entry';
export * from './invoice';
export * from './payment';
export * from './feedback';
export * from './credential';
export * from './attachment';
export * from './import-record';
export * from './rollup';
export * from './project-totals';
export * from './day-totals';
export * from './settlement';
