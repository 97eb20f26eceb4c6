import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { exportDocument, MAX_DEPTH, MAX_IMPORT_BYTES, readImport } from '../../src/export/json.js';
import { mergeData } from '../../src/export/merge.js';
import { GoalData, SCHEMA_VERSION } from '../../src/models/document.js';
import { complete } from '../../src/models/primitives.js';

/** Whole document data from a partial one, as goalkit reads it. */
const data = (value: unknown) => complete(GoalData, value).data as GoalData;

const goal = (title: string) => ({ title, fields: { now: 'here' }, lists: {}, removed: false, created: 1 });
const doc = (data: unknown) => JSON.stringify({ format: 'goalkit', version: SCHEMA_VERSION, exported: '', title: '', source: {}, data });

describe('JSON export and import', () => {
  it('round-trips an export', () => {
    const doc = data({ goals: { '1': goal('Learn Go') }, goalOrder: ['1'] });
    const text = JSON.stringify(exportDocument(doc, { widget: 'goal-definer', storageKey: 'k' }, 'Goals'));
    const result = readImport(text);
    expect(result.problems).to.deep.equal([]);
    expect(result.data!.goals['1'].title).to.equal('Learn Go');
    expect(JSON.parse(text)).to.include({ format: 'goalkit', version: SCHEMA_VERSION, title: 'Goals' });
  });

  it('refuses what is not a goalkit export, in plain words', () => {
    expect(readImport('not json').problems[0].code).to.equal('importNotJson');
    expect(readImport('{"format":"other"}').problems[0].code).to.equal('importNotGoalkit');
    expect(readImport(JSON.stringify({ format: 'goalkit', version: SCHEMA_VERSION + 1 })).problems[0].code).to.equal('importNewer');
    expect(readImport('x'.repeat(MAX_IMPORT_BYTES + 1)).problems[0].code).to.equal('importTooLarge');
    let deep: unknown = 'bottom';
    for (let i = 0; i < MAX_DEPTH + 2; i++) deep = { deeper: deep };
    expect(readImport(doc({ goals: deep })).problems[0].code).to.equal('importTooDeep');
  });

  it('refuses keys that reach prototypes, and pollutes nothing', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = `{"format":"goalkit","version":1,"data":{"goals":{"1":{"title":"x","${key}":{"polluted":true}}}}}`;
      const result = readImport(text);
      expect(result.data, key).to.equal(undefined);
      expect(result.problems[0]).to.deep.equal({ code: 'importBadKey', path: key });
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('lists the parts it leaves out and keeps the rest', () => {
    const result = readImport(doc({ goals: { '1': goal('Good'), '2': { title: 7 } } }));
    expect(Object.keys(result.data!.goals)).to.deep.equal(['1']);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.include({ code: 'importLeftOut', path: 'goals › 2' });
  });

  it('merges without losing what the learner has', () => {
    const mine = data({ goals: { '1': goal('Learn Go'), '2': { ...goal(''), fields: { now: '' } } }, goalOrder: ['1', '2'] });
    const theirs = data({ goals: { '1': goal('Learn Rust'), '2': goal('Give a talk') }, goalOrder: ['1', '2'] });
    const merged = mergeData(mine, theirs) as GoalData;
    const titles = Object.values(merged.goals).map((g) => g.title).sort();
    expect(titles).to.deep.equal(['Give a talk', 'Learn Go', 'Learn Rust']);
    expect(merged.goals['1'].title).to.equal('Learn Go');
    expect(merged.goalOrder).to.have.length(3);
  });

  // npm test runs a few hundred; `npm run fuzz` runs 10,000.
  const runs = (globalThis as { FUZZ_RUNS?: number }).FUZZ_RUNS ?? 300;
  it(`survives ${runs} generated and mutated documents`, () => {
    const valid = fc.record({
      goals: fc.dictionary(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.record({ title: fc.string(), fields: fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.string()) })),
      goalOrder: fc.array(fc.string()),
    });
    const anything = fc.oneof(valid, fc.anything({ withObjectString: true, withNullPrototype: true }), fc.jsonValue());
    const mutate = fc.oneof(
      fc.constant((t: string) => t),
      fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1))),
      fc.tuple(fc.nat(), fc.constantFrom('"__proto__":{"x":1},', '{', '}', '"constructor":', '[', ',')).map(
        ([n, s]) => (t: string) => t.slice(0, n % (t.length + 1)) + s + t.slice(n % (t.length + 1)),
      ),
    );
    fc.assert(
      fc.property(anything, mutate, fc.constantFrom(0, 1, SCHEMA_VERSION, 99, '1'), (data, change, version) => {
        let text: string;
        try {
          text = change(JSON.stringify({ format: 'goalkit', version, data }) ?? '');
        } catch {
          return;
        }
        const result = readImport(text);
        expect(result.problems).to.be.an('array');
        if (result.data) expect(GoalData.safeParse(result.data).success).to.equal(true);
        expect(Object.prototype).to.not.have.property('x');
        expect(({} as Record<string, unknown>).x).to.equal(undefined);
      }),
      { numRuns: runs },
    );
  });
});
