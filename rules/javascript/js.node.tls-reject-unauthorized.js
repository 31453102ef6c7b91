const https = require('https');
const tls = require('tls');
const axios = require('axios');
const { Pool } = require('pg');

async function fetchInternal(url) {
  // ruleid: js.node.tls-reject-unauthorized
  const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
  return axios.get(url, { httpsAgent: agent });
}

function connectSocket(host, port) {
  // ruleid: js.node.tls-reject-unauthorized
  return tls.connect({ host, port, rejectUnauthorized: false }, () => {
    console.log('connected');
  });
}

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  // ruleid: js.node.tls-reject-unauthorized
  ssl: { rejectUnauthorized: false },
});

function patchOptions(options) {
  // ruleid: js.node.tls-reject-unauthorized
  options.rejectUnauthorized = false;
  return https.request(options);
}

function secureAgent(ca) {
  // ok: js.node.tls-reject-unauthorized
  return new https.Agent({ ca, rejectUnauthorized: true });
}

function defaultAgent() {
  // ok: js.node.tls-reject-unauthorized
  return new https.Agent({ keepAlive: true });
}

function fromConfig(config) {
  // ok: js.node.tls-reject-unauthorized
  return new https.Agent({ rejectUnauthorized: config.verifyTls });
}

module.exports = { fetchInternal, connectSocket, pool, patchOptions, secureAgent, defaultAgent, fromConfig };
