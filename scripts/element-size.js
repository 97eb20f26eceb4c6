// Prints what each element's own code (its folder and its strings) adds, min and min+gzip,
// with Lit, the other dependencies and goalkit's shared code left out.
import { readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = resolve(import.meta.dirname, '..');

export async function elementSize(tag) {
  const folder = resolve(root, 'src/components', tag);
  const own = (path) => path.startsWith(folder) || path === resolve(root, `src/i18n/en/${tag}.ts`);
  const result = await esbuild.build({
    stdin: {
      contents: `export * from './components/${tag}/${tag}.js'; export * from './i18n/en/${tag}.js';`,
      resolveDir: resolve(root, 'src'),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: resolve(root, 'tsconfig.json'),
    logLevel: 'error',
    plugins: [
      {
        name: 'own-code-only',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === 'entry-point' || !args.importer) return undefined;
            if (!args.path.startsWith('.')) return { path: args.path, external: true };
            const from = args.importer === '<stdin>' ? resolve(root, 'src') : dirname(args.importer);
            const target = resolve(from, args.path).replace(/\.js$/, '.ts');
            return own(target) || args.importer === '<stdin>' ? { path: target } : { path: relative(root, target), external: true };
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const tag of readdirSync(resolve(root, 'src/components'))) {
    const { min, gzip, brotli } = await elementSize(tag);
    console.log(`${tag.padEnd(20)} ${(min / 1024).toFixed(1).padStart(6)} KB min ${(gzip / 1024).toFixed(2).padStart(6)} KB gzip ${(brotli / 1024).toFixed(2).padStart(6)} KB brotli`);
  }
}
