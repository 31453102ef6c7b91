const axios = require('axios');

// ruleid: js.node.tls-verification-disabled-env
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

async function callPartner(payload) {
  if (process.env.CORPORATE_PROXY) {
    // ruleid: js.node.tls-verification-disabled-env
    process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = "0";
  }
  return axios.post('https://partner.example.com/api', payload);
}

function enforceTls() {
  // ok: js.node.tls-verification-disabled-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
}

function readSetting() {
  // ok: js.node.tls-verification-disabled-env
  return process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
}

module.exports = { callPartner, enforceTls, readSetting };
