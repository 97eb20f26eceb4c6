// Serves React 17, React 19 and Vue to tests as ES modules, bundled on request with
// esbuild (React ships CommonJS; Vue's npm build expects a bundler). React 17's react-dom is pointed at React 17.
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const entries = {
  react17: { contents: "export * as React from 'react17'; export * as ReactDOM from 'react-dom17';", alias: { react: 'react17' } },
  react19: { contents: "export * as React from 'react'; export * as ReactDOMClient from 'react-dom/client';", alias: {} },
  vue: { contents: "export * as Vue from 'vue';", alias: {} },
};

export function frameworkBundles() {
  const cache = new Map();
  return {
    name: 'framework-bundles',
    async serve(context) {
      const name = context.path.match(/^\/__frameworks\/(\w+)\.js$/)?.[1];
      const entry = name && entries[name];
      if (!entry) return undefined;
      if (!cache.has(name)) {
        const result = await esbuild.build({
          stdin: { contents: entry.contents, resolveDir: root, loader: 'js' },
          bundle: true,
          format: 'esm',
          write: false,
          alias: entry.alias,
          define: {
            'process.env.NODE_ENV': '"production"',
            __VUE_OPTIONS_API__: 'true',
            __VUE_PROD_DEVTOOLS__: 'false',
            __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          },
          logLevel: 'error',
        });
        cache.set(name, result.outputFiles[0].text);
      }
      return { body: cache.get(name), type: 'js' };
    },
  };
}
