import type { SchemaExample } from './schema-example';

/**
 * A database as version 2 leaves it: creators with the user's fields (one saved from a report, one
 * imported from a sheet with no report), follower history, a brief and every setting.
 * Frozen: this is what users' browsers hold; never edit it to fit new code.
 */
export const V2_EXAMPLE: SchemaExample = {
  version: 2,
  stores: [
    {
      name: 'creators',
      keyPath: 'key',
      indexes: [
        { name: 'by-updatedAt', keyPath: 'updatedAt' },
        { name: 'by-status', keyPath: 'status' },
        { name: 'by-platform', keyPath: 'platform' },
      ],
      rows: [
        {
          value: {
            key: 'instagram:ana.cocina',
            platform: 'instagram',
            handle: 'ana.cocina',
            displayName: 'Ana Cocina',
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
            imported: null,
            status: 'contacted',
            tags: [
              'food',
              'spain',
            ],
            notes: 'Asked for rates on 1 Feb.\nReplied: 350 USD/post',
            briefId: 'summer-26',
            promoCode: 'ANACOCINA15',
            trackingLink: 'https://shop.example.com/glow?ref=ig&utm_source=instagram&utm_medium=influencer&utm_campaign=summer-glow-2026&utm_content=ana.cocina',
            firstSavedAt: '2026-01-10T09:31:00.000Z',
            updatedAt: '2026-02-01T10:00:00.000Z',
          }
        },
        {
          value: {
            key: 'youtube:lena.makes',
            platform: 'youtube',
            handle: 'lena.makes',
            displayName: 'Lena Makes',
            snapshot: {
              creator: {
                platform: 'youtube',
                handle: 'lena.makes',
                displayName: 'Lena Makes',
                profileUrl: 'https://www.youtube.com/@lena.makes',
                followers: 125000,
                following: null,
                postsCount: 212,
                totalLikes: null,
                verified: true,
                bio: '',
                emails: [
                  'lena@studio.example',
                ],
                links: [],
                category: null,
                provenance: {},
                joinedAt: null,
                capturedAt: '2026-01-20T12:00:00.000Z',
              },
              posts: [],
              sources: [
                'import:csv',
              ]
            },
            report: null,
            imported: {
              tier: 'macro',
              engagementRate: 0.0412,
              engagementRateBasis: 'views',
              postsPerWeek: 1.5,
              daysSinceLastPost: 3,
              sponsoredShare: 0.2,
              authenticityScore: 77,
              fitScore: 61,
              fitVerdict: 'possible',
              briefName: 'Summer Glow 2026',
              priceLow: 900,
              priceHigh: 2100,
            },
            status: 'shortlisted',
            tags: [],
            notes: '',
            briefId: null,
            promoCode: null,
            trackingLink: null,
            firstSavedAt: '2026-01-20T12:00:00.000Z',
            updatedAt: '2026-01-20T12:00:00.000Z',
          }
        },
      ],
    },
    {
      name: 'history',
      keyPath: 'id',
      autoIncrement: true,
      indexes: [{ name: 'by-key', keyPath: 'key' }],
      rows: [
        {
          value: {
            id: 1,
            key: 'instagram:ana.cocina',
            at: '2026-01-10T09:30:00.000Z',
            followers: 48200,
            following: 612,
            postsCount: 930,
          }
        },
        {
          value: {
            id: 2,
            key: 'instagram:ana.cocina',
            at: '2026-02-01T09:59:00.000Z',
            followers: 49100,
            following: 615,
            postsCount: 941,
          }
        },
        {
          value: {
            id: 3,
            key: 'youtube:lena.makes',
            at: '2026-01-20T12:00:00.000Z',
            followers: 125000,
            following: null,
            postsCount: 212,
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
    {
      name: 'settings',
      indexes: [],
      rows: [
        { key: 'activeBriefId', value: 'summer-26' },
        { key: 'lastExportAt', value: '2026-02-15T08:00:00.000Z' },
        { key: 'unsavedChanges', value: 3 },
      ],
    },
  ],
  renamedOnUpgrade: {},
};
