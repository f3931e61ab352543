import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../temp-dir';
import { PROBES } from './page-probes';
import { probedCopy } from './unattached-browser';

describe('probedCopy', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach(removeTempDir));
  const build = (html: string) => {
    const dir = makeTempDir('probe-src-');
    made.push(dir);
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'overlay.html'), html);
    writeFileSync(join(dir, 'chunks', 'overlay.js'), 'export {}');
    return dir;
  };
  const into = () => {
    const dir = makeTempDir('probe-copy-');
    made.push(dir);
    return dir;
  };

  it('copies the build and makes the probe the overlay page’s first script, leaving the build as it was', () => {
    const html = '<!DOCTYPE html>\n<html>\n  <head>\n    <script type="module" src="/chunks/overlay.js"></script>\n  </head>\n</html>\n';
    const source = build(html);
    const copy = probedCopy(source, into());
    expect(readFileSync(join(copy, 'bench-probe.js'), 'utf8')).toBe(PROBES);
    expect(existsSync(join(copy, 'chunks', 'overlay.js'))).toBe(true);
    const probed = readFileSync(join(copy, 'overlay.html'), 'utf8');
    expect(probed.indexOf('<script src="/bench-probe.js"></script>')).toBeLessThan(probed.indexOf('/chunks/overlay.js'));
    expect(probed.indexOf('<script src="/bench-probe.js"></script>')).toBeGreaterThan(probed.indexOf('<head>'));
    expect(readFileSync(join(source, 'overlay.html'), 'utf8')).toBe(html);
    expect(existsSync(join(source, 'bench-probe.js'))).toBe(false);
  });

  it('refuses an overlay page it cannot put the probe in', () => {
    expect(() => probedCopy(build('<html><body></body></html>'), into())).toThrow('no <head>');
  });
});
