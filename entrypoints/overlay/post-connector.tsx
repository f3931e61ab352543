import { useMemo, useRef } from 'react';
import { PostCompare } from '../../components/overlay/post-compare';
import { framePlatform } from './frame-platform';
import { useFrameLink, useFramePlacement } from './use-frame-placement';
import { usePostView } from './use-post-view';

/**
 * The overlay page on a post page: the post's comparison from the background, asked for with the
 * mount token the content script's private channel gave us; size and place over that channel, as
 * on a profile. Nothing here saves: saving is the profile overlay's, where the full report is.
 */
export function PostConnector() {
  const rootRef = useRef<HTMLDivElement>(null);
  const platform = useMemo(framePlatform, []);
  const link = useFrameLink();
  const loaded = usePostView(link?.token ?? null);
  const move = useFramePlacement(rootRef, platform, link);
  return (
    <div ref={rootRef} className="vetted-root">
      <PostCompare loaded={loaded} move={move} />
    </div>
  );
}
