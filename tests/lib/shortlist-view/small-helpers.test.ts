import { describe, expect, test, vi } from 'vitest';
import { CSV_HEADER } from '../../../lib/csv/csv-columns';
import { CSV_BOM } from '../../../lib/csv/csv-writer';
import { clickDownload } from '../../../lib/shortlist-view/click-download';
import { csvDownload, jsonDownload } from '../../../lib/shortlist-view/download';
import { errorText } from '../../../lib/shortlist-view/error-text';
import { hashForKey, keyFromHash } from '../../../lib/shortlist-view/key-hash';
import { countByStatus } from '../../../lib/shortlist-view/status-counts';
import { formatTagInput, parseTagInput } from '../../../lib/shortlist-view/tag-input';
import { StoreError } from '../../../lib/shortlist/errors';
import { NOW } from '../shortlist/factory';
import { summarizeEntry } from '../../../lib/csv/entry-summary';
import { makeEntry } from './entries';

describe('downloads', () => {
  test('CSV: dated file name, CSV type, the export text', async () => {
    const file = csvDownload([summarizeEntry(makeEntry({ handle: 'ana.cocina', displayName: 'Ana' }))], NOW);
    expect(file.fileName).toBe('vetted-shortlist-2026-03-05.csv');
    expect(file.blob.type).toBe('text/csv;charset=utf-8');
    const [header, row] = (await file.blob.text()).split('\r\n');
    expect(header).toBe(CSV_BOM + CSV_HEADER.join(','));
    expect(row?.startsWith('instagram,ana.cocina,Ana,https://www.instagram.com/ana.cocina/,48200,')).toBe(true);
  });
  test('JSON', async () => {
    const file = jsonDownload('{"a":1}', 'b.json');
    expect(file).toMatchObject({ fileName: 'b.json' });
    expect(await file.blob.text()).toBe('{"a":1}');
  });
  test('clickDownload clicks an <a download> on a blob URL, then lets the URL go later', () => {
    const clicked: Array<{ href: string; download: string }> = [];
    const later: Array<() => void> = [];
    const revoke = vi.fn();
    const onClick = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      clicked.push({ href: a.getAttribute('href') ?? '', download: a.download });
      e.preventDefault();
    };
    document.addEventListener('click', onClick);
    clickDownload(jsonDownload('{}', 'x.json'), { document, createObjectURL: () => 'blob:test/1', revokeObjectURL: revoke, later: (run) => later.push(run) });
    document.removeEventListener('click', onClick);
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'x.json' }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    later.forEach((run) => run());
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});

describe('#key= links', () => {
  test('round trip', () => {
    expect(keyFromHash(hashForKey('instagram:ana.cocina'))).toBe('instagram:ana.cocina');
    expect(keyFromHash('#key=x%3Abob_x&other=1')).toBe('x:bob_x');
  });
  test.each(['', '#', '#key=', '#key=facebook%3Aana', '#key=instagram%3A', '#key=instagram%3A%3Cimg%3E', '#key=instagram%3AAna', `#key=x%3A${'a'.repeat(65)}`])(
    'refuses %j',
    (hash) => expect(keyFromHash(hash)).toBeNull(),
  );
});

describe('small pieces', () => {
  test('tags typed with commas: trimmed, deduplicated without regard to case', () => {
    expect(parseTagInput(' food, Vegan ,, FOOD,vegan ')).toEqual(['food', 'Vegan']);
    expect(parseTagInput('')).toEqual([]);
    expect(formatTagInput(['a', 'b'])).toBe('a, b');
  });
  test('counts per status include zeros', () => {
    expect(countByStatus([{ status: 'signed' }, { status: 'signed' }, { status: 'declined' }])).toEqual({
      shortlisted: 0,
      contacted: 0,
      negotiating: 0,
      signed: 2,
      declined: 1,
    });
  });
  test("errors: the store's words for people, else the message", () => {
    expect(errorText(new StoreError('quota', 'QuotaExceededError'))).toMatch(/out of storage space/);
    expect(errorText(new Error('boom'))).toBe('boom');
    expect(errorText('plain')).toBe('plain');
  });
});
