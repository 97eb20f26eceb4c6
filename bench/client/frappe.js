// A peer of the timeline: Frappe Gantt with one one-day task per milestone (Day view).
import Gantt from '/node_modules/frappe-gantt/dist/frappe-gantt.es.js';
import { timelineData } from './data.js';
import { fail, finish, n } from './mark.js';

try {
  const { milestones, order } = timelineData(n).timelines.t;
  const tasks = order.map((key) => {
    const m = milestones[key];
    return { id: key, name: m.title, start: m.due, end: m.due, progress: m.done ? 100 : 0 };
  });
  const host = document.createElement('div');
  document.body.append(host);
  new Gantt(host, tasks, { view_mode: 'Day', readonly: false });
  finish(() => host.querySelectorAll('.bar-wrapper').length);
} catch (error) {
  fail(error);
}
