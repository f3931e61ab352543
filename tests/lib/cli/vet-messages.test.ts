import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SnapshotSchema } from '../../../lib/contracts/creator';
import { type PLATFORMS } from '../../../lib/contracts/vocabulary';
import { assembleSnapshot, type InputFile } from '../../../lib/cli/vet-assemble';
import { formatReport } from '../../../lib/cli/vet-format';
import { textOf, truncationWarning } from '../../../lib/cli/vet-input-checks';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { makeTempDir, removeTempDir } from '../../temp-dir';
import { loadExpectation, loadFixtureText, parseHtml } from '../platforms/fixture-harness';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const X_PAGE = '2025-11_profile_rendered-dom_en-GB_badlogicgames.html';
const IG_PAGE = '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html';
const IG_POST = '2024-12_post_html_logged-out_og-likes-comments_photo.html';

const html = (platform: (typeof PLATFORMS)[number], file: string, name = file): InputFile => ({ name, kind: 'html', doc: parseHtml(loadFixtureText(platform, file), '') });

function reportOf(platform: (typeof PLATFORMS)[number], file: string) {
  const expected = loadExpectation(platform, file);
  const assembled = assembleSnapshot([html(platform, file)], new URL(expected.url), new Date(expected.now));
  if (!assembled.ok) return null;
  return vet({ snapshot: SnapshotSchema.parse(assembled.snapshot), brief: DEFAULT_BRIEF, history: [], now: new Date(expected.now) });
}

describe('vet: errors say what happened', () => {
  it('an empty file, a binary file, a file of spaces', () => {
    expect(textOf('a.html', new Uint8Array())).toEqual({ ok: false, message: 'a.html is empty (0 bytes): nothing to read' });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(textOf('shot.html', png)).toMatchObject({ ok: false, message: expect.stringMatching(/^shot\.html is binary data/) });
    expect(textOf('latin1.html', Uint8Array.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c]))).toMatchObject({ ok: false, message: expect.stringMatching(/binary data/) });
    expect(textOf('blank.html', new TextEncoder().encode(' \n\t '))).toMatchObject({ ok: false, message: expect.stringMatching(/only white space/) });
    expect(textOf('ok.html', new TextEncoder().encode('<html>é</html>'))).toEqual({ ok: true, text: '<html>é</html>' });
  });

  it('a post page is named as one, not "cannot tell which creator"', () => {
    const assembled = assembleSnapshot([html('instagram', IG_POST)], null, new Date('2025-01-01T00:00:00Z'));
    expect(assembled.ok).toBe(false);
    if (assembled.ok) return;
    expect(assembled.message).toMatch(new RegExp(`^${IG_POST.replace(/\./g, '\\.')} is a page of a post or a video on Instagram \\(https://www\\.instagram\\.com/p/CPeC-Eenc8l/\\), not a profile`));
    expect(assembled.message).not.toMatch(/cannot tell which creator/);
  });

  it('two creators\' pages: both files are named', () => {
    const assembled = assembleSnapshot([html('x', X_PAGE), html('instagram', IG_PAGE)], null, new Date('2025-11-21T00:00:00Z'));
    expect(assembled.ok).toBe(false);
    if (assembled.ok) return;
    expect(assembled.message).toBe(`${X_PAGE} is @badlogicgames on X but ${IG_PAGE} is @gdg_rbu on Instagram: vet reads one creator at a time`);
  });

  it('a truncated page warns; a whole page does not', () => {
    const text = loadFixtureText('x', X_PAGE);
    expect(truncationWarning('p.html', text)).toBeNull();
    expect(truncationWarning('p.html', text.slice(0, Math.floor(text.length / 2)))).toMatch(/^p\.html looks truncated \(it does not end with <\/html>\)/);
  });
});

describe('vet: the text report speaks like the UI', () => {
  it('the verdict line first, "not measured" instead of +0/0, the overlay\'s labels', () => {
    const report = reportOf('x', X_PAGE)!;
    const text = formatReport(report);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/ on X(,|$)/);
    expect(lines[2]).toBe(`${report.fit.summary}  (against "${report.briefName}")`);
    expect(lines[3]).toMatch(/^ {2}Score \d+\/100 over \d of \d criteria measured$/);
    expect(text).not.toMatch(/\+0\/0/);
    expect(text).not.toMatch(/\/100, (strong|possible|weak|outside-brief|insufficient-evidence)/);
    for (const c of report.fit.components.filter((c) => c.status === 'not-measured')) expect(text).toContain(`  not measured ${c.criterion === 'audienceSize' ? 'audience size' : c.criterion === 'sponsored' ? 'sponsored share' : c.criterion}: `);
    expect(text).not.toMatch(/\[(ok|warn|risk|unknown)\]/);
    expect(text).toMatch(/^ {2}(OK|Warning|Risk|Not checked) · /m);
  });
});

describe('vet command: exit codes and messages', () => {
  const dir = makeTempDir('vet-cli-');
  afterAll(() => removeTempDir(dir));
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const run = (args: string[]) => spawnSync(tsx, [join(ROOT, 'lib', 'cli', 'vet.ts'), ...args], { encoding: 'utf8', cwd: ROOT });

  it('an empty file exits 2 saying so; a truncated page is read with a warning', () => {
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '');
    const refused = run([empty]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`vet: ${empty} is empty (0 bytes): nothing to read\n`);

    const text = loadFixtureText('x', X_PAGE);
    const cut = join(dir, 'cut.html');
    writeFileSync(cut, text.slice(0, text.lastIndexOf('</body>')));
    const warned = run(['--now', '2025-11-21T00:00:00Z', cut]);
    expect(warned.stderr).toMatch(new RegExp(`^vet: warning: ${cut.replace(/[.]/g, '\\.')} looks truncated`));
    expect(warned.status, warned.stderr).toBe(0);
    expect(warned.stdout.split('\n')[2]).toMatch(/^(Strong fit|Possible fit|Weak fit|Outside brief|Too little to judge)/);
  }, 60_000);
});
