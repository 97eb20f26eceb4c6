// `npm run bench`: goalkit beside the plain-DOM floor and its peers, in one run of headless
// Chromium. Prints one table, writes bench/results.json and BENCHMARKS.md. A benchmark,
// not a test: it reports, and fails only when it cannot run at all.
//
//   npm run bench                     the full run (about 10 minutes on 2 cores)
//   npm run bench -- --quick          a few samples of everything, to try the harness
//   npm run bench -- --only render,typing --samples 30 --no-build --no-docs
//   npm run bench -- --report        the table and BENCHMARKS.md again from bench/results.json
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../scripts/chrome-path.js';
import { expectedRows, storageKey } from './client/data.js';
import { markdown, table } from './report.js';
import { startServer } from './server.js';
import { sizes } from './sizes.js';
import { median, shuffle, summary } from './stats.js';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    samples: { type: 'string' },
    only: { type: 'string', default: 'size,render,typing,memory' },
    'no-build': { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
  },
});
const only = new Set(args.only.split(','));
const SAMPLES = Number(args.samples ?? (args.quick ? 3 : 20));
const SIZES = [10, 100, 1000];
const VARIANTS = {
  worksheet: ['goalkit', 'floor', 'floor-idb', 'shoelace'],
  checklist: ['goalkit', 'floor', 'floor-idb'],
  timeline: ['goalkit', 'floor', 'floor-idb', 'frappe-gantt', 'vis-timeline'],
};
const TYPING = {
  text: 'Pass the AWS exam by 30 June 2027 (80%+)',
  runs: args.quick ? 1 : 3,
  // goalkit in each condition; the floor (plain DOM, bare IndexedDB, same saving rule) as the reference.
  conditions: [1, 4].flatMap((rate) => [50, 0].flatMap((delay) => ['goalkit', 'floor'].map((impl) => ({ impl, delay, rate })))),
};
const MEMORY = { samples: args.quick ? 1 : 2, sizes: [100, 1000], cycles: 5 };
const PAGE_TIMEOUT = 30_000;

const log = (...parts) => console.error('[bench]', ...parts);

/** dist/goalkit.js, rebuilt (bundle only) when it is missing or older than a source file. */
async function ensureBundle() {
  const file = join(root, 'dist/goalkit.js');
  const newest = (dir) =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
      ),
    );
  let built = 0;
  try {
    built = statSync(file).mtimeMs;
  } catch {
    // not built yet
  }
  if (built && (args['no-build'] || built >= newest(join(root, 'src')))) return file;
  if (args['no-build']) throw new Error('dist/goalkit.js is missing: run `npm run build` first, or drop --no-build.');
  log('building dist/goalkit.js');
  const { bundle } = await import('../scripts/build.js');
  const cwd = process.cwd();
  process.chdir(root);
  try {
    await bundle();
  } finally {
    process.chdir(cwd);
  }
  return file;
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** A fresh tab that collects the page's uncaught errors. */
async function openTab(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`failed to load ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT });
  } catch (error) {
    await page.close();
    throw new Error(describe(error, errors));
  }
  return { page, errors };
}

const describe = (error, errors) => [error.message.split('\n')[0], ...errors.slice(0, 2)].join('; ');

/* ---------------------------------------------------------------- seeding */

async function seeder(browser, origin) {
  const { page, errors } = await openTab(browser, `${origin}/page/seed`);
  try {
    await page.waitForFunction('window.seedReady', { timeout: PAGE_TIMEOUT });
  } catch (error) {
    throw new Error(`the seeding page did not start: ${describe(error, errors)}`);
  }
  return {
    seed: (kind, n, key) =>
      withTimeout(page.evaluate((k, size, name) => window.seed(k, size, name), kind, n, key), PAGE_TIMEOUT, `seeding ${kind} ${n}`),
    close: () => page.close(),
  };
}

/* ---------------------------------------------------------------- first render */

async function renderSample(browser, origin, cell) {
  const url = `${origin}/page/render?kind=${cell.kind}&variant=${cell.variant}&n=${cell.n}`;
  const { page, errors } = await openTab(browser, url);
  try {
    const result = await withTimeout(
      page.evaluate(() => window.benchDone ?? Promise.resolve({ error: 'the page script did not start' })),
      PAGE_TIMEOUT,
      'first render',
    );
    if (result.error) throw new Error(result.error);
    const want = expectedRows(cell.kind, cell.n);
    // vis-timeline draws what fits its window; it is not held to the row count.
    if (cell.variant !== 'vis-timeline' && result.rows !== want) throw new Error(`shows ${result.rows} rows, expected ${want}`);
    return result;
  } catch (error) {
    throw new Error(describe(error, errors));
  } finally {
    await page.close();
  }
}

async function firstRender(browser, origin) {
  const cells = [];
  for (const [kind, variants] of Object.entries(VARIANTS)) {
    for (const n of SIZES) for (const variant of variants) cells.push({ kind, n, variant, times: [], rounds: [], phases: [], errors: [] });
  }
  // The variants of one kind and N run one after another, in random order (and the groups in
  // random order), so that each sample has a sample of the floor taken moments apart.
  const groups = [...new Set(cells.map((c) => `${c.kind} ${c.n}`))].map((id) => cells.filter((c) => `${c.kind} ${c.n}` === id));
  const rounds = SAMPLES + 1;
  const started = Date.now();
  for (let round = 0; round < rounds; round++) {
    // Round 0 warms the HTTP and code caches of every variant (at the smallest N) and is not kept.
    const order = shuffle([...groups]).flatMap((group) => shuffle([...group]));
    for (const cell of order.filter((c) => round > 0 || c.n === SIZES[0])) {
      if (cell.errors.length >= 3 && cell.times.length === 0) continue; // give up on a cell that never works
      try {
        const { time, phases } = await renderSample(browser, origin, cell);
        if (round > 0) {
          cell.times.push(time);
          cell.rounds.push(round);
          cell.phases.push(phases);
        }
      } catch (error) {
        cell.errors.push(error.message);
        if (cell.errors.length === 1) log(`first render ${cell.kind} ${cell.variant} N=${cell.n}: ${error.message}`);
      }
    }
    log(`first render: round ${round + 1} of ${rounds} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  const floorOf = (cell) => cells.find((c) => c.kind === cell.kind && c.n === cell.n && c.variant === 'floor');
  return cells.map(({ kind, n, variant, times, rounds, phases, errors }) => ({
    kind,
    n,
    variant,
    ...summary(times),
    // Each sample over the floor's sample of the same round, then the median: the machine's
    // load drifts over a run, and this cancels what both samples of a round share.
    ratio: median(
      times.map((time, i) => {
        const floor = floorOf({ kind, n });
        const at = floor.rounds.indexOf(rounds[i]);
        return at < 0 ? NaN : time / floor.times[at];
      }),
    ),
    // From the moment the last script had arrived to the frame after the content was shown.
    afterLoad: summary(phases.map((p) => p.laidOut - p.scriptsLoaded)),
    // Median end of each phase of the load, in ms from navigation start.
    phases: Object.fromEntries(
      [...new Set(phases.flatMap((p) => Object.keys(p)))].map((name) => [name, Math.round(summary(phases.map((p) => p[name])).median)]),
    ),
    samples: times,
    errors: errors.length,
    error: errors[0],
  }));
}

/* ---------------------------------------------------------------- typing */

async function typingRun(browser, origin, seed, { impl, delay, rate }) {
  const key = 'bench-typing';
  const goals = 10;
  await seed('worksheet', 100, key);
  const { page, errors } = await openTab(browser, `${origin}/page/typing?key=${key}&goals=${goals}&impl=${impl}`);
  try {
    await page.waitForFunction('window.typingReady', { timeout: PAGE_TIMEOUT });
    const cdp = await page.createCDPSession();
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const before = await page.evaluate(() => window.typing.focus());
    const chars = [...TYPING.text];
    if (delay) {
      const start = performance.now();
      for (const [i, char] of chars.entries()) {
        await page.keyboard.press(char);
        await sleep(Math.max(0, start + (i + 1) * delay - performance.now()));
      }
    } else {
      // A burst: every key event is queued at once, the page takes them as fast as it can.
      await Promise.all(chars.map((char) => page.keyboard.press(char)));
    }
    const deadline = Date.now() + 15_000;
    while ((await page.evaluate(() => window.typing.pending())) && Date.now() < deadline) await sleep(50);
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const result = await page.evaluate(() => window.typing.results());
    const expected = before + TYPING.text;
    const shown = await page.evaluate(() => window.typing.value());
    const committed = await page.evaluate(() => window.typing.committed());
    const problems = [];
    if (shown !== expected) problems.push(`the field shows "${shown}"`);
    if (committed !== expected) problems.push(`IndexedDB holds "${committed}"`);
    if (result.keys !== chars.length) problems.push(`${result.keys} keydowns for ${chars.length} keys`);
    const missing = result.latencies.filter((v) => v === null).length;
    if (missing) problems.push(`${missing} keystrokes never committed`);
    return { ...result, problems };
  } catch (error) {
    throw new Error(describe(error, errors));
  } finally {
    await page.close();
  }
}

async function typing(browser, origin, seed) {
  const results = TYPING.conditions.map((condition) => ({ ...condition, latencies: [], fromTimeStamp: [], slowEvents: [], saves: 0, keys: 0, problems: [] }));
  for (let run = 0; run < TYPING.runs; run++) {
    for (const result of shuffle([...results])) {
      try {
        const r = await typingRun(browser, origin, seed, result);
        result.latencies.push(...r.latencies.map((v) => v ?? Infinity));
        result.fromTimeStamp.push(...r.fromTimeStamp.filter((v) => v !== null));
        result.slowEvents.push(...r.slowEvents.map((e) => ({ ...e, run })));
        result.saves += r.saves;
        result.keys += r.keys;
        result.problems.push(...r.problems);
      } catch (error) {
        result.problems.push(error.message);
        log(`typing ${result.impl} ${result.delay} ms/char at ${result.rate}x: ${error.message}`);
      }
    }
    log(`typing: run ${run + 1} of ${TYPING.runs}`);
  }
  return results.map(({ latencies, fromTimeStamp, slowEvents, ...rest }) => {
    const committed = latencies.filter(Number.isFinite);
    return {
      ...rest,
      ...summary(committed),
      max: latencies.length ? Math.max(...latencies) : NaN,
      fromTimeStamp: summary(fromTimeStamp),
      slowEvents: {
        entries: slowEvents.length,
        // Key presses (keydown and keyup share an interaction id) with at least one slow event.
        keys: new Set(slowEvents.filter((e) => e.interaction).map((e) => `${e.run}:${e.interaction}`)).size,
        max: slowEvents.length ? Math.max(...slowEvents.map((e) => e.duration)) : 0,
        maxDelay: slowEvents.length ? Math.max(...slowEvents.map((e) => e.delay)) : 0,
      },
      latencies,
    };
  });
}

/* ---------------------------------------------------------------- memory */

async function memorySample(browser, origin, { kind, variant, n }) {
  const url = `${origin}/page/memory?kind=${kind}&variant=${variant}&n=${n}&isolated`;
  const { page, errors } = await openTab(browser, url);
  try {
    const cdp = await page.createCDPSession();
    if (variant !== 'blank') await page.waitForFunction('window.memoryReady', { timeout: PAGE_TIMEOUT });
    const measure = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      // JS and DOM bytes of the page (not the "Shared" part); only cross-origin-isolated pages may ask.
      const all = await page
        .evaluate(async () => {
          if (!self.crossOriginIsolated) return undefined;
          const { breakdown } = await performance.measureUserAgentSpecificMemory();
          return breakdown.filter((e) => e.types.includes('JavaScript') || e.types.includes('DOM')).reduce((sum, e) => sum + e.bytes, 0);
        })
        .catch(() => undefined);
      return { js: usedSize, nodes, listeners: jsEventListeners, all };
    };
    const empty = await measure();
    if (variant === 'blank') return { empty };
    const cycles = (count) =>
      withTimeout(
        page.evaluate(async (times) => {
          for (let i = 0; i < times; i++) {
            await window.mount();
            window.unmount();
          }
        }, count),
        PAGE_TIMEOUT * 2,
        'create-and-remove cycles',
      );
    await withTimeout(page.evaluate(() => window.mount()), PAGE_TIMEOUT, 'mount');
    const shown = await measure();
    await page.evaluate(() => window.unmount());
    // The first cycles warm up the JIT (feedback vectors, optimised code): the heap grows
    // and then levels off. Growth is measured over the 5 cycles after those.
    await cycles(MEMORY.cycles);
    const warm = await measure();
    await cycles(MEMORY.cycles);
    const after = await measure();
    return { empty, shown, warm, after, alive: variant === 'goalkit' ? await instances(cdp, TAGS[kind]) : 0 };
  } catch (error) {
    throw new Error(describe(error, errors));
  } finally {
    await page.close();
  }
}

const TAGS = { worksheet: 'goal-definer', checklist: 'smart-checklist', timeline: 'milestone-timeline' };

/** How many instances of an element class the page's heap still holds (CDP queryObjects). */
async function instances(cdp, tag) {
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: `customElements.get('${tag}').prototype` });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: prototype.objectId });
  return result.value;
}

async function memory(browser, origin) {
  const configs = [{ kind: '', variant: 'blank', n: 0, samples: [], errors: [] }];
  for (const kind of Object.keys(VARIANTS)) {
    for (const n of MEMORY.sizes) for (const variant of ['goalkit', 'floor']) configs.push({ kind, variant, n, samples: [], errors: [] });
  }
  for (let round = 0; round < MEMORY.samples; round++) {
    for (const config of shuffle([...configs])) {
      try {
        config.samples.push(await memorySample(browser, origin, config));
      } catch (error) {
        config.errors.push(error.message);
        log(`memory ${config.kind} ${config.variant} N=${config.n}: ${error.message}`);
      }
    }
    log(`memory: round ${round + 1} of ${MEMORY.samples}`);
  }
  const med = (samples, pick) => summary(samples.map(pick).filter(Number.isFinite)).median;
  const blank = configs[0].samples;
  const base = { js: med(blank, (s) => s.empty.js), all: med(blank, (s) => s.empty.all), nodes: med(blank, (s) => s.empty.nodes) };
  return {
    blank: base,
    cells: configs.slice(1).map(({ kind, variant, n, samples, errors }) => ({
      kind,
      variant,
      n,
      samples: samples.length,
      error: errors[0],
      // With the content shown, over a blank page: JS+DOM bytes, JS heap, DOM nodes.
      all: med(samples, (s) => s.shown.all) - base.all,
      js: med(samples, (s) => s.shown.js) - base.js,
      nodes: med(samples, (s) => s.shown.nodes) - base.nodes,
      // The code alone (loaded, nothing shown), over a blank page.
      code: { all: med(samples, (s) => s.empty.all) - base.all, js: med(samples, (s) => s.empty.js) - base.js },
      // Left behind by 5 create-and-remove cycles, after 5 cycles of warm-up.
      growth: {
        all: med(samples, (s) => s.after.all - s.warm.all),
        js: med(samples, (s) => s.after.js - s.warm.js),
        nodes: Math.max(...samples.map((s) => s.after.nodes - s.warm.nodes)),
        listeners: Math.max(...samples.map((s) => s.after.listeners - s.warm.listeners)),
        // Elements still alive after they were all removed: each would hold its whole render.
        alive: Math.max(...samples.map((s) => s.alive)),
      },
    })),
  };
}

/* ---------------------------------------------------------------- main */

function report(results) {
  const text = table(results);
  console.log(text);
  if (!args['no-docs'] && !args.quick) {
    writeFileSync(join(root, 'BENCHMARKS.md'), markdown(results, text));
    log('wrote BENCHMARKS.md');
  }
}

async function main() {
  if (args.report) return report(JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8')));
  const startedAt = new Date();
  const bundleFile = await ensureBundle();
  const results = {
    date: startedAt.toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverage: { start: loadavg().map((v) => +v.toFixed(2)) },
    },
    versions: versions(),
    settings: { samples: SAMPLES, sizes: SIZES, typing: { ...TYPING, conditions: undefined }, memory: MEMORY },
  };

  if (only.has('size')) {
    log('sizes');
    results.size = await sizes(bundleFile);
  }

  const needsBrowser = ['render', 'typing', 'memory'].some((part) => only.has(part));
  if (needsBrowser) {
    const server = await startServer();
    const browser = await puppeteer.launch({
      executablePath: chromePath(),
      headless: true,
      defaultViewport: { width: 1280, height: 800 },
      protocolTimeout: 120_000,
      args: [
        ...chromeArgs(),
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
        // performance.measureUserAgentSpecificMemory() answers at once instead of at the next GC.
        '--enable-blink-features=ForceEagerMeasureMemory',
      ],
    });
    try {
      results.machine.chromium = await browser.version();
      const seeding = await seeder(browser, server.origin);
      log('seeding IndexedDB');
      for (const kind of Object.keys(VARIANTS)) for (const n of SIZES) await seeding.seed(kind, n, storageKey(kind, n));
      if (only.has('render')) results.render = await firstRender(browser, server.origin);
      if (only.has('typing')) results.typing = await typing(browser, server.origin, seeding.seed);
      await seeding.close();
      if (only.has('memory')) results.memory = await memory(browser, server.origin);
    } finally {
      await browser.close();
      await server.close();
    }
  }
  results.seconds = Math.round((Date.now() - startedAt) / 1000);
  results.machine.loadAverage.end = loadavg().map((v) => +v.toFixed(2));

  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log('wrote bench/results.json');
  report(results);
  log(`done in ${results.seconds} s`);
}

function versions() {
  const read = (name) => {
    try {
      return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return 'not installed';
    }
  };
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.fromEntries(
    [
      ['goalkit', own.version],
      ...['lit', '@lit/context', 'idb', 'zod', '@shoelace-style/shoelace', 'frappe-gantt', 'vis-timeline', 'puppeteer-core', 'esbuild'].map(
        (name) => [name, read(name)],
      ),
    ],
  );
}

main().catch((error) => {
  console.error(`[bench] could not run: ${error.stack ?? error}`);
  process.exitCode = 1;
});
