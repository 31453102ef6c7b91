const express = require('express');
const jwt = require('jsonwebtoken');

// ruleid: js.lang.hardcoded-credentials
const JWT_SECRET = 'f3b1c9e2a7d84c55b0e1';
// ruleid: js.lang.hardcoded-credentials
const API_TOKEN = 'ghp_R2d2C3p0xWing1977LukeLeia';
// ok: js.lang.hardcoded-credentials
const DB_PASSWORD = process.env.DB_PASSWORD;
// ok: js.lang.hardcoded-credentials
const PASSWORD_FIELD = 'password';
// ok: js.lang.hardcoded-credentials
const API_KEY_HEADER = 'x-api-key';
// ok: js.lang.hardcoded-credentials
const SECRET_ENV_NAME = 'STRIPE_SECRET_KEY';

const mailer = {
  host: 'smtp.example.com',
  auth: {
    user: 'noreply@example.com',
    // ruleid: js.lang.hardcoded-credentials
    password: 'P@ssw0rd2024!',
  },
};

const form = {
  // ok: js.lang.hardcoded-credentials
  password: '',
  // ok: js.lang.hardcoded-credentials
  apiKey: 'your-api-key-here',
};

function sign(user) {
  return jwt.sign({ sub: user.id }, JWT_SECRET);
}

module.exports = { mailer, form, sign };

const crypto = require('crypto');
// ruleid: js.lang.hardcoded-credentials
const ENCRYPTION_KEY = Buffer.from('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', 'hex');
// ok: js.lang.hardcoded-credentials
const SESSION_KEY = Buffer.from(process.env.SESSION_KEY_HEX, 'hex');
// ok: js.lang.hardcoded-credentials
const HEADER_BUFFER = Buffer.from('0000000000000000000000', 'hex');
