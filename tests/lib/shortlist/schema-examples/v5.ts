import type { SchemaExample } from './schema-example';
import { V4_EXAMPLE } from './v4';

/**
 * A database as version 5 leaves it: everything of the version 4 example as it was, plus the
 * evidence store with the saved YouTube creator's post pages — one video read on its watch page
 * and two of its comments, commenters as keyed hashes — and the per-install commenter key.
 * Frozen: this is what users' browsers hold; never edit it to fit new code.
 */
export const V5_EXAMPLE: SchemaExample = {
  version: 5,
  stores: [
    ...V4_EXAMPLE.stores.filter((store) => store.name !== 'settings'),
    {
      name: 'settings',
      indexes: [],
      rows: [
        { key: 'activeBriefId', value: 'summer-26' },
        { key: 'lastExportAt', value: '2026-02-15T08:00:00.000Z' },
        { key: 'unsavedChanges', value: 3 },
        { key: 'commenterKey', value: '5be0cd19137e2179510e527fade682d19b05688c2b3e6c1f1f83d9abfb41bd6b' },
      ],
    },
    {
      name: 'evidence',
      keyPath: 'key',
      indexes: [{ name: 'by-key', keyPath: 'key' }],
      rows: [
        {
          value: {
            version: 1,
            key: 'youtube:lena.makes',
            platform: 'youtube',
            handle: 'lena.makes',
            posts: [
              {
                id: 'dQw4w9WgXcQ',
                url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
                publishedAt: '2026-02-10T15:00:00.000Z',
                publishedAtPrecision: 'exact',
                likes: 4210,
                comments: 312,
                views: 98000,
                shares: null,
                saves: null,
                rounded: [],
                kind: 'video',
                pinned: false,
                sponsored: true,
                caption: 'Glow routine in 5 minutes',
              },
            ],
            samples: [
              {
                postId: 'dQw4w9WgXcQ',
                totalComments: 312,
                comments: [
                  {
                    id: 'UgxA1',
                    authorKey: '3f1e0c8a9b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f',
                    text: 'Tried this today, works!',
                    publishedAt: '2026-02-11T09:00:00.000Z',
                    likes: 12,
                    replies: 1,
                    byCreator: false,
                    creatorReplied: true,
                    creatorLiked: true,
                  },
                  {
                    id: 'UgxA2',
                    authorKey: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1',
                    text: '😍😍',
                    publishedAt: null,
                    likes: 0,
                    replies: 0,
                    byCreator: false,
                    creatorReplied: null,
                    creatorLiked: null,
                  },
                ],
                readAt: '2026-02-12T10:00:00.000Z',
                sources: ['capture:next'],
              },
            ],
            updatedAt: '2026-02-12T10:00:00.000Z',
          },
        },
      ],
    },
  ],
  renamedOnUpgrade: {},
};
