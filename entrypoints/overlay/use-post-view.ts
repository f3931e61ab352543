import { useEffect, useState } from 'react';
import { askBackground } from '../../lib/runtime/ask-background';
import type { PostInput } from '../../components/overlay/post-compare';

/**
 * The post this tab shows against its creator's median, from the background, asked for with this
 * frame's mount token (nothing until the content script's channel has given us one). Asked again
 * whenever the tab is shown again: the user may have opened the creator's profile in another tab
 * meanwhile, and the verdict and medians come from that.
 */
export function usePostView(token: string | null): PostInput {
  const [loaded, setLoaded] = useState<PostInput>({ kind: 'connecting' });

  useEffect(() => {
    if (token === null) return;
    let alive = true;
    const ask = async () => {
      const answer = await askBackground({ type: 'overlay/post', token });
      if (!alive) return;
      setLoaded(answer.ok ? { kind: 'view', view: answer.value.view } : { kind: 'error', message: answer.message });
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void ask();
    };
    document.addEventListener('visibilitychange', onVisible);
    void ask();
    return () => {
      alive = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [token]);

  return loaded;
}
