/**
 * What the wake script learned about the background, for the profile script that runs later in the
 * same isolated world (all of an extension's content scripts in a frame share one: the page cannot
 * see or set this). A `page/wake` sent at document_start and still unanswered at document_end means
 * the worker is starting: the profile script then mounts the frame at once instead of first waiting
 * for its own message to go unanswered.
 */
const SLOT = Symbol.for('vetted.wake');

export type WakeSignal = 'starting' | 'awake';

type Slotted = { [SLOT]?: WakeSignal };

/** Record that the wake message went out, and when it is answered. */
export function recordWake(scope: object, answer: Promise<unknown> | undefined): void {
  const slotted = scope as Slotted;
  slotted[SLOT] = 'starting';
  void answer?.then(
    () => {
      slotted[SLOT] = 'awake';
    },
    // A worker that fails to answer is not known to be awake: leave it starting.
    () => {},
  );
}

/** 'starting': the wake message is still unanswered; 'awake': it was answered; null: none was sent. */
export function wakeSignal(scope: object): WakeSignal | null {
  return (scope as Slotted)[SLOT] ?? null;
}
