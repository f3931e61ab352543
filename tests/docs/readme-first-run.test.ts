// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('README first-run facts match the code', () => {
  const readme = read('README.md');

  test('the Firefox version is the one the built manifest requires', () => {
    const config = read('wxt.config.ts');
    const desktop = /gecko:\s*\{[^}]*strict_min_version:\s*'(\d+)\.0'/s.exec(config)?.[1];
    const android = /gecko_android:\s*\{\s*strict_min_version:\s*'(\d+)\.0'/.exec(config)?.[1];
    expect(desktop).toBeDefined();
    expect(readme).toContain(`**Firefox ${desktop}+** for the Firefox build`);
    expect(readme).toContain(`${android}+ on Android`);
    expect(readme).not.toMatch(/Firefox 1[0-3]\d\+/);
  });

  test('Node 22 recommended, 20 said to work with warnings', () => {
    expect(readme).toMatch(/\*\*Node 22\*\* \(recommended\)/);
    expect(readme).toMatch(/Node 20 works, but `npm ci` prints `EBADENGINE` warnings/);
  });

  test('the README picture has its own script with a fixed --now, and no test writes it', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['docs:screenshot']).toMatch(/tests\/e2e\/docs-screenshot\.ts --now \d{4}-\d\d-\d\dT/);
    expect(readme).toContain('npm run docs:screenshot');
    for (const file of ['tests/e2e/overlay-panel.e2e.ts', 'tests/e2e/demo.ts']) expect(read(file)).not.toMatch(/\.docs/);
  });

  test('how to open the CSV in LibreOffice and Excel', () => {
    expect(readme).toMatch(/LibreOffice Calc:.*UTF-8.*Comma/);
    expect(readme).toMatch(/Excel.*From Text\/CSV.*65001/);
  });

  test('CI fails on a dirty checkout and installs what the demo and xlsx checks need', () => {
    const ci = read('.ci/run');
    expect(ci).toContain('git status --porcelain');
    expect(ci).toMatch(/apt-get install[^\n]*xvfb/);
    expect(ci).toMatch(/apt-get install[^\n]*libreoffice-calc-nogui/);
  });
});
