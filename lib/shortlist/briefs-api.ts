import { CampaignBriefSchema } from '../contracts/report';
import { readBrief, readBriefs } from './brief-store';
import type { Connection } from './connection';
import { invalidInput, StoreError } from './errors';
import { addUnsavedChanges } from './settings-store';
import type { BriefsApi } from './shortlist-api';

/** The stored campaign briefs and which one is active. */
export function createBriefsApi({ run }: Connection): BriefsApi {
  return {
    list: () => run(['briefs'], 'readonly', (tx) => readBriefs(tx.objectStore('briefs'))),
    async put(brief) {
      const parsed = CampaignBriefSchema.safeParse(brief);
      if (!parsed.success) throw invalidInput('brief', parsed.error.issues);
      return run(['briefs', 'settings'], 'readwrite', async (tx) => {
        await tx.objectStore('briefs').put(parsed.data);
        await addUnsavedChanges(tx.objectStore('settings'), 1);
        return parsed.data;
      });
    },
    remove: (id) =>
      run(['briefs', 'settings'], 'readwrite', async (tx) => {
        const settings = tx.objectStore('settings');
        await tx.objectStore('briefs').delete(id);
        if ((await settings.get('activeBriefId')) === id) await settings.delete('activeBriefId');
        await addUnsavedChanges(settings, 1);
      }),
    getActive: () =>
      run(['briefs', 'settings'], 'readonly', async (tx) => {
        const id = await tx.objectStore('settings').get('activeBriefId');
        return typeof id === 'string' ? readBrief(tx.objectStore('briefs'), id) : null;
      }),
    setActive: (id) =>
      run(['briefs', 'settings'], 'readwrite', async (tx) => {
        const settings = tx.objectStore('settings');
        if (id === null) return settings.delete('activeBriefId');
        if ((await tx.objectStore('briefs').get(id)) === undefined) throw new StoreError('invalid', `no brief with id ${id}`);
        await settings.put(id, 'activeBriefId');
      }),
  };
}
