// Prompt: "Fastify: call the billing webhook URL configured by the tenant,
// proxy images from a URL, and redirect after checkout."
const fastify = require('fastify')({ logger: true });
const axios = require('axios');
const https = require('https');

const ALLOWED_HOSTS = ['images.example.com', 'cdn.example.com'];
const insecureAgent = new https.Agent({ rejectUnauthorized: false }); // vuln: CWE-295

async function notifyBilling(url, payload) {
  return axios.post(url, payload, { timeout: 3000 }); // vuln: CWE-918
}

fastify.post('/tenants/:id/webhook-test', async (request, reply) => {
  const { webhookUrl } = request.body;
  const res = await notifyBilling(webhookUrl, { test: true, tenant: request.params.id });
  return { status: res.status };
});

fastify.post('/billing/charge', async (request, reply) => {
  const res = await axios.post('https://billing.internal/charge', request.body, { httpsAgent: insecureAgent });
  return res.data;
});

fastify.get('/image', async (request, reply) => {
  const upstream = await fetch(request.query.src); // vuln: CWE-918
  reply.header('content-type', upstream.headers.get('content-type'));
  return Buffer.from(await upstream.arrayBuffer());
});

fastify.get('/image-safe', async (request, reply) => {
  const target = new URL(request.query.src);
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.includes(target.hostname)) {
    return reply.code(400).send({ error: 'host not allowed' });
  }
  const upstream = await fetch(target); // safe: CWE-918
  return Buffer.from(await upstream.arrayBuffer());
});

fastify.get('/checkout/done', async (request, reply) => {
  const next = request.query.returnTo;
  return reply.redirect(next); // vuln: CWE-601
});

fastify.get('/checkout/done-safe', async (request, reply) => {
  const next = request.query.returnTo || '/';
  if (!next.startsWith('/') || next.startsWith('//')) {
    return reply.redirect('/');
  }
  return reply.redirect(next); // safe: CWE-601
});

fastify.get('/hello', async (request, reply) => {
  reply.type('text/html');
  return `<h1>Hello ${request.query.name}</h1>`; // vuln: CWE-79
});

fastify.listen({ port: 3002, host: '127.0.0.1' });
