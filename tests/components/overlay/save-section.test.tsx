import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { OverlayView } from '../../../components/overlay/overlay-view';
import type { SaveControl } from '../../../components/overlay/overlay-model';
import { makeReport } from '../../lib/vetting/factory';
import { byTestId, readyState, render, saveControl, typeInto, viewProps, type Rendered } from './render';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

function panelWith(save: SaveControl) {
  view = render(<OverlayView {...viewProps({ loaded: readyState(makeReport()), collapsed: false, save })} />);
  return byTestId(view.container, 'section-save')!;
}

const saveButton = (el: HTMLElement) => [...el.querySelectorAll('button')].find((b) => b.textContent === 'Save to shortlist') as HTMLButtonElement;

async function submit(el: HTMLElement) {
  await act(async () => {
    saveButton(el).click();
  });
}

describe('Save to shortlist', () => {
  it('saves with the typed tag and note, then clears the form', async () => {
    const calls: Array<{ tag: string; note: string }> = [];
    const el = panelWith(saveControl({ onSave: async (input) => (calls.push(input), true) }));
    expect(saveButton(el).type).toBe('submit');
    const [tag, note] = [el.querySelector('input')!, el.querySelector('textarea')!];
    expect(el.querySelector(`label[for="${tag.id}"]`)!.textContent).toBe('Tag');
    expect(el.querySelector(`label[for="${note.id}"]`)!.textContent).toBe('Note');
    act(() => {
      typeInto(tag, 'spring');
      typeInto(note, 'ask about rates');
    });
    await submit(el);
    expect(calls).toEqual([{ tag: 'spring', note: 'ask about rates' }]);
    expect(tag.value).toBe('');
    expect(note.value).toBe('');
  });

  it('once saved: the status and "Open in shortlist" linking to the dashboard on this creator', () => {
    const el = panelWith(
      saveControl({
        state: { phase: 'saved', status: 'shortlisted', updatedAt: '2025-06-01T12:00:00.000Z', tags: ['spring'], justSaved: true },
        dashboardUrl: 'chrome-extension://abc/dashboard.html#key=instagram%3Atest.creator',
      }),
    );
    const status = byTestId(el, 'save-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toMatch(/^Saved — status shortlisted · tags spring · updated /);
    const link = byTestId(el, 'open-in-shortlist') as HTMLAnchorElement;
    expect(link.textContent).toBe('Open in shortlist');
    expect(link.getAttribute('href')).toBe('chrome-extension://abc/dashboard.html#key=instagram%3Atest.creator');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('a creator saved earlier shows as in the shortlist; saving again is still the same button', () => {
    const el = panelWith(saveControl({ state: { phase: 'saved', status: 'contacted', updatedAt: '2025-05-01T12:00:00.000Z', tags: [], justSaved: false } }));
    expect(byTestId(el, 'save-status')!.textContent).toMatch(/^In your shortlist — status contacted · updated /);
    expect(saveButton(el).disabled).toBe(false);
  });

  it('while saving the button is busy and cannot be pressed twice', () => {
    const el = panelWith(saveControl({ state: { phase: 'saving' } }));
    expect(saveButton(el).disabled).toBe(true);
    expect(saveButton(el).getAttribute('aria-busy')).toBe('true');
  });

  it('a storage error is shown as an alert and what the user typed is kept', async () => {
    const control = saveControl({ onSave: async () => false });
    const el = panelWith(control);
    act(() => typeInto(el.querySelector('textarea')!, 'do not lose me'));
    await submit(el);
    const state: SaveControl['state'] = { phase: 'error', message: 'Your browser is out of storage space for Vetted.', detail: 'quota: QuotaExceededError' };
    view!.rerender(<OverlayView {...viewProps({ loaded: readyState(makeReport()), collapsed: false, save: { ...control, state } })} />);
    const error = byTestId(view!.container, 'save-error')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe('Your browser is out of storage space for Vetted. (quota: QuotaExceededError)');
    expect(view!.container.querySelector('textarea')!.value).toBe('do not lose me');
    expect(byTestId(view!.container, 'open-in-shortlist')).toBeNull();
  });
});
