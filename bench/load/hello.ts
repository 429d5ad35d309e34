/**
 * The baseline of the dashboard scenario: a bare Fastify answering "hello" on the port in argv, as the portal's
 * server process would if it did no work at all. bench/load/run.ts starts it in a process of its own.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ host: '127.0.0.1', port: Number(process.argv[2]) });
console.log('ready');
