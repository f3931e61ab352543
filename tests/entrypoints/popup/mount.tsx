import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// React warns about updates outside act() unless it knows it runs under a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  container: HTMLElement;
  root: Root;
  unmount(): Promise<void>;
}

const mounted: Mounted[] = [];

/** Render into a fresh container in document.body. Shared by the popup and dashboard component tests. */
export async function mount(node: ReactNode): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  const m: Mounted = {
    container,
    root,
    async unmount() {
      await act(async () => root.unmount());
      container.remove();
    },
  };
  mounted.push(m);
  return m;
}

export async function unmountAll(): Promise<void> {
  for (const m of mounted.splice(0)) await m.unmount();
}

/** Poll `check` (flushing React between tries) until it returns a value other than undefined/false. */
export async function waitFor<T>(check: () => T | undefined | null | false, what = 'condition', timeout = 5_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('click: no element');
  await act(async () => {
    (el as HTMLElement).click();
  });
}

/** Set a controlled input's or select's value the way a user does, so React's onChange runs. */
export async function typeInto(el: Element | null | undefined, value: string): Promise<void> {
  if (!el) throw new Error('typeInto: no element');
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  await act(async () => {
    setter?.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

export async function press(el: Element | null | undefined, key: string): Promise<void> {
  if (!el) throw new Error('press: no element');
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

export async function blur(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('blur: no element');
  await act(async () => {
    // React's onBlur listens to focusout; blur() only sends it when the element had the focus.
    if (document.activeElement === el) (el as HTMLElement).blur();
    else el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

/** A button (or link) by its accessible name: aria-label if set, else its text. */
export function byName(root: ParentNode, name: string | RegExp, selector = 'button'): HTMLElement | undefined {
  const matches = (text: string) => (typeof name === 'string' ? text.trim() === name : name.test(text));
  return [...root.querySelectorAll<HTMLElement>(selector)].find((el) => matches(el.getAttribute('aria-label') ?? el.textContent ?? ''));
}

export function byTestId(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
}

/** Retry an async assertion (flushing React between tries) until it passes or the time is up. */
export async function eventually(assertion: () => Promise<void>, timeout = 5_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() - start > timeout) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    }
  }
}
