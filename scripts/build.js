// Builds everything a release ships:
// - dist/*.js + *.d.ts: the npm entry points `goalkit` and `goalkit/define.js` (tsc);
// - dist/goalkit.js: one self-contained, minified ES module that defines every element;
// - custom-elements.json: the Custom Elements Manifest.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import { minifyHTMLLiterals } from 'minify-literals';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const run = (name, args) => execFileSync(bin(name), args, { stdio: 'inherit' });

/** Squeezes whitespace out of Lit's html`` and css`` templates in our own sources. */
const minifyTemplates = {
  name: 'minify-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const result = await minifyHTMLLiterals(source, { fileName: args.path });
      return { contents: result ? result.code : source, loader: 'ts' };
    });
  },
};

/** How the one-file bundle is made (also used by scripts/size-report.js). */
export const bundleOptions = {
    entryPoints: ['src/bundle.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    // Licence notices of the inlined libraries go to dist/goalkit.js.LEGAL.txt, linked from the bundle.
    legalComments: 'linked',
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    // Internal member names, renamed consistently across the one-file bundle (the npm
    // entry points keep them): public API and attribute-backed properties are not listed.
    mangleProps: /^(documentChanged|renderStatus|renderActions|emitError|editMany|positionKey|resolvedKey|unsubscribe|labelOverrides|setAsideNotice|labelsError|saveState|parseLabels|setAsideFound|pathOf|onFocusIn|onFocusOut|ownsDocument|dataReplaced|importFailed|actionStrings|workspace|detach|attached|findWorkspace|confirmImport|preview|statusText|focusLater|ownKey)$/,
    plugins: [minifyTemplates],
    logLevel: 'warning',
};

/** A second, more thorough pass: a few hundred bytes of gzip that the budget needs. */
export const terserOptions = {
  module: true,
  ecma: 2022,
  // pure_getters: reading a property has no side effect. True of this code base (nothing reads
  // a property for its side effect, such as forcing layout); it lets terser inline Lit's
  // internal exports. Check the bundle's diff with and without it after adding such code.
  compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
  format: { comments: /@license|@preserve|^!/ },
};

export async function bundle(outfile = 'dist/goalkit.js') {
  await esbuild.build({ ...bundleOptions, outfile });
  const result = await minify(readFileSync(outfile, 'utf8'), terserOptions);
  writeFileSync(outfile, result.code);
  return outfile;
}

export function sizes(file) {
  const code = readFileSync(file);
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync('dist', { recursive: true, force: true });
  run('tsc', ['-p', 'tsconfig.build.json']);
  const file = await bundle();
  run('cem', ['analyze', '--quiet']);
  const { min, gzip, brotli } = sizes(file);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${file}: ${kb(min)} min, ${kb(gzip)} min+gzip, ${kb(brotli)} min+brotli (budget 30 KB min+gzip)`);
}
