// What each element adds to dist/goalkit.js, min+gzip: the bundle as built, minus the
// bundle with that element's folder and strings replaced by an empty class.
// Usage: node scripts/size-report.js [tag…]
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'terser';
import { bundleOptions, terserOptions } from './build.js';

const root = resolve(import.meta.dirname, '..');
const className = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const camel = (tag) => tag.replace(/-(\w)/g, (_, c) => c.toUpperCase());

async function gzipOfBundle(stubbed, ...more) {
  const result = await esbuild.build({
    ...bundleOptions,
    absWorkingDir: root,
    write: false,
    legalComments: 'none',
    logLevel: 'error',
    plugins: [
      {
        name: 'stub-element',
        setup(build) {
          build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
            const rel = path.slice(root.length + 1).replaceAll('\\', '/');
            for (const tag of [stubbed, ...more].filter(Boolean)) {
              if (rel === `src/components/${tag}/${tag}.ts`) {
                return { contents: `export class ${className(tag)} extends HTMLElement {}`, loader: 'ts' };
              }
              if (rel === `src/i18n/en/${tag}.ts`) return { contents: `export const ${camel(tag)} = {};`, loader: 'ts' };
            }
            const source = readFileSync(path, 'utf8');
            const min = await minifyHTMLLiterals(source, { fileName: path });
            return { contents: min ? min.code : source, loader: 'ts' };
          });
        },
      },
    ],
  });
  const code = (await minify(result.outputFiles[0].text, terserOptions)).code;
  return gzipSync(code, { level: 9 }).length;
}

const elements = readdirSync(resolve(root, 'src/components')).filter((t) => t !== 'goal-workspace');
const tags = process.argv.slice(2).length ? process.argv.slice(2) : elements;
const full = await gzipOfBundle();
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(`dist/goalkit.js as built: ${kb(full)} min+gzip (budget 30.00 KB)`);
if (tags.includes('--foundation')) {
  console.log(`  without the three widgets: ${kb(await gzipOfBundle(...elements))}`);
} else {
  for (const tag of tags) console.log(`  ${tag.padEnd(20)} adds ${kb(full - (await gzipOfBundle(tag)))}`);
}
