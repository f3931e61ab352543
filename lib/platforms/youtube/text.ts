import { asArray, asObject, asString, at } from '../../parse/json-path';

/**
 * YouTube writes text three ways: `{simpleText}` and `{runs:[{text}]}` in renderers (2018 to 2026),
 * `{content}` in view models (2024+). A plain string passes through.
 */
export function ytText(node: unknown): string {
  if (typeof node === 'string') return node;
  const obj = asObject(node);
  if (!obj) return '';
  const simple = asString(obj.simpleText) ?? asString(obj.content);
  if (simple !== undefined) return simple;
  return asArray(obj.runs)
    .map((run) => asString(at(run, 'text')) ?? '')
    .join('');
}
