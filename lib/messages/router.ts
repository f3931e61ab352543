import { REQUEST_TYPES, RequestSchema, type ErrorCode, type ErrorResponse, type RequestOf, type RequestType, type ResponseOf } from './protocol';
import { classifySender, type SenderInfo, type SenderRole } from './sender';

export interface HandlerContext {
  role: SenderRole;
  /** The tab the message came from (content script or overlay), if any. */
  tabId: number | null;
  sender: SenderInfo;
}

export type Handler<T extends RequestType> = (request: RequestOf<T>, context: HandlerContext) => Promise<ResponseOf<T>>;

export type HandlerTable = { [T in RequestType]: { roles: readonly SenderRole[]; handle: Handler<T> } };

export function errorResponse(code: ErrorCode, message: string): ErrorResponse {
  return { ok: false, error: { code, message } };
}

export interface RouterIdentity {
  extensionId: string;
  extensionOrigin: string;
  /** Whether this frame of this tab holds the tab's current overlay mount token (lib/background/mount-store.ts). */
  overlayMounted(tabId: number, frameId: number, token: string): Promise<boolean>;
}

/** The overlay's own first request proves the token itself; every other overlay request must come from the frame that did. */
const CONNECT = 'overlay/connect';

/**
 * Validate, authorise, dispatch. Never throws: a malformed, unknown or unauthorised message gets a
 * typed error and no handler runs, so it cannot change anything.
 */
export function createRouter(handlers: HandlerTable, identity: RouterIdentity, log: (message: string) => void = () => {}) {
  return async function route(message: unknown, sender: SenderInfo): Promise<ResponseOf<RequestType>> {
    try {
      const role = classifySender(sender, identity.extensionId, identity.extensionOrigin);
      if (!role) return errorResponse('forbidden', 'sender is not part of Vetted');
      const parsed = RequestSchema.safeParse(message);
      if (!parsed.success) {
        const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
        const known = typeof type === 'string' && REQUEST_TYPES.includes(type);
        log(`rejected message: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
        return known
          ? errorResponse('bad-request', `malformed ${String(type)}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).slice(0, 3).join('; ')}`)
          : errorResponse('unknown-type', 'unknown message type');
      }
      const request = parsed.data;
      const entry = handlers[request.type] as { roles: readonly SenderRole[]; handle: Handler<RequestType> };
      if (!entry.roles.includes(role)) return errorResponse('forbidden', `${request.type} is not allowed from ${role}`);
      const tabId = sender.tab?.id ?? null;
      if (role === 'overlay' && request.type !== CONNECT) {
        const token = 'token' in request ? request.token : null;
        const frameId = sender.frameId;
        if (tabId === null || typeof frameId !== 'number' || typeof token !== 'string' || !(await identity.overlayMounted(tabId, frameId, token))) {
          return errorResponse('forbidden', "this frame is not the tab's Vetted overlay");
        }
      }
      return await entry.handle(request, { role, tabId, sender });
    } catch (error) {
      log(`handler failed: ${error instanceof Error ? error.message : String(error)}`);
      return errorResponse('internal', 'Vetted hit an internal error; nothing was changed');
    }
  };
}
