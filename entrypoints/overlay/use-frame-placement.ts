import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { Platform } from '../../lib/contracts/creator';
import type { MoveControl } from '../../components/overlay/overlay-model';
import type { FrameLink } from './frame-channel';
import { frameLink } from './frame-connection';
import { followPlacement, moveControl, reportSize } from './frame-geometry';

/** The link to the content script, once the handshake is done (null before, and for ever outside our frame). */
export function useFrameLink(): FrameLink | null {
  const [link, setLink] = useState<FrameLink | null>(null);
  useEffect(() => {
    let alive = true;
    void frameLink().then((l) => alive && setLink(l));
    return () => {
      alive = false;
    };
  }, []);
  return link;
}

/** The frame's size, place and moves over the private channel (frame-geometry.ts), for the panel. */
export function useFramePlacement(rootRef: RefObject<HTMLElement | null>, platform: Platform | null, link: FrameLink | null): MoveControl {
  useEffect(() => {
    const el = rootRef.current;
    return el && link ? reportSize(el, link) : undefined;
  }, [rootRef, link]);
  useEffect(() => (link ? followPlacement(link, platform) : undefined), [link, platform]);
  return useMemo(() => moveControl(link), [link]);
}
