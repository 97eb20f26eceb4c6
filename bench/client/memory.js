// Mounts and removes one cell's content on demand, for heap and DOM-node counts:
// `window.mount()` resolves once the content is shown, `window.unmount()` removes it.
import { DATA, goalkitMarkup } from './data.js';
import { checklist, timeline, worksheet } from './floor.js';
import { kind, n, settled, variant } from './mark.js';

const FLOOR = { worksheet, checklist, timeline };
const host = document.createElement('div');
document.body.append(host);

window.mount = async () => {
  if (variant === 'goalkit') {
    host.innerHTML = goalkitMarkup(kind, n);
    await settled(host.children);
  } else if (variant === 'floor') {
    host.append(FLOOR[kind](DATA[kind](n)));
  }
};

window.unmount = () => host.replaceChildren();

window.memoryReady = true;
