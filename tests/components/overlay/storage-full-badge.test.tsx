import { afterEach, describe, expect, it } from 'vitest';
import { OverlayView } from '../../../components/overlay/overlay-view';
import { NOW } from '../../lib/vetting/factory';
import { byTestId, render, viewProps, type Rendered } from './render';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

describe('a full session store', () => {
  it('shows an error on the badge, not the "reading this profile…" spinner', () => {
    const state = {
      status: 'unreadable',
      pageUrl: 'https://x.com/a',
      updatedAt: NOW.toISOString(),
      platform: 'x',
      reason: 'storage-full',
      detail: "the browser's session storage for Vetted is full",
    } as const;
    view = render(<OverlayView {...viewProps({ loaded: { kind: 'state', state } })} />);
    const badge = byTestId(view.container, 'overlay-badge')!;
    expect(badge.dataset.reason).toBe('storage-full');
    expect(badge.getAttribute('role')).toBe('alert');
    expect(badge.getAttribute('aria-busy')).toBeNull();
    expect(badge.textContent).toContain("Vetted's session storage is full");
  });
});
