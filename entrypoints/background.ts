import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from '../lib/background/create-background';
import { startTeamSyncService } from '../lib/background/team-sync-service';

export default defineBackground({
  type: 'module',
  main() {
    const sync = startTeamSyncService((line) => console.warn(`[vetted] ${line}`));
    const route = createBackground({ statusStamp: sync.statusStamp });
    browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));
  },
});
