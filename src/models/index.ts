export * from './primitives.js';
export * from './goal.js';
export * from './check.js';
export * from './timeline.js';
export * from './document.js';
export * from './record.js';
export * from './migrations.js';
export * from './paths.js';
