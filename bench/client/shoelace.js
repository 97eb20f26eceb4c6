// The peer of the worksheet: the same worksheet built from Shoelace 2 inputs, textareas
// and checkboxes (native buttons), from the same data.
import '/node_modules/@shoelace-style/shoelace/cdn/components/input/input.js';
import '/node_modules/@shoelace-style/shoelace/cdn/components/textarea/textarea.js';
import '/node_modules/@shoelace-style/shoelace/cdn/components/checkbox/checkbox.js';
import { LISTS, worksheetData } from './data.js';
import { actions, h } from './floor.js';
import { fail, finish, n } from './mark.js';

const inOrder = (map, order) => order.filter((key) => map[key]).map((key) => [key, map[key]]);
const button = (label, name) => h('button', { type: 'button' }, label, name ? h('span', { class: 'visually-hidden' }, ` ${name}`) : null);
const tools = (name) => h('div', { class: 'tools' }, button('Move up', name), button('Move down', name), button('Remove', name));

function worksheet(data) {
  const goals = inOrder(data.goals, data.goalOrder);
  return h('div', { class: 'worksheet' },
    h('p', { class: 'summary' }, `0 of ${goals.length} goals fully defined`),
    h('p', { class: 'hint' }, '* required to count as fully defined'),
    goals.map(([key, goal], g) => {
      const name = `Goal ${g + 1}`;
      return h('section', { class: 'goal' },
        h('h3', null, name),
        h('p', { class: 'progress' }, '4 of 5 parts done'),
        h('sl-input', { label: 'Goal', required: true, maxlength: '20000', '.value': goal.title }),
        h('sl-textarea', { label: 'Where are you now?', required: true, '.value': goal.fields.now }),
        h('sl-textarea', { label: 'What does success look like after one year?', required: true, '.value': goal.fields.success }),
        h('fieldset', null, h('legend', null, 'Resources'), LISTS.map(([list, label]) => {
          const { items = {}, order = [] } = goal.lists[list] ?? {};
          return h('fieldset', null, h('legend', null, label),
            h('ul', null, inOrder(items, order).map(([, item], i) => h('li', { class: 'item' },
              h('sl-checkbox', { '.checked': item.done }, 'Done'),
              h('sl-input', { label: 'Item', maxlength: '20000', '.value': item.text }),
              h('sl-input', { label: 'Link', type: 'url', maxlength: '2048', '.value': item.href }),
              tools(item.text || `${label} ${i + 1}`)))),
            button(`Add to ${label}`, name));
        })),
        h('sl-textarea', { label: 'Why is this goal important to you?', required: true, '.value': goal.fields.why }),
        tools(name));
    }),
    h('button', { type: 'button' }, 'Add a goal'),
    h('p', { class: 'status', role: 'status' }),
    actions());
}

try {
  document.body.append(worksheet(worksheetData(n)));
  const controls = [...document.querySelectorAll('sl-input, sl-textarea, sl-checkbox')];
  await Promise.all(controls.map((el) => el.updateComplete));
  finish(() => document.querySelectorAll('li.item').length);
} catch (error) {
  fail(error);
}
