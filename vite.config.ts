import { resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';

const here = import.meta.dirname;

/** Squeezes whitespace out of Lit's html`` and css`` templates in our own sources. */
function minifyTemplates(): Plugin {
  return {
    name: 'goalkit:minify-templates',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!id.startsWith(resolve(here, 'src')) || !/\.ts$/.test(id)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

// `vite build`: the one-file bundle dist/goalkit.js. `vite` (npm start): the demo site.
export default defineConfig({
  root: resolve(here, 'demo'),
  publicDir: false,
  plugins: [minifyTemplates()],
  server: { host: '127.0.0.1', port: 5173, open: false, fs: { allow: [here] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: resolve(here, 'src/bundle.ts'),
      formats: ['es'],
      fileName: () => 'goalkit.js',
    },
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
