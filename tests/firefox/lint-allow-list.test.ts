import type { LintMessage } from 'web-ext';
import { describe, expect, it } from 'vitest';
import { classifyLint, codeAround } from './lint-allow-list';

// Shapes of the real findings on the Firefox build (React DOM's innerHTML, zod's eval probe).
const REACT_CHUNK =
  'x;case`dangerouslySetInnerHTML`:if(r!=null){if(typeof r!=`object`||!(`__html`in r))throw Error(s(61));if(n=r.__html,n!=null){a?.__html!==n&&(e.innerHTML=n)}}break;';
const ZOD_BACKGROUND = 'var ie=s(()=>{if(S.jitless||typeof navigator<`u`)return!1;try{return Function(``),!0}catch{return!1}});';
const OWN_INNER_HTML = 'function render(el,html){el.innerHTML=html}';
const OWN_EVAL = 'const run=Function(`return `+userText);';

const sources: Record<string, string> = {
  'chunks/jsx-runtime-DNuhkYuq.js': REACT_CHUNK,
  'background.js': ZOD_BACKGROUND,
  'chunks/overlay-DeFmsjDi.js': OWN_INNER_HTML,
  'content-scripts/x.js': REACT_CHUNK,
  'chunks/popup-CIg645rX.js': OWN_EVAL,
};
const readSource = (file: string) => sources[file] ?? null;

function at(file: string, code: string, needle: string): LintMessage {
  const text = sources[file]!;
  return { _type: 'warning', code, message: code, file, line: 1, column: text.indexOf(needle) + 1 };
}

function classify(...warnings: LintMessage[]) {
  return classifyLint({ errors: [], warnings, notices: [] }, readSource);
}

describe('web-ext lint allow-list', () => {
  it('reads the code around a 1-based line and column', () => {
    expect(codeAround('ab\ncdefg', 2, 3)).toEqual({ before: 'cd', at: 'efg' });
  });

  it("allows React DOM's innerHTML and zod's eval probe, each where it really is", () => {
    const result = classify(
      at('chunks/jsx-runtime-DNuhkYuq.js', 'UNSAFE_VAR_ASSIGNMENT', 'e.innerHTML'),
      at('background.js', 'DANGEROUS_EVAL', 'Function(``)'),
    );
    expect(result.unexpected).toEqual([]);
    expect(result.allowed.map((a) => a.why)).toEqual([expect.stringMatching(/React/), expect.stringMatching(/zod/)]);
  });

  it('does not allow the same codes in our own code', () => {
    const result = classify(
      at('chunks/overlay-DeFmsjDi.js', 'UNSAFE_VAR_ASSIGNMENT', 'el.innerHTML'),
      at('chunks/popup-CIg645rX.js', 'DANGEROUS_EVAL', 'Function('),
    );
    expect(result.allowed).toEqual([]);
    expect(result.unexpected).toHaveLength(2);
  });

  it('does not allow vendor-looking code outside the files vendor code is bundled into', () => {
    expect(classify(at('content-scripts/x.js', 'UNSAFE_VAR_ASSIGNMENT', 'e.innerHTML')).unexpected).toHaveLength(1);
  });

  it('does not allow a vendor code at a different position, nor a warning without one', () => {
    const misplaced = { ...at('chunks/jsx-runtime-DNuhkYuq.js', 'UNSAFE_VAR_ASSIGNMENT', 'e.innerHTML'), column: 1 };
    const manifest: LintMessage = { _type: 'warning', code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION', message: 'm', file: 'manifest.json' };
    expect(classify(misplaced, manifest).unexpected).toHaveLength(2);
  });

  it('passes every error through, whatever its code', () => {
    const error: LintMessage = { ...at('background.js', 'DANGEROUS_EVAL', 'Function(``)'), _type: 'error' };
    expect(classifyLint({ errors: [error], warnings: [], notices: [] }, readSource).errors).toEqual([error]);
  });
});
