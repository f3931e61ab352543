import { afterEach, describe, expect, test } from 'vitest';
import { announceShortlistChange, onShortlistChange } from '../../../lib/runtime/shortlist-changes';

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('shortlist change announcements', () => {
  test('a page hears other contexts\' writes, and its own only when it asks for all', async () => {
    const all: string[] = [];
    const others: string[] = [];
    stops.push(onShortlistChange(() => all.push('heard')));
    stops.push(onShortlistChange(() => others.push('heard'), { othersOnly: true }));

    announceShortlistChange();
    await tick();
    expect(all).toEqual(['heard']);
    expect(others).toEqual([]);

    // Another context (the worker, another tab) says the same on the same channel.
    const other = new BroadcastChannel('vetted-shortlist-changes');
    other.postMessage({ type: 'shortlist-changed', from: 'another-context' });
    // Anything else on the channel is not an announcement.
    other.postMessage('changed');
    other.postMessage({ type: 'shortlist-changed', from: 'x'.repeat(500) });
    other.close();
    await tick();
    expect(all).toEqual(['heard', 'heard']);
    expect(others).toEqual(['heard']);
  });
});
