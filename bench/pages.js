// The HTML of each benchmark page. Each page loads only what its variant needs, the way
// a site would: goalkit as one module script plus its tags; the floor and peers as modules
// that build the same content from the same data.
import { goalkitMarkup } from './client/data.js';

const SHOELACE = '/node_modules/@shoelace-style/shoelace/cdn';

const page = ({ head = '', body = '', variant = '' }) => `<!doctype html>
<html lang="en" data-variant="${variant}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>goalkit bench</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
${body}
</body>
</html>`;

/** A stylesheet for the floor, close to goalkit's own rules for the same content. */
const FLOOR_STYLE = `<style>
body { font: 16px/1.4 system-ui, sans-serif; }
.goal, fieldset { border: 1px solid #ccc; border-radius: 6px; margin: 8px 0; padding: 8px; }
h3, .hint, .error { margin: 0; }
label, legend, textarea, .tools { display: block; margin-top: 8px; }
.hint, .progress, .info { color: #555; }
.required, .error { color: #b00; }
ul { list-style: none; padding: 0; }
.item { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-bottom: 8px; }
.item label { margin: 0; }
.item input:not([type='checkbox']) { flex: 1 1 10em; width: auto; }
.item > :nth-last-child(-n + 2) { flex-basis: 100%; }
input, textarea { font: inherit; box-sizing: border-box; }
textarea { width: 100%; }
.criterion { border: 1px solid #ccc; border-radius: 6px; padding: 8px; margin: 8px 0; }
.meter { display: flex; gap: 4px; } .meter span { flex: 1; height: 8px; background: #ddd; } .meter .on { background: #080; }
ol { list-style: none; margin: 8px 0; padding-left: 8px; border-left: 2px solid #ccc; }
li { padding: 8px; overflow-wrap: anywhere; }
.head { display: flex; gap: 8px; align-items: center; font-weight: 600; }
.today { border-top: 2px dashed; font-weight: 600; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
</style>`;

const module = (src) => `<script type="module" src="${src}"></script>`;

/** The page of one first-render sample. */
export function renderPage({ kind, variant, n }) {
  switch (variant) {
    case 'goalkit':
      return page({ variant, head: module('/dist/goalkit.js') + module('/bench/client/ready.js'), body: goalkitMarkup(kind, n) });
    case 'floor':
    case 'floor-idb':
      return page({ variant, head: FLOOR_STYLE + module('/bench/client/floor.js') });
    case 'shoelace':
      return page({
        variant,
        head: `<link rel="stylesheet" href="${SHOELACE}/themes/light.css">` + FLOOR_STYLE + module('/bench/client/shoelace.js'),
        body: '',
      });
    case 'frappe-gantt':
      return page({ variant, head: '<link rel="stylesheet" href="/node_modules/frappe-gantt/dist/frappe-gantt.css">' + module('/bench/client/frappe.js') });
    case 'vis-timeline':
      return page({
        variant,
        head:
          '<link rel="stylesheet" href="/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css">' +
          '<script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>' +
          module('/bench/client/vis.js'),
      });
    default:
      throw new Error(`unknown variant ${variant}`);
  }
}

export const seedPage = () => page({ head: module('/bench/client/seed.js') });

export const typingPage = ({ key, goals, impl }) =>
  impl === 'floor'
    ? page({ variant: 'floor', head: FLOOR_STYLE + module('/bench/client/typing.js') })
    : page({
        variant: 'goalkit',
        head: module('/dist/goalkit.js') + module('/bench/client/typing.js'),
        body: `<goal-definer storage-key="${key}" goals="${goals}" max-goals="${goals}"></goal-definer>`,
      });

export const memoryPage = ({ variant }) =>
  page({
    variant,
    head: (variant === 'goalkit' ? module('/dist/goalkit.js') : '') + (variant === 'blank' ? '' : FLOOR_STYLE + module('/bench/client/memory.js')),
  });
