/**
 * Zod settings for the browser, imported before any schema is built. Zod compiles object parsers
 * with `new Function` unless told not to; the server's Content-Security-Policy forbids eval
 * (`script-src 'self'`), so the probe alone would be reported as a violation. Parsing without the
 * compiled fast path costs nothing a person notices at the sizes the client validates.
 */
import { z } from 'zod';

z.config({ jitless: true });
