import { useEffect, useState } from 'react';
import type { OverlayInput } from '../../components/overlay/overlay-model';
import { followTabState } from './tab-state-feed';

/**
 * This tab's state as the background keeps it (tab-state-feed.ts), asked for with this frame's
 * mount token: nothing until the content script's channel has given us one. `initial`: what the
 * first badge already showed, so that the panel taking over does not flash "connecting".
 */
export function useTabState(token: string | null, initial: OverlayInput = { kind: 'connecting' }): OverlayInput {
  const [loaded, setLoaded] = useState<OverlayInput>(initial);
  useEffect(() => (token === null ? undefined : followTabState({ token }, setLoaded)), [token]);
  return loaded;
}
