/**
 * Imported first by shortlist-page-api.ts, before any schema is built (zod reads this setting when
 * a schema is made). Extension pages forbid eval, so there zod's probe for `new Function` fails and
 * it validates without its JIT. Code evaluated through CDP is exempt from the page's CSP until its
 * first await, which would let zod turn the JIT on and then fail: say outright what the extension gets.
 */
import { config } from 'zod';

config({ jitless: true });
