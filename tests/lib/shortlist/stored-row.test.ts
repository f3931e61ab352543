import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jsonEqual } from '../../../lib/shortlist/json-equal';
import { openShortlist } from '../../../lib/shortlist/repository';
import { compactRow, expandRow, readStoredRow, SHARED_SNAPSHOT, toStoredRow } from '../../../lib/shortlist/stored-row';
import { makeEntry } from '../shortlist-view/entries';
import { freshDbName, makeReport, makeSnapshot, NOW } from './factory';
import { deleteRaw, readAllRaw } from './raw-idb';

describe('a creator row as stored', () => {
  test('a saved entry is stored without the second copy of its snapshot and reads back equal', () => {
    const entry = makeEntry({ tags: ['food'], notes: 'n' });
    const stored = toStoredRow(entry) as Record<string, Record<string, unknown>>;
    expect(stored[SHARED_SNAPSHOT]).toBe(true);
    expect(stored.report).not.toHaveProperty('snapshot');
    expect(stored.snapshot).toBe(entry.snapshot);
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(entry).length - JSON.stringify(entry.snapshot).length + 40);
    expect(readStoredRow(structuredClone(stored))).toEqual({ entry, problem: null });
  });

  test('save() puts one copy of the snapshot in the database: the row read raw has no second one in its report', async () => {
    const name = freshDbName('stored-row');
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    try {
      const report = makeReport(makeSnapshot({ handle: 'once.only', profileUrl: 'https://www.instagram.com/once.only/' }));
      const saved = await shortlist.save(report, { now: NOW });
      const rows = await readAllRaw(name, 'creators');
      expect(rows).toHaveLength(1);
      const raw = rows[0]!.value as Record<string, Record<string, unknown>>;
      expect(raw.report).not.toHaveProperty('snapshot');
      expect(raw[SHARED_SNAPSHOT]).toBe(true);
      expect(raw.snapshot).toEqual(report.snapshot);
      expect(JSON.stringify(raw).split('"capturedAt"')).toHaveLength(2);
      expect(await shortlist.get(saved.key)).toEqual(saved);
      expect(saved.report?.snapshot).toEqual(report.snapshot);
    } finally {
      shortlist.close();
      await deleteRaw(name);
    }
  });

  test('an entry whose report has another snapshot, or no report, is stored as it is', () => {
    const entry = makeEntry();
    const other = { ...entry, report: entry.report && { ...entry.report, snapshot: makeSnapshot({ followers: 1 }) } };
    expect(toStoredRow(other)).toBe(other);
    const imported = { ...entry, report: null };
    expect(toStoredRow(imported)).toBe(imported);
  });

  test('a damaged report that lacks its snapshot is not given one on reading', () => {
    const entry = makeEntry();
    const { snapshot: _dropped, ...report } = entry.report as NonNullable<typeof entry.report>;
    const row = { ...entry, report };
    expect(expandRow(row)).toBe(row);
    expect(readStoredRow(row).entry?.report).toBeNull();
  });

  test('compacting is lossless for any row that Vetted wrote before, whatever it holds', () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    const snapshot = fc.oneof(json, fc.constant(makeSnapshot()));
    const row = fc.record(
      {
        key: fc.string(),
        snapshot,
        report: fc.oneof(fc.constant(null), json, fc.record({ snapshot, version: fc.integer() }, { requiredKeys: ['version'] })),
        other: json,
      },
      { requiredKeys: ['key'] },
    );
    fc.assert(
      fc.property(fc.oneof(row, json), (value) => {
        const copy = structuredClone(value);
        const stored = structuredClone(compactRow(value));
        expect(value).toEqual(copy);
        expect(jsonEqual(expandRow(stored), copy)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('reports and snapshots that only look alike are kept apart', () => {
    const snapshot = makeSnapshot();
    const row = { key: 'k', snapshot, report: { snapshot: { ...snapshot, sources: ['other'] } } };
    expect(compactRow(row)).toBe(row);
  });
});

describe('jsonEqual', () => {
  test('agrees with a JSON round trip on JSON values, whatever the key order', () => {
    fc.assert(
      // Through JSON first: JSON has no -0, which jsonEqual (like structured clone) tells from 0.
      fc.property(fc.jsonValue().map(viaJson), fc.jsonValue().map(viaJson), (a, b) => {
        const reordered = JSON.parse(JSON.stringify(a), (_k, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
        ) as unknown;
        expect(jsonEqual(a, reordered)).toBe(true);
        expect(jsonEqual(a, b)).toBe(JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b)));
      }),
    );
  });

  test('is not fooled by a missing key against undefined, or by non-plain objects', () => {
    expect(jsonEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(jsonEqual(new Date(0), new Date(0))).toBe(false);
    expect(jsonEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });
});

function viaJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  return value;
}
