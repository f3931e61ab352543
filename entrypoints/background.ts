import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from '../lib/background/create-background';
import { servePartsPort } from '../lib/background/parts-port';
import { startTeamSyncService } from '../lib/background/team-sync-service';

export default defineBackground({
  type: 'module',
  main() {
    const sync = startTeamSyncService((line) => console.warn(`[vetted] ${line}`));
    const route = createBackground({ statusStamp: sync.statusStamp });
    browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));
    // A request too large for one message comes in parts (lib/messages/message-parts.ts).
    browser.runtime.onConnect.addListener((port) => servePartsPort(port, route));
  },
});
