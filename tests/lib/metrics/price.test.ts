import { describe, expect, it } from 'vitest';
import { estimatePrice, priceFormatFor } from '../../../lib/metrics/price';
import { makePost } from '../vetting/factory';

const noOverrides = {};

describe('estimatePrice', () => {
  it('prices from median views when shown (TikTok $5–15 CPM)', () => {
    const p = estimatePrice({ platform: 'tiktok', followers: 50_000, eligible: [], medianViews: 20_000, medianInteractions: 1_500, brief: noOverrides });
    // 20,000 × 5 / 1,000 = 100; 20,000 × 15 / 1,000 = 300
    expect(p).toMatchObject({ format: 'tiktok-video', low: 100, high: 300, expectedViews: 20_000, expectedViewsSource: 'median-views', viewRate: null });
    // 100 / 1,500 = 0.0667 → 0.07; 300 / 1,500 = 0.2
    expect(p.costPerEngagement).toEqual({ low: 0.07, high: 0.2 });
    expect(p.formula).toBe('median views of the eligible posts (20,000) × CPM $5–$15 ÷ 1,000');
    expect(p.cpmSource).toMatch(/^https:/);
  });

  it('falls back to followers × view rate (Instagram feed 25 %, Reel 40 %, YouTube 30 %)', () => {
    const images = [makePost({ kind: 'image' }), makePost({ kind: 'carousel' })];
    const feed = estimatePrice({ platform: 'instagram', followers: 20_000, eligible: images, medianViews: null, medianInteractions: null, brief: noOverrides });
    // 20,000 × 0.25 = 5,000 views → 5,000 × 5 / 1,000 = 25; × 15 / 1,000 = 75
    expect(feed).toMatchObject({ format: 'instagram-feed', expectedViews: 5_000, viewRate: 0.25, low: 25, high: 75, costPerEngagement: null });
    const videos = [makePost({ kind: 'video' }), makePost({ kind: 'video' }), makePost({ kind: 'image' })];
    const reel = estimatePrice({ platform: 'instagram', followers: 20_000, eligible: videos, medianViews: null, medianInteractions: 400, brief: noOverrides });
    // 20,000 × 0.4 = 8,000 → 40–120; CPE 40 / 400 = 0.1, 120 / 400 = 0.3
    expect(reel).toMatchObject({ format: 'instagram-reel', expectedViews: 8_000, low: 40, high: 120, costPerEngagement: { low: 0.1, high: 0.3 } });
    const yt = estimatePrice({ platform: 'youtube', followers: 100_000, eligible: [], medianViews: null, medianInteractions: null, brief: noOverrides });
    // 100,000 × 0.3 = 30,000 → × 15 / 1,000 = 450; × 30 / 1,000 = 900
    expect(yt).toMatchObject({ format: 'youtube-video', low: 450, high: 900 });
  });

  it('keeps cents under $10, so a nano creator is not priced at $0', () => {
    const feed = estimatePrice({ platform: 'instagram', followers: 106, eligible: [makePost({ kind: 'image' })], medianViews: null, medianInteractions: 14.5, brief: noOverrides });
    // 106 × 0.25 = 26.5 views → × 5 / 1,000 = 0.1325 → 0.13; × 15 / 1,000 = 0.3975 → 0.40
    expect(feed).toMatchObject({ low: 0.13, high: 0.4 });
    // 0.13 / 14.5 = 0.009 → 0.01; 0.40 / 14.5 = 0.028 → 0.03
    expect(feed.costPerEngagement).toEqual({ low: 0.01, high: 0.03 });
    // Whole dollars from $10: 2,500 × 0.25 = 625 views → 3.125 (cents) and 9.375 (cents); 10,000 followers → 12.5 → 13 (whole)
    expect(estimatePrice({ platform: 'instagram', followers: 2_500, eligible: [], medianViews: null, medianInteractions: null, brief: noOverrides })).toMatchObject({ low: 3.13, high: 9.38 });
    expect(estimatePrice({ platform: 'instagram', followers: 10_000, eligible: [], medianViews: null, medianInteractions: null, brief: noOverrides })).toMatchObject({ low: 13, high: 38 });
  });

  it('writes its CPM in the one money style: "CPM $5–$15", and cents when a brief sets a CPM under $10', () => {
    expect(estimatePrice({ platform: 'instagram', followers: 10_000, eligible: [], medianViews: null, medianInteractions: null, brief: noOverrides }).formula).toContain('× CPM $5–$15 ÷ 1,000');
    const cheap = estimatePrice({ platform: 'tiktok', followers: 10_000, eligible: [], medianViews: null, medianInteractions: null, brief: { cpm: { 'tiktok-video': { low: 2.5, high: 8 } }, viewRates: {} } });
    expect(cheap.formula).toContain('× CPM $2.50–$8.00 ÷ 1,000');
  });

  it('uses the brief’s CPM and view-rate overrides', () => {
    const p = estimatePrice({
      platform: 'tiktok',
      followers: 10_000,
      eligible: [],
      medianViews: null,
      medianInteractions: null,
      brief: { cpm: { 'tiktok-video': { low: 10, high: 20 } }, viewRates: { 'tiktok-video': 0.5 } },
    });
    // 10,000 × 0.5 = 5,000 → 50–100
    expect(p).toMatchObject({ low: 50, high: 100, cpm: { low: 10, high: 20 }, cpmSource: 'brief', viewRate: 0.5 });
  });

  it('gives null with a reason when neither views nor followers are known', () => {
    const p = estimatePrice({ platform: 'x', followers: null, eligible: [], medianViews: null, medianInteractions: 10, brief: noOverrides });
    expect(p.low).toBeNull();
    expect(p.high).toBeNull();
    expect(p.reason).toBe('neither views nor followers are known');
  });

  it('picks the format by platform', () => {
    expect(priceFormatFor('x', [])).toBe('x-post');
    expect(priceFormatFor('instagram', [])).toBe('instagram-feed');
    expect(priceFormatFor('instagram', [makePost({ kind: 'video' }), makePost({ kind: 'image' })])).toBe('instagram-feed'); // half is not most
  });
});
