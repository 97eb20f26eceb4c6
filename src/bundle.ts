// The self-contained build: everything inlined, every element defined on load.
import './define.js';
export * from './index.js';
