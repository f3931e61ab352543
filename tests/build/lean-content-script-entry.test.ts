import { describe, expect, it } from 'vitest';
import { leanContentScriptEntry } from '../../lib/build/lean-content-script-entry';

/** The plugin's load hook, as Vite calls it. */
function load(id: string): string | null {
  const hook = leanContentScriptEntry().load as (id: string) => string | null;
  return hook(id);
}

describe('leanContentScriptEntry', () => {
  it("starts an isolated-world content script's main with our context, without WXT's async wrapper and logger", () => {
    const source = load('\0virtual:wxt-content-script-isolated-world-entrypoint?/repo/entrypoints/youtube.content.ts');
    expect(source).toContain('import definition from "/repo/entrypoints/youtube.content.ts"');
    expect(source).toContain("from 'wxt/utils/content-script-context'");
    expect(source).toContain('definition.main(new ContentScriptContext(import.meta.env.ENTRYPOINT))');
    expect(source).not.toMatch(/async|catch|logger/);
  });

  it("starts the page-world script's main with nothing", () => {
    const source = load('\0virtual:wxt-content-script-main-world-entrypoint?/repo/entrypoints/capture.content.ts');
    expect(source).toContain('import definition from "/repo/entrypoints/capture.content.ts"');
    expect(source).toContain('export default definition.main();');
    expect(source).not.toContain('ContentScriptContext');
  });

  it('leaves every other module to WXT', () => {
    expect(load('\0virtual:wxt-background-entrypoint?/repo/entrypoints/background.ts')).toBeNull();
    expect(load('/repo/entrypoints/youtube.content.ts')).toBeNull();
  });
});
