import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

// The lookup benchmark's baseline: a bare Fastify app that answers the same two routes with the
// same bytes as Waybill, read once from the files named on the command line, from memory.
// Usage: bare-server <json-file> <html-file>; prints its URL on the first line.
const [jsonFile, htmlFile] = process.argv.slice(2) as [string, string];
const json = readFileSync(jsonFile);
const html = readFileSync(htmlFile);
const app = Fastify({ logger: false });
app.get('/v1/shipments/:id', (_request, reply) => reply.type('application/json; charset=utf-8').send(json));
app.get('/t/:token', (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${url}\n`);
