import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHORTLIST_STATUSES, type ShortlistEntry } from '../../../lib/contracts/shortlist-entry';
import { resolveCreator, stampLocalChange, type StampedEntry } from '../../../lib/sync/resolve-creator';
import { resolveBrief } from '../../../lib/sync/resolve-brief';
import { makeBrief } from '../shortlist/factory';
import { makeEntry } from '../shortlist-view/entries';

const BASE_AT = Date.parse('2026-03-05T14:00:00.000Z');
const base: StampedEntry = (() => {
  const entry = makeEntry({ tags: ['food'], notes: 'first call' });
  return { entry, stamps: stampLocalChange(null, entry, 'lead') };
})();

type Edit =
  | { field: 'status'; value: ShortlistEntry['status'] }
  | { field: 'notes'; value: string }
  | { field: 'promoCode'; value: string | null }
  | { field: 'trackingLink'; value: string | null }
  | { field: 'addTag'; value: string }
  | { field: 'removeTag'; value: string }
  | { field: 'revet'; value: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ field: fc.constant('status' as const), value: fc.constantFrom(...SHORTLIST_STATUSES) }),
  fc.record({ field: fc.constant('notes' as const), value: fc.string({ maxLength: 20 }) }),
  fc.record({ field: fc.constant('promoCode' as const), value: fc.option(fc.stringMatching(/^[A-Z0-9]{1,8}$/), { nil: null }) }),
  fc.record({ field: fc.constant('trackingLink' as const), value: fc.option(fc.webUrl(), { nil: null }) }),
  fc.record({ field: fc.constant('addTag' as const), value: fc.stringMatching(/^[a-z]{1,6}$/) }),
  fc.record({ field: fc.constant('removeTag' as const), value: fc.constantFrom('food', 'travel') }),
  // A re-vet: a new reading, which replaces the report and the name read with it.
  fc.record({ field: fc.constant('revet' as const), value: fc.string({ minLength: 1, maxLength: 12 }) }),
);

function applyEdit(entry: ShortlistEntry, edit: Edit, at: string): ShortlistEntry {
  const next = { ...entry, updatedAt: at };
  switch (edit.field) {
    case 'addTag':
      return entry.tags.some((t) => t.toLowerCase() === edit.value) ? next : { ...next, tags: [...entry.tags, edit.value] };
    case 'removeTag':
      return { ...next, tags: entry.tags.filter((t) => t !== edit.value) };
    case 'revet':
      return { ...next, displayName: edit.value, report: entry.report && { ...entry.report, computedAt: at } };
    default:
      return { ...next, [edit.field]: edit.value };
  }
}

interface TimedEdit {
  edit: Edit;
  at: number;
}

interface Change {
  field: string;
  value: unknown;
  at: number;
  user: string;
}

/**
 * A teammate's replica: edits applied one after the other, each mirrored (stamped) as the sync
 * module does. `changes` are the edits that changed something (setting a field to the value it
 * already has is no change).
 */
function replica(user: string, edits: readonly TimedEdit[]): { version: StampedEntry; changes: Change[] } {
  let current = base;
  const changes: Change[] = [];
  for (const { edit, at } of [...edits].sort((a, b) => a.at - b.at)) {
    const entry = applyEdit(current.entry, edit, new Date(at).toISOString());
    const field = edit.field === 'revet' ? 'displayName' : edit.field;
    if (field in entry && JSON.stringify(entry[field as keyof ShortlistEntry]) !== JSON.stringify(current.entry[field as keyof ShortlistEntry])) {
      changes.push({ field, value: entry[field as keyof ShortlistEntry], at, user });
    }
    current = { entry, stamps: stampLocalChange(current, entry, user) };
  }
  return { version: current, changes };
}

/** 2–4 replicas, each with its own concurrent edits, every edit at a distinct instant. */
const scenarioArb = fc
  .array(fc.array(editArb, { maxLength: 6 }), { minLength: 2, maxLength: 4 })
  .chain((sides) => {
    const count = sides.reduce((n, s) => n + s.length, 0);
    return fc.uniqueArray(fc.integer({ min: 1, max: 10_000_000 }), { minLength: count, maxLength: count }).map((offsets) => {
      let i = 0;
      return sides.map((edits, side) => replica(`user${side}`, edits.map((edit) => ({ edit, at: BASE_AT + offsets[i++]! }))));
    });
  });

function lastChangeOf(sides: ReadonlyArray<{ changes: readonly Change[] }>, field: string): Change | null {
  return sides
    .flatMap((s) => s.changes)
    .filter((c) => c.field === field)
    .reduce<Change | null>((best, c) => (best === null || c.at > best.at ? c : best), null);
}

describe('resolveCreator on generated concurrent edits', () => {
  it('no field change is lost: the newest change of each field wins, every kept tag survives', () => {
    fc.assert(
      fc.property(scenarioArb, (sides) => {
        const resolved = resolveCreator(sides.map((s) => s.version)).entry;
        for (const field of ['status', 'notes', 'promoCode', 'trackingLink', 'displayName'] as const) {
          const last = lastChangeOf(sides, field);
          expect(resolved[field]).toEqual(last ? last.value : base.entry[field]);
        }
        // The report comes with the name read with it: the same re-vet.
        const revet = lastChangeOf(sides, 'displayName');
        if (revet) expect(resolved.report?.computedAt).toBe(new Date(revet.at).toISOString());
        // Tags as a set: whatever any replica ends with is in the result, once.
        for (const tag of sides.flatMap((s) => s.version.entry.tags)) expect(resolved.tags.map((t) => t.toLowerCase())).toContain(tag.toLowerCase());
        expect(new Set(resolved.tags.map((t) => t.toLowerCase())).size).toBe(resolved.tags.length);
      }),
      { numRuns: 200 },
    );
  });

  it('records who changed the status last, and when', () => {
    fc.assert(
      fc.property(scenarioArb, (sides) => {
        const resolved = resolveCreator(sides.map((s) => s.version));
        const last = lastChangeOf(sides, 'status');
        if (last) expect(resolved.stamps.status).toEqual({ at: new Date(last.at).toISOString(), by: last.user });
        else expect(resolved.stamps.status).toEqual(base.stamps.status);
      }),
      { numRuns: 200 },
    );
  });

  it('converges: any order, any grouping of the conflicting revisions gives the same entry', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((sides) => fc.tuple(fc.constant(sides), fc.shuffledSubarray(sides, { minLength: sides.length, maxLength: sides.length }))),
        ([sides, shuffled]) => {
          const versions = sides.map((s) => s.version);
          const all = resolveCreator(versions);
          expect(resolveCreator(shuffled.map((s) => s.version))).toEqual(all);
          // Pairwise, one revision after the other, as a replica that sees them arrive one by one resolves them.
          expect(versions.reduce((acc, v) => resolveCreator([acc, v]))).toEqual(all);
          expect([...versions].reverse().reduce((acc, v) => resolveCreator([v, acc]))).toEqual(all);
          // Idempotent: resolving again with any of the inputs changes nothing.
          for (const v of versions) expect(resolveCreator([all, v])).toEqual(all);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('stampLocalChange', () => {
  it('stamps only the fields that changed, with this user', () => {
    const entry = { ...base.entry, status: 'contacted' as const, updatedAt: '2026-03-06T09:00:00.000Z' };
    const stamps = stampLocalChange(base, entry, 'alice');
    expect(stamps.status).toEqual({ at: '2026-03-06T09:00:00.000Z', by: 'alice' });
    expect(stamps.notes).toEqual(base.stamps.notes);
    expect(stamps.report).toEqual(base.stamps.report);
  });

  it('never stamps a change before the stamp it replaces (a clock behind a teammate\'s)', () => {
    const ahead = { ...base, stamps: { ...base.stamps, notes: { at: '2026-04-01T00:00:00.000Z', by: 'bob' } } };
    const entry = { ...base.entry, notes: 'later, on a slow clock', updatedAt: '2026-03-06T09:00:00.000Z' };
    expect(stampLocalChange(ahead, entry, 'alice').notes).toEqual({ at: '2026-04-01T00:00:00.001Z', by: 'alice' });
  });
});

describe('resolveBrief', () => {
  it('keeps the version saved last, whatever the order', () => {
    const older = { ...makeBrief({ id: 'b1', name: 'Spring' }), updatedAt: '2026-03-01T00:00:00.000Z' };
    const newer = { ...older, name: 'Spring launch', updatedAt: '2026-03-02T00:00:00.000Z' };
    const twin = { ...older, name: 'Spring too', updatedAt: newer.updatedAt };
    expect(resolveBrief([older, newer])).toBe(newer);
    expect(resolveBrief([newer, older])).toBe(newer);
    expect(resolveBrief([newer, twin])).toBe(resolveBrief([twin, newer]));
  });
});
