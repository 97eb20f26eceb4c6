// A peer of the timeline: vis-timeline (standalone build, loaded as a classic script) with
// one point item per milestone, measured after its first "changed" (drawn) event.
import { timelineData } from './data.js';
import { fail, finish, n } from './mark.js';

try {
  const { milestones, order } = timelineData(n).timelines.t;
  const items = order.map((key) => ({ id: key, content: milestones[key].title, start: milestones[key].due, type: 'point' }));
  const host = document.createElement('div');
  document.body.append(host);
  const timeline = new window.vis.Timeline(host, items, {});
  // vis draws asynchronously; "changed" fires after each redraw.
  timeline.once('changed', () => finish(() => host.querySelectorAll('.vis-item').length));
} catch (error) {
  fail(error);
}
