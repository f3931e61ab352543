import { RequestSchema, type ErrorCode, type ErrorResponse, type RequestOf, type RequestType, type ResponseOf } from './protocol';
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

/**
 * Validate, authorise, dispatch. Never throws: a malformed, unknown or unauthorised message gets a
 * typed error and no handler runs, so it cannot change anything.
 */
export function createRouter(handlers: HandlerTable, identity: { extensionId: string; extensionOrigin: string }, log: (message: string) => void = () => {}) {
  return async function route(message: unknown, sender: SenderInfo): Promise<ResponseOf<RequestType>> {
    try {
      const role = classifySender(sender, identity.extensionId, identity.extensionOrigin);
      if (!role) return errorResponse('forbidden', 'sender is not part of Vetted');
      const parsed = RequestSchema.safeParse(message);
      if (!parsed.success) {
        const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
        const known = RequestSchema.options.some((option) => option.shape.type.value === type);
        log(`rejected message: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
        return known
          ? errorResponse('bad-request', `malformed ${String(type)}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).slice(0, 3).join('; ')}`)
          : errorResponse('unknown-type', 'unknown message type');
      }
      const request = parsed.data;
      const entry = handlers[request.type] as { roles: readonly SenderRole[]; handle: Handler<RequestType> };
      if (!entry.roles.includes(role)) return errorResponse('forbidden', `${request.type} is not allowed from ${role}`);
      return await entry.handle(request, { role, tabId: sender.tab?.id ?? null, sender });
    } catch (error) {
      log(`handler failed: ${error instanceof Error ? error.message : String(error)}`);
      return errorResponse('internal', 'Vetted hit an internal error; nothing was changed');
    }
  };
}
