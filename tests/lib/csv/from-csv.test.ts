import { describe, expect, test } from 'vitest';
import { normalizeHeader, parseCsvTable } from '../../../lib/csv/from-csv';

function cells(table: ReturnType<typeof parseCsvTable>): Array<[number, Record<string, string>]> {
  if (!table.ok) throw new Error(table.message);
  return table.records.map((r) => [r.row, Object.fromEntries(r.cells)]);
}

describe('parseCsvTable', () => {
  test('matches headers case-insensitively, tolerates a BOM and numbers rows as a spreadsheet does', () => {
    const text = '\uFEFFPlatform,HANDLE,Profile URL\r\ninstagram,ana,https://a\r\n\r\ntiktok,"multi\r\nline",\r\nx,bob,https://b\r\n';
    expect(cells(parseCsvTable(text, { maxRows: 10 }))).toEqual([
      [2, { platform: 'instagram', handle: 'ana', profile_url: 'https://a' }],
      // Row 3 is blank: skipped, still counted.
      [4, { platform: 'tiktok', handle: 'multi\r\nline', profile_url: '' }],
      [5, { platform: 'x', handle: 'bob', profile_url: 'https://b' }],
    ]);
  });

  test('reads LF files, semicolon-separated files and short rows', () => {
    expect(cells(parseCsvTable('profile_url;notes\nhttps://a;"x;y"\nhttps://b\n', { maxRows: 10 }))).toEqual([
      [2, { profile_url: 'https://a', notes: 'x;y' }],
      [3, { profile_url: 'https://b', notes: '' }],
    ]);
  });

  test('an LF header over CRLF rows leaves no carriage return in the last column', () => {
    expect(cells(parseCsvTable('platform,handle,notes\ninstagram,ana,hello\r\nx,bob,"two\r\nlines"\r\n', { maxRows: 10 }))).toEqual([
      [2, { platform: 'instagram', handle: 'ana', notes: 'hello' }],
      [3, { platform: 'x', handle: 'bob', notes: 'two\r\nlines' }],
    ]);
  });

  test('normalizeHeader', () => {
    expect(normalizeHeader('  Display-Name ')).toBe('display_name');
    expect(normalizeHeader('posts count')).toBe('posts_count');
  });

  test('more rows than the cap is refused with a clear message', () => {
    const body = Array.from({ length: 6 }, (_, i) => `instagram,h${i}`).join('\r\n');
    const table = parseCsvTable(`platform,handle\r\n${body}\r\n`, { maxRows: 5 });
    expect(table).toMatchObject({ ok: false, reason: 'too-many-rows', message: expect.stringContaining('more than 5 rows') });
    expect(parseCsvTable(`platform,handle\r\n${body}\r\n`, { maxRows: 6 }).ok).toBe(true);
  });

  test('an unclosed quote, a duplicate column, extra cells and an empty file are reported', () => {
    expect(parseCsvTable('a,b\r\n1,"2\r\n3,4\r\n', { maxRows: 10 })).toMatchObject({ ok: false, errors: ['row 2: a quoted cell is never closed'] });
    expect(parseCsvTable('notes,Notes\r\n1,2\r\n', { maxRows: 10 })).toMatchObject({ ok: false, message: 'The column "notes" appears twice in the header row.' });
    expect(parseCsvTable('a,b\r\n1,2,3\r\n1,2,,\r\n', { maxRows: 10 })).toMatchObject({ ok: false, errors: ['row 2: has 3 cells but the header has 2 columns'] });
    expect(parseCsvTable('', { maxRows: 10 })).toMatchObject({ ok: false, reason: 'invalid-file' });
  });
});
