import { describe, expect, it } from 'vitest';
import { assignedJson } from '../../../lib/parse/embedded-json';

describe('assignedJson', () => {
  it('reads var and window[""] assignments and ignores "};" inside strings', () => {
    expect(assignedJson('var ytInitialData = {"a":"x};y","b":{"c":1}};</script>', 'ytInitialData')).toEqual({ a: 'x};y', b: { c: 1 } });
    expect(assignedJson('window["ytInitialData"] = {"n":2};\nwindow["x"]={}', 'ytInitialData')).toEqual({ n: 2 });
    expect(assignedJson('window._sharedData = {"q":"\\"}"};', '_sharedData')).toEqual({ q: '"}' });
  });
  it('gives undefined for missing or broken JSON', () => {
    expect(assignedJson('var other = {};', 'ytInitialData')).toBeUndefined();
    expect(assignedJson('var ytInitialData = {"a":', 'ytInitialData')).toBeUndefined();
  });
});

describe('assignedJson fast path', () => {
  it('gives the same object whether the script is only the assignment or has more after it', () => {
    const object = { title: 'a "};" b', items: [{ n: 1 }, { n: 2 }] };
    const only = `var ytInitialData = ${JSON.stringify(object)};`;
    const more = `${only}\nwindow.ytInitialPlayerResponse = {"x":1};`;
    expect(assignedJson(only, 'ytInitialData')).toEqual(object);
    expect(assignedJson(more, 'ytInitialData')).toEqual(object);
  });
});
