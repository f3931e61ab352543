import type { SchemaExample } from './schema-example';

/**
 * A database as version 1 left it: creators were `{key, report, savedAt, updatedAt}`, and there was
 * no history store. Frozen: this is what users' browsers hold; never edit it to fit new code.
 */
export const V1_EXAMPLE: SchemaExample = {
  version: 1,
  stores: [
    {
      name: 'creators',
      keyPath: 'key',
      indexes: [{ name: 'by-updatedAt', keyPath: 'updatedAt' }],
      rows: [
        {
          value: {
            key: 'instagram:ana.cocina',
            report: {
              version: 1,
              key: 'instagram:ana.cocina',
              snapshot: {
                creator: {
                  platform: 'instagram',
                  handle: 'ana.cocina',
                  displayName: 'Ana Cocina',
                  profileUrl: 'https://www.instagram.com/ana.cocina/',
                  followers: 48200,
                  following: 612,
                  postsCount: 930,
                  totalLikes: null,
                  verified: false,
                  bio: 'Recetas fáciles',
                  emails: [
                    'ana@example.com',
                  ],
                  links: [
                    'https://linktr.ee/anacocina',
                  ],
                  category: 'Food',
                  provenance: {
                    followers: {
                      source: 'json',
                      exact: true,
                      via: 'test',
                    }
                  },
                  joinedAt: null,
                  capturedAt: '2026-01-10T09:30:00.000Z',
                },
                posts: [
                  {
                    id: 'p1',
                    url: null,
                    publishedAt: '2026-03-01T10:00:00.000Z',
                    publishedAtPrecision: 'exact',
                    likes: 1200,
                    comments: 40,
                    views: null,
                    shares: null,
                    saves: null,
                    rounded: [],
                    kind: 'image',
                    pinned: false,
                    sponsored: false,
                    caption: 'Tortilla',
                  }
                ],
                sources: [
                  'test',
                ]
              },
              computedAt: '2026-01-10T09:30:00.000Z',
              briefId: 'default-micro',
              briefName: 'Micro-influencers (3k–100k)',
              metrics: {
                followers: 48200,
                tier: 'micro',
                eligiblePostIds: [
                  'p1',
                ],
                engagement: {
                  byFollowers: {
                    median: 0.0257,
                    mean: 0.0257,
                  },
                  byViews: null,
                  postsUsed: 1,
                  postsUsedByViews: 0,
                  postIds: [
                    'p1',
                  ],
                  medianInteractions: 1240,
                  reasons: {
                    byFollowers: null,
                    byViews: 'no views shown',
                  },
                  formulas: {
                    byFollowers: 'test formula',
                    byViews: 'test formula',
                  }
                },
                viewRate: null,
                engagementRate: 0.0257,
                engagementRateBasis: 'followers',
                medianViews: null,
                medianLikes: 1200,
                cadence: {
                  postsPerWeek: 2.5,
                  medianGapDays: 2.8,
                  daysSinceLastPost: 4.2,
                  regularity: 0.3,
                  datedPosts: 12,
                  spanDays: 30,
                },
                daysSinceLastPost: 4.2,
                sponsoredShare: 0.125,
                benchmark: null,
                growth: {
                  points: 1,
                  spanDays: 0,
                  perDay: null,
                },
                reasons: {
                  tier: null,
                  viewRate: 'no views',
                  engagementRate: null,
                  cadence: null,
                  sponsoredShare: null,
                  benchmark: 'none',
                },
                formulas: {
                  eligiblePosts: 'test formula',
                  viewRate: 'test formula',
                  engagementRate: 'test formula',
                  postsPerWeek: 'test formula',
                  medianGapDays: 'test formula',
                  daysSinceLastPost: 'test formula',
                  regularity: 'test formula',
                  sponsoredShare: 'test formula',
                }
              },
              authenticity: {
                score: 82,
                signals: [],
                counts: {
                  ok: 0,
                  warn: 0,
                  risk: 0,
                  unknown: 0,
                }
              },
              sponsored: {
                share: 0.125,
                sponsoredPosts: 1,
                postsSeen: 8,
                sponsoredPostIds: [],
                norm: null,
                position: null,
                brands: [],
                competitorMentions: [],
                competitorPostIds: [],
                reason: null,
              },
              price: {
                currency: 'USD',
                format: 'instagram-feed',
                low: 180,
                high: 420,
                expectedViews: null,
                expectedViewsSource: null,
                viewRate: null,
                cpm: {
                  low: 5,
                  high: 12,
                },
                cpmSource: 'https://example.com/cpm',
                medianInteractions: 1240,
                costPerEngagement: null,
                formula: 'test formula',
                costPerEngagementFormula: 'test formula',
                reason: null,
              },
              fit: {
                score: 74,
                verdict: 'possible',
                hardFails: [],
                components: [],
              },
              confidence: {
                level: 'medium',
                score: 60,
                reasons: [],
                postsUsed: 1,
                exactCounts: {
                  followers: 'exact',
                  following: 'exact',
                  postsCount: 'exact',
                  likes: 'exact',
                  comments: 'exact',
                  shares: 'unknown',
                  views: 'unknown',
                },
                snapshotAgeHours: 0,
              }
            },
            savedAt: '2026-01-10T09:31:00.000Z',
            updatedAt: '2026-01-10T09:31:00.000Z',
          }
        },
        {
          value: {
            key: 'tiktok:dani.runs',
            report: {
              version: 1,
              key: 'tiktok:dani.runs',
              snapshot: {
                creator: {
                  platform: 'tiktok',
                  handle: 'dani.runs',
                  displayName: 'Dani Runs 🏃',
                  profileUrl: 'https://www.tiktok.com/@dani.runs',
                  followers: 9870,
                  following: 120,
                  postsCount: 310,
                  totalLikes: 402000,
                  verified: null,
                  bio: 'Recetas fáciles',
                  emails: [],
                  links: [],
                  category: null,
                  provenance: {
                    followers: {
                      source: 'json',
                      exact: true,
                      via: 'test',
                    }
                  },
                  joinedAt: null,
                  capturedAt: '2026-01-12T18:05:00.000Z',
                },
                posts: [
                  {
                    id: 'p1',
                    url: null,
                    publishedAt: '2026-03-01T10:00:00.000Z',
                    publishedAtPrecision: 'exact',
                    likes: 1200,
                    comments: 40,
                    views: null,
                    shares: null,
                    saves: null,
                    rounded: [],
                    kind: 'image',
                    pinned: false,
                    sponsored: false,
                    caption: 'Tortilla',
                  }
                ],
                sources: [
                  'test',
                ]
              },
              computedAt: '2026-01-12T18:05:00.000Z',
              briefId: 'default-micro',
              briefName: 'Micro-influencers (3k–100k)',
              metrics: {
                followers: 9870,
                tier: 'nano',
                eligiblePostIds: [
                  'p1',
                ],
                engagement: {
                  byFollowers: {
                    median: 0.0257,
                    mean: 0.0257,
                  },
                  byViews: null,
                  postsUsed: 1,
                  postsUsedByViews: 0,
                  postIds: [
                    'p1',
                  ],
                  medianInteractions: 1240,
                  reasons: {
                    byFollowers: null,
                    byViews: 'no views shown',
                  },
                  formulas: {
                    byFollowers: 'test formula',
                    byViews: 'test formula',
                  }
                },
                viewRate: null,
                engagementRate: 0.081,
                engagementRateBasis: 'views',
                medianViews: null,
                medianLikes: 1200,
                cadence: {
                  postsPerWeek: 2.5,
                  medianGapDays: 2.8,
                  daysSinceLastPost: 4.2,
                  regularity: 0.3,
                  datedPosts: 12,
                  spanDays: 30,
                },
                daysSinceLastPost: 4.2,
                sponsoredShare: 0.125,
                benchmark: null,
                growth: {
                  points: 1,
                  spanDays: 0,
                  perDay: null,
                },
                reasons: {
                  tier: null,
                  viewRate: 'no views',
                  engagementRate: null,
                  cadence: null,
                  sponsoredShare: null,
                  benchmark: 'none',
                },
                formulas: {
                  eligiblePosts: 'test formula',
                  viewRate: 'test formula',
                  engagementRate: 'test formula',
                  postsPerWeek: 'test formula',
                  medianGapDays: 'test formula',
                  daysSinceLastPost: 'test formula',
                  regularity: 'test formula',
                  sponsoredShare: 'test formula',
                }
              },
              authenticity: {
                score: 82,
                signals: [],
                counts: {
                  ok: 0,
                  warn: 0,
                  risk: 0,
                  unknown: 0,
                }
              },
              sponsored: {
                share: 0.125,
                sponsoredPosts: 1,
                postsSeen: 8,
                sponsoredPostIds: [],
                norm: null,
                position: null,
                brands: [],
                competitorMentions: [],
                competitorPostIds: [],
                reason: null,
              },
              price: {
                currency: 'USD',
                format: 'instagram-feed',
                low: 40,
                high: 95,
                expectedViews: null,
                expectedViewsSource: null,
                viewRate: null,
                cpm: {
                  low: 5,
                  high: 12,
                },
                cpmSource: 'https://example.com/cpm',
                medianInteractions: 1240,
                costPerEngagement: null,
                formula: 'test formula',
                costPerEngagementFormula: 'test formula',
                reason: null,
              },
              fit: {
                score: 55,
                verdict: 'weak',
                hardFails: [],
                components: [],
              },
              confidence: {
                level: 'medium',
                score: 60,
                reasons: [],
                postsUsed: 1,
                exactCounts: {
                  followers: 'exact',
                  following: 'exact',
                  postsCount: 'exact',
                  likes: 'exact',
                  comments: 'exact',
                  shares: 'unknown',
                  views: 'unknown',
                },
                snapshotAgeHours: 0,
              }
            },
            savedAt: '2026-01-08T11:00:00.000Z',
            updatedAt: '2026-01-12T18:06:00.000Z',
          }
        },
      ],
    },
    { name: 'briefs', keyPath: 'id', indexes: [], rows: [
      {
        value: {
          version: 1,
          id: 'summer-26',
          name: 'Summer Glow 2026',
          platforms: [
            'instagram',
            'tiktok',
            'youtube',
            'x',
          ],
          followers: {
            min: 3000,
            max: 100000,
          },
          minEngagement: {
            kind: 'tier-average',
          },
          minPostsPerWeek: 1,
          maxDaysSinceLastPost: 30,
          nicheKeywords: [],
          excludedKeywords: [],
          competitors: [],
          maxSponsoredShare: 0.3,
          budgetPerPost: null,
          landingPage: 'https://shop.example.com/glow?ref=ig',
          tierBoundaries: {
            micro: 10000,
            mid: 100000,
            macro: 500000,
            mega: 1000000,
          },
          weights: {
            engagement: 30,
            authenticity: 25,
            cadence: 15,
            niche: 10,
            audienceSize: 5,
            sponsored: 10,
            budget: 5,
          },
          createdAt: '2026-01-02T00:00:00.000Z',
          updatedAt: '2026-01-02T00:00:00.000Z',
        }
      },
    ] },
    { name: 'settings', indexes: [], rows: [{ key: 'activeBriefId', value: 'summer-26' }] },
  ],
  renamedOnUpgrade: { creators: { savedAt: 'firstSavedAt' } },
};
