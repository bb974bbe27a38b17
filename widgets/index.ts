/** The bundle: every widget in one module, for pages that use several. */
export * from './attendance-calculator/index.ts';
export * from './attendance-checklist/index.ts';
export * from './attendance-push-pull/index.ts';
export * from './attendance-four-is/index.ts';
