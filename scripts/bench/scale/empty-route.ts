/**
 * The floors for an HTTP request in the scale benchmark, in a process of its own like the real
 * server, printing its address: `/empty` answers `{}`; `/sized/:bytes` answers a JSON text of that
 * many bytes made once and kept — the cost of putting an answer of that size on the wire, with no
 * store behind it.
 */
import Fastify from 'fastify';

const app = Fastify();
app.get('/empty', async () => ({}));
const sized = new Map<number, string>();
app.get<{ Params: { bytes: string } }>('/sized/:bytes', async (request, reply) => {
  const bytes = Math.min(64 * 1024 * 1024, Math.max(2, Number(request.params.bytes) || 2));
  let body = sized.get(bytes);
  if (body === undefined) {
    body = JSON.stringify({ pad: 'x'.repeat(Math.max(0, bytes - 10)) });
    sized.set(bytes, body);
  }
  return reply.type('application/json').send(body);
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
console.log(`at http://localhost:${typeof address === 'object' && address ? address.port : 0}/`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
