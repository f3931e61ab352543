import type { CurrentTab } from '../../lib/shortlist-view/current-tab';
import type { DownloadFile } from '../../lib/shortlist-view/download';
import type { ShortlistPort } from '../../lib/contracts/shortlist-store';
import type { CopyText } from '../../components/shared/copy-field';
import type { TeamSyncPort } from '../../lib/runtime/team-sync-port';

/** Everything the popup needs from the browser, passed in by entrypoints/popup (and by tests). */
export interface PopupServices {
  /** Fails with the store's error (private mode, blocked, …); the popup then still shows the current tab. */
  openShortlist(): Promise<ShortlistPort>;
  currentTab(): Promise<CurrentTab>;
  /**
   * Save the creator on tab `tabId` through the background, as the overlay does (one save path:
   * the tab's own report, refused if the tab has moved on to another creator). Fails with the
   * background's message for the user.
   */
  saveFromTab(tabId: number, key: string): Promise<void>;
  /** Open the dashboard, at one creator when `key` is given. */
  openDashboard(key: string | null): void;
  download(file: DownloadFile): void;
  copyText: CopyText;
  now(): Date;
  /** Another page or the worker wrote the shortlist (the overlay saved, another tab edited): list it again. */
  onShortlistChange?(listener: () => void): () => void;
  /** Called once the shortlist is on screen (the pages use it to mark their first useful paint). */
  onListShown?(): void;
  /** Team sync's status for the small indicator; absent in tests that do not need it. */
  teamSync?: TeamSyncPort;
}
