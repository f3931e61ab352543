import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../lib/contracts/creator';
import { FIXTURES_DIR, fixtureFiles, loadExpectation } from './fixture-harness';

describe('fixture conventions', () => {
  for (const platform of PLATFORMS) {
    const dir = join(FIXTURES_DIR, platform);
    it(`${platform}: every fixture has an expected file and every expected file a fixture`, () => {
      expect(existsSync(dir), `create tests/fixtures/${platform}/ with at least one fixture`).toBe(true);
      const files = readdirSync(dir);
      for (const file of files.filter((f) => f.endsWith('.expected.json'))) {
        const base = file.replace(/\.expected\.json$/, '');
        expect(
          files.some((f) => f === `${base}.html` || f === `${base}.json`),
          `${platform}/${file} has no fixture beside it: add ${base}.html or ${base}.json, or delete the expected file`,
        ).toBe(true);
      }
      const fixtures = fixtureFiles(platform);
      expect(fixtures.length, `${platform} needs at least one fixture`).toBeGreaterThan(0);
      for (const file of fixtures) {
        const expectedName = file.replace(/\.(html|json)$/, '.expected.json');
        expect(files.includes(expectedName), `${platform}/${file} has no ${expectedName}: write one from what the page says`).toBe(true);
        const expectation = loadExpectation(platform, file);
        expect(expectation.source, `${platform}/${expectedName}: name the original under ../shared/fixtures/real/`).toMatch(/\S/);
        expect(['page', 'capture']).toContain(expectation.kind);
        expect(() => new URL(expectation.url)).not.toThrow();
        expect(Number.isNaN(Date.parse(expectation.now)), `${expectedName}: "now" must be an ISO date`).toBe(false);
      }
    });
  }
});
