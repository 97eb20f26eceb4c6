// The end of a measured page load: the content is in the DOM and laid out. The runner
// awaits `window.benchDone`: the time from navigation start in ms, and the rows shown.

const params = new URLSearchParams(location.search);
export const kind = params.get('kind');
export const n = Number(params.get('n'));
export const variant = params.get('variant');

const phases = {};
/** Notes when a phase of the load ended (ms from navigation start), for bench/results.json. */
export const phase = (name) => (phases[name] = performance.now());

let settle;
/** Resolves with `{ time, rows }` or `{ error }`; the runner awaits it. */
window.benchDone = new Promise((resolve) => (settle = resolve));

/** Call once the content is in the DOM: the next frame forces layout and records the time. */
export function finish(countRows) {
  requestAnimationFrame(() => {
    // Layout of the whole page, shadow trees included.
    void document.documentElement.getBoundingClientRect().height;
    const time = performance.now();
    phases.laidOut = time;
    // When the last script (the library and the page's own) had arrived: what follows is
    // parsing, running and rendering, without the network.
    phases.scriptsLoaded = Math.max(
      ...performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => entry.responseEnd),
    );
    settle({ time, rows: countRows(), phases });
  });
}

export function fail(error) {
  settle({ error: String(error?.stack ?? error) });
}

/** Every element in the document and in the open shadow roots below it that matches `selector`. */
export function deepCount(selector, root = document) {
  let count = root.querySelectorAll(selector).length;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) count += deepCount(selector, el.shadowRoot);
  return count;
}

/** Resolves once each goalkit element has read its stored data and finished updating. */
export async function settled(elements) {
  for (const el of elements) {
    await el.document?.ready;
    while (!(await el.updateComplete));
  }
}
