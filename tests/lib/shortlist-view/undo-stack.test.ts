import { afterEach, describe, expect, test } from 'vitest';
import { applyUndo, peekUndo, popUndo, pushUndo, type UndoAction } from '../../../lib/shortlist-view/undo-stack';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { freshDbName, makeReport, makeSnapshot, NOW } from '../shortlist/factory';

const opened: Shortlist[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

async function seeded(): Promise<Shortlist> {
  const s = await openShortlist(freshDbName('undo'), { log: () => undefined });
  opened.push(s);
  for (const handle of ['a1', 'b2', 'c3']) await s.save(makeReport(makeSnapshot({ handle })), { now: NOW, tag: 'food' });
  return s;
}

const label = 'x';

describe('undo stack', () => {
  test('last in, first out, bounded', () => {
    let stack = pushUndo([], { kind: 'add-tag', label: '1', tag: 't', keys: [] });
    stack = pushUndo(stack, { kind: 'add-tag', label: '2', tag: 't', keys: [] });
    expect(peekUndo(stack)?.label).toBe('2');
    expect(peekUndo(popUndo(stack))?.label).toBe('1');
    expect(peekUndo(popUndo(popUndo(stack)))).toBeNull();
    let big = pushUndo([], { kind: 'add-tag', label: '0', tag: 't', keys: [] });
    for (let i = 1; i < 30; i += 1) big = pushUndo(big, { kind: 'add-tag', label: String(i), tag: 't', keys: [] }, 20);
    expect(big).toHaveLength(20);
    expect(big[0]?.label).toBe('10');
  });
});

describe('applyUndo against the store', () => {
  test('delete → restore puts the rows and their history back', async () => {
    const s = await seeded();
    const before = (await s.list()).entries;
    const removed = await s.bulkDelete(['instagram:a1', 'instagram:b2']);
    expect((await s.list()).entries).toHaveLength(1);
    await applyUndo(s, { kind: 'delete', label, removed }, NOW);
    expect((await s.list()).entries).toEqual(before);
    expect(await s.history('instagram:a1')).toHaveLength(1);
  });
  test('status → each creator gets its own previous status back', async () => {
    const s = await seeded();
    await s.update('instagram:a1', { status: 'contacted' }, NOW);
    const previous = [
      { key: 'instagram:a1', status: 'contacted' as const },
      { key: 'instagram:b2', status: 'shortlisted' as const },
    ];
    await s.bulkUpdate(['instagram:a1', 'instagram:b2'], { status: 'declined' }, NOW);
    await applyUndo(s, { kind: 'status', label, previous }, NOW);
    expect((await s.get('instagram:a1'))?.status).toBe('contacted');
    expect((await s.get('instagram:b2'))?.status).toBe('shortlisted');
  });
  test('add-tag → removed only from those that did not have it', async () => {
    const s = await seeded();
    await s.update('instagram:a1', { addTags: ['vip'] }, NOW);
    const action: UndoAction = { kind: 'add-tag', label, tag: 'vip', keys: ['instagram:b2'] };
    await s.bulkUpdate(action.keys, { addTags: ['vip'] }, NOW);
    await applyUndo(s, action, NOW);
    expect((await s.get('instagram:a1'))?.tags).toEqual(['food', 'vip']);
    expect((await s.get('instagram:b2'))?.tags).toEqual(['food']);
  });
  test('remove-tag → added back', async () => {
    const s = await seeded();
    await s.bulkUpdate(['instagram:c3'], { removeTags: ['food'] }, NOW);
    await applyUndo(s, { kind: 'remove-tag', label, tag: 'food', keys: ['instagram:c3'] }, NOW);
    expect((await s.get('instagram:c3'))?.tags).toEqual(['food']);
  });
});
