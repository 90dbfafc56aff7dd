/**
 * The floor for an HTTP request in the scale benchmark: a Fastify server with one route answering
 * `{}`, in a process of its own like the real server, printing its address.
 */
import Fastify from 'fastify';

const app = Fastify();
app.get('/empty', async () => ({}));
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
console.log(`at http://localhost:${typeof address === 'object' && address ? address.port : 0}/`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
