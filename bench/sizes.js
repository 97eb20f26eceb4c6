// Bytes on the wire: the one-file bundle, each element alone (Lit external), and the peers.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = resolve(import.meta.dirname, '..');

export function measure(code) {
  const bytes = typeof code === 'string' ? Buffer.from(code) : code;
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function bundle(contents, options = {}) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'error',
    ...options,
  });
  return result.outputFiles[0].contents;
}

/** One element with the goalkit code it imports (idb and zod inlined), Lit left out. */
export async function elementSize(tag) {
  const code = await bundle(`export * from './src/components/${tag}/${tag}.ts';`, {
    tsconfig: resolve(root, 'tsconfig.json'),
    conditions: ['production'],
    external: ['lit', 'lit/*', '@lit/*'],
  });
  return measure(code);
}

/** What a page loads for each peer, minified, with its own dependencies (Lit for Shoelace). */
async function peerSizes() {
  const shoelace = await bundle(
    ['input', 'textarea', 'checkbox'].map((c) => `import '@shoelace-style/shoelace/dist/components/${c}/${c}.js';`).join('\n'),
    { conditions: ['production'] },
  );
  const file = (path) => readFileSync(resolve(root, 'node_modules', path));
  const frappe = await bundle(`import Gantt from 'frappe-gantt'; globalThis.Gantt = Gantt;`);
  return {
    'Shoelace 2 input + textarea + checkbox (JS, Lit inlined)': measure(shoelace),
    'Frappe Gantt (JS)': measure(frappe),
    'vis-timeline standalone (JS)': measure(file('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js')),
  };
}

export async function sizes(bundleFile) {
  const elements = {};
  for (const tag of readdirSync(resolve(root, 'src/components')).sort()) {
    try {
      elements[tag] = await elementSize(tag);
    } catch (error) {
      elements[tag] = { error: String(error.message ?? error).split('\n')[0] };
    }
  }
  let peers = {};
  try {
    peers = await peerSizes();
  } catch (error) {
    peers = { error: String(error.message ?? error).split('\n')[0] };
  }
  return { bundle: measure(readFileSync(bundleFile)), elements, peers };
}
