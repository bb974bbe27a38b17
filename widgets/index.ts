/**
 * Every widget in one module, each defined at once: the npm package's `.` export, for bundlers.
 * The hosted all-in-one file, widgets/v1/attendance-kit.js, is the loader (loader.ts) instead.
 */
export * from './attendance-calculator/index.ts';
export * from './attendance-checklist/index.ts';
export * from './attendance-push-pull/index.ts';
export * from './attendance-four-is/index.ts';
