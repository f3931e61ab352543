import type { SchemaExample } from './schema-example';
import { V3_EXAMPLE } from './v3';

/**
 * A database as version 4 leaves it: the creators, history, briefs and settings of the version 3
 * example as they were (version 4 does not touch them; reports stored as version 1 are read as
 * version 2 whenever they are read), and every summary rebuilt: the saved creator's verdict as its
 * report now reads (too little to judge: engagement from 1 post) with its line, `fitSummary`; the
 * imported creators' figures as imported, their `fitSummary` null.
 * Frozen: this is what users' browsers hold; never edit it to fit new code.
 */
export const V4_EXAMPLE: SchemaExample = {
  version: 4,
  stores: [
    ...V3_EXAMPLE.stores.filter((store) => store.name !== 'summaries'),
    {
      name: 'summaries',
      indexes: [],
      rows: [
        {
          key: 35,
          value: [
            {
              key: 'youtube:lena.makes',
              platform: 'youtube',
              handle: 'lena.makes',
              displayName: 'Lena Makes',
              profile: {
                profileUrl: 'https://www.youtube.com/@lena.makes',
                followers: 125000,
                following: null,
                postsCount: 212,
                totalLikes: null,
                verified: true,
                emails: [
                  'lena@studio.example',
                ],
                links: [],
                category: null,
              },
              figures: {
                tier: 'macro',
                engagementRate: 0.0412,
                engagementRateBasis: 'views',
                postsPerWeek: 1.5,
                daysSinceLastPost: 3,
                sponsoredShare: 0.2,
                authenticityScore: 77,
                fitScore: 61,
                fitVerdict: 'possible',
                fitSummary: null,
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
              repairs: null,
            },
          ],
        },
        {
          key: 56,
          value: [
            {
              key: 'instagram:ana.cocina',
              platform: 'instagram',
              handle: 'ana.cocina',
              displayName: 'Ana Cocina',
              profile: {
                profileUrl: 'https://www.instagram.com/ana.cocina/',
                followers: 48200,
                following: 612,
                postsCount: 930,
                totalLikes: null,
                verified: false,
                emails: [
                  'ana@example.com',
                ],
                links: [
                  'https://linktr.ee/anacocina',
                ],
                category: 'Food',
              },
              figures: {
                tier: 'micro',
                engagementRate: 0.0257,
                engagementRateBasis: 'followers',
                postsPerWeek: 2.5,
                daysSinceLastPost: 4.2,
                sponsoredShare: 0.125,
                authenticityScore: 82,
                fitScore: 74,
                fitVerdict: 'insufficient-evidence',
                fitSummary: 'Too little to judge · engagement from 1 post',
                briefName: 'Micro-influencers (3k–100k)',
                priceLow: 180,
                priceHigh: 420,
              },
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
              repairs: null,
            },
          ],
        },
      ],
    },
  ],
  renamedOnUpgrade: {},
};
