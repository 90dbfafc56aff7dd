/**
 * V8 settings for processes that answer requests: imported before anything else by server.ts,
 * and by `atlas mcp` before it loads the API.
 *
 * Allocation-site pretenuring is off. V8 learns, per place in the code that allocates, whether
 * what it allocates tends to outlive a young-generation collection, and from then on allocates
 * there directly in the old generation. A long request that allocates a lot (listing thousands of
 * records from Neo4j, an analysis, an export) keeps its own request, reply and header objects alive
 * across many collections, so V8 learns that the places every request allocates at are long-lived.
 * Every later short request then allocates its garbage in the old generation: measured on Neo4j,
 * `/api/health` went from 22 to 37–40 µs of CPU a request, with 0.7 page faults a request, after a
 * hundred listings. The embedded store's large structures are typed arrays and SQLite's own
 * memory, which pretenuring does not concern.
 */
import v8 from 'node:v8';

v8.setFlagsFromString('--no-allocation-site-pretenuring');
