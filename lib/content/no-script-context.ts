/**
 * The wake script's `ctx` (lib/build/lean-content-script-context.ts): that script sends one message
 * at document_start and keeps nothing running, so it needs no lifetime, and the page does not pay
 * for one (an event dispatched and a listener added on every page of the four platforms).
 */
export class ContentScriptContext {
  constructor(readonly name: string) {}
}
