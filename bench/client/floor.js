// The floor: the same labelled controls and text as goalkit's elements, built with plain
// DOM calls from the same data, in the page's own DOM, with one small stylesheet.
// `source=idb` first reads the data from goalkit's IndexedDB record (raw API, no library),
// to tell the cost of storage apart from the cost of rendering.
import { CRITERIA, DATA, LISTS, START_DATE, TODAY, storageKey } from './data.js';
import { fail, finish, kind, n, phase, variant } from './mark.js';

/** createElement with attributes (or properties, for `.value` / `.checked`) and children. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined || value === false) continue;
      if (name[0] === '.') el[name.slice(1)] = value;
      else el.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) if (child != null && child !== false) el.append(child);
  return el;
}

const inOrder = (map, order) => order.filter((key) => map[key]).map((key) => [key, map[key]]);

function button(label, name) {
  return h('button', { type: 'button' }, label, name ? h('span', { class: 'visually-hidden' }, ` ${name}`) : null);
}

function tools(name) {
  return h('div', { class: 'tools' }, button('Move up', name), button('Move down', name), button('Remove', name));
}

export function actions(calendar = false) {
  return h(
    'div',
    { class: 'actions' },
    h('details', null, h('summary', null, 'Export'),
      h('span', { role: 'group', 'aria-label': 'Export' }, button('Markdown'), button('JSON'), button('Print'), calendar ? button('Calendar (.ics)') : null)),
    button('Import'),
    button('Forget my data'),
    h('span', { role: 'status' }),
  );
}

function textField(id, label, value, textarea) {
  return [
    h('label', { for: id }, label, h('span', { class: 'required', 'aria-hidden': 'true' }, ' *')),
    h(textarea ? 'textarea' : 'input', { id, type: textarea ? undefined : 'text', maxlength: '20000', '.value': value }),
  ];
}

export function worksheet(data) {
  const goals = inOrder(data.goals, data.goalOrder);
  return h(
    'div',
    { class: 'worksheet' },
    h('p', { class: 'summary' }, `0 of ${goals.length} goals fully defined`),
    h('p', { class: 'hint' }, '* required to count as fully defined'),
    h('div', null, goals.map(([key, goal], g) => {
      const name = `Goal ${g + 1}`;
      return h(
        'section',
        { class: 'goal', 'aria-labelledby': `${key}:h` },
        h('h3', { id: `${key}:h` }, name),
        h('p', { class: 'progress' }, '4 of 5 parts done'),
        textField(`${key}.title`, 'Goal', goal.title),
        textField(`${key}.now`, 'Where are you now?', goal.fields.now, true),
        textField(`${key}.success`, 'What does success look like after one year?', goal.fields.success, true),
        h('fieldset', null, h('legend', null, 'Resources', h('span', { class: 'required' }, ' *')),
          LISTS.map(([list, label]) => {
            const { items = {}, order = [] } = goal.lists[list] ?? {};
            return h('fieldset', null, h('legend', null, label),
              h('ul', null, inOrder(items, order).map(([item, value], i) => {
                const id = `${key}.${list}.${item}`;
                return h('li', { class: 'item' },
                  h('input', { id: `${id}.d`, type: 'checkbox', 'aria-labelledby': `${id}.dl ${id}.t`, '.checked': value.done }),
                  h('label', { id: `${id}.dl`, for: `${id}.d` }, 'Done'),
                  h('label', { for: `${id}.t` }, 'Item'),
                  h('input', { id: `${id}.t`, type: 'text', maxlength: '20000', '.value': value.text }),
                  h('label', { for: `${id}.l` }, 'Link'),
                  h('input', { id: `${id}.l`, type: 'url', maxlength: '2048', 'aria-describedby': `${id}.e`, '.value': value.href }),
                  h('p', { class: 'error', id: `${id}.e`, role: 'alert' }),
                  tools(value.text || `${label} ${i + 1}`));
              })),
              button(`Add to ${label}`, name));
          })),
        textField(`${key}.why`, 'Why is this goal important to you?', goal.fields.why, true),
        tools(name),
      );
    })),
    h('button', { class: 'primary', type: 'button' }, 'Add a goal'),
    h('p', { class: 'status', role: 'status' }),
    actions(),
  );
}

export function checklist(data) {
  return h('div', null, Object.entries(data.checks).map(([key, check]) => {
    const met = CRITERIA.filter(([c]) => check.met[c]).length;
    return h('div', { class: 'checklist', id: key },
      h('label', { class: 'label', for: `${key}-statement` }, 'Goal'),
      h('textarea', { id: `${key}-statement`, rows: '2', '.value': check.statement }),
      h('div', { class: 'criteria' }, CRITERIA.map(([c, label, question]) => h('section', { class: 'criterion' },
        h('input', { type: 'checkbox', id: `${key}-${c}`, '.checked': !!check.met[c] }),
        h('label', { class: 'name', for: `${key}-${c}` }, label),
        h('label', { class: 'label', for: `${key}-${c}-answer` }, question),
        h('textarea', { id: `${key}-${c}-answer`, rows: '2', '.value': check.answers[c] ?? '' })))),
      h('div', { class: 'score' },
        h('span', { class: 'label', id: `${key}-score` }, 'Score'),
        h('div', { class: 'meter', role: 'meter', 'aria-labelledby': `${key}-score`, 'aria-valuemin': '0', 'aria-valuemax': '5', 'aria-valuenow': `${met}` },
          CRITERIA.map((_, i) => h('span', { class: i < met ? 'on' : '' }))),
        h('p', { 'aria-live': 'polite' }, `${met} of 5 criteria met`)),
      h('div', { class: 'hints' }, h('p', { class: 'label' }, 'Hints about your goal'),
        h('div', { 'aria-live': 'polite' }, h('p', null, 'No hints: your goal reads well.'))),
      h('div', { class: 'footer' }, h('p', { class: 'status', role: 'status' }), actions()));
  }));
}

const format = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const time = (date) => h('time', { datetime: date }, format.format(new Date(`${date}T00:00:00Z`)));

export function timeline(data) {
  const { milestones, order } = data.timelines.t;
  const rows = inOrder(milestones, order).sort(([, a], [, b]) => (a.due < b.due ? -1 : +(a.due > b.due)));
  const due = rows.filter(([, m]) => m.due <= TODAY).length;
  const done = rows.filter(([, m]) => m.done >= m.count).length;
  const items = rows.map(([key, m]) => {
    const status = m.done >= m.count ? 'done' : m.due < TODAY ? 'overdue' : 'upcoming';
    return h('li', { class: status },
      h('div', { class: 'head' }, h('input', { id: `c${key}`, type: 'checkbox', '.checked': m.done >= m.count }), h('label', { for: `c${key}` }, m.title)),
      h('p', { class: 'info' }, 'Due ', time(m.due), ` · ${status}`),
      h('div', { class: 'field' }, h('label', { for: `title${key}` }, 'Title'), h('input', { id: `title${key}`, type: 'text', '.value': m.title })),
      h('div', { class: 'field' }, h('label', { for: `due${key}` }, `Due date of ${m.title}`), h('input', { id: `due${key}`, type: 'date', '.value': m.due })),
      h('div', { class: 'field' }, h('label', { for: `notes${key}` }, `Notes on ${m.title}`), h('textarea', { id: `notes${key}`, '.value': m.notes })),
      button('Remove', m.title));
  });
  const at = rows.findIndex(([, m]) => m.due > TODAY);
  items.splice(at < 0 ? items.length : at, 0, h('li', { class: 'today', 'aria-current': 'date' }, h('b', null, 'Today'), ' ', time(TODAY)));
  return h('div', { class: 'timeline' },
    h('p', null, 'Start date: ', time(START_DATE)),
    h('p', { class: 'summary' }, `${done} of ${due} due so far done`),
    h('ol', { 'aria-label': 'Milestones' }, items),
    button('Add a milestone'),
    h('p', { class: 'status', role: 'status' }),
    actions(true));
}

/** Reads one stored record with the bare IndexedDB API. */
export function readRecord(key) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('goalkit');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('documents').objectStore('documents').get(key);
      get.onsuccess = () => (db.close(), get.result ? resolve(get.result.data) : reject(new Error(`no record ${key}`)));
      get.onerror = () => reject(get.error);
    };
  });
}

const RENDER = { worksheet, checklist, timeline };
const ROWS = { worksheet: 'li.item', checklist: 'section.criterion', timeline: '.timeline li:not(.today)' };

if (variant === 'floor' || variant === 'floor-idb') {
  try {
    phase('started');
    const data = variant === 'floor-idb' ? await readRecord(storageKey(kind, n)) : DATA[kind](n);
    phase('dataRead');
    document.body.append(RENDER[kind](data));
    phase('rendered');
    finish(() => document.querySelectorAll(ROWS[kind]).length);
  } catch (error) {
    fail(error);
  }
}
