import type { Platform } from '../../lib/contracts/creator';
import type { PostEvidence } from '../../lib/contracts/report-authenticity';

const noun = (platform: Platform, n: number) => (platform === 'youtube' || platform === 'tiktok' ? (n === 1 ? 'video' : 'videos') : n === 1 ? 'post' : 'posts');

/**
 * What the creator's post pages added to the report, and, when that is what stands between the
 * creator and an engagement figure, how many more of their posts to open. Nothing when no post
 * page was read and none would help.
 */
export function PostPagesNote({ evidence, platform }: { evidence: PostEvidence; platform: Platform }) {
  const { postsFromPostPages, comments, nextStep } = evidence;
  const read = postsFromPostPages > 0 || comments.sampled > 0;
  if (!read && !nextStep) return null;
  return (
    <div className="post-pages-note" data-testid="post-pages-note">
      {read ? (
        <p data-testid="post-pages-read">
          From {noun(platform, 2)} you opened: {postsFromPostPages} {noun(platform, postsFromPostPages)} read on {postsFromPostPages === 1 ? 'its' : 'their'} own page
          {comments.sampled > 0 ? `, ${comments.sampled} comments from ${comments.posts} ${noun(platform, comments.posts)}` : ''}.
        </p>
      ) : null}
      {nextStep ? (
        <p className="post-pages-next" data-testid="post-next-step">
          {nextStep}
        </p>
      ) : null}
    </div>
  );
}
