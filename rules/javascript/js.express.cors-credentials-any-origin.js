const express = require('express');
const cors = require('cors');

const app = express();

// ruleid: js.express.cors-credentials-any-origin
app.use(cors({ origin: true, credentials: true }));

// ruleid: js.express.cors-credentials-any-origin
app.use('/api', cors({ credentials: true, origin: '*', methods: ['GET', 'POST'] }));

// ruleid: js.express.cors-credentials-any-origin
app.use(cors({ origin: (origin, callback) => callback(null, true), credentials: true }));

const allowed = new Set(['https://app.example.com']);

// ok: js.express.cors-credentials-any-origin
app.use(cors({ origin: (origin, cb) => cb(null, !origin || allowed.has(origin)), credentials: true }));

// ok: js.express.cors-credentials-any-origin
app.use(cors({ origin: 'https://app.example.com', credentials: true }));

// ok: js.express.cors-credentials-any-origin
app.use('/public', cors({ origin: '*' }));

module.exports = app;

app.use(
  cors({
    methods: ['GET', 'POST'],
    // ruleid: js.express.cors-credentials-any-origin
    origin: true,
    credentials: true,
  }),
);

const Koa = require('koa');
const koaCors = require('@koa/cors');
const koa = new Koa();

// @koa/cors: an origin function that echoes the caller's Origin allows every site
koa.use(koaCors({
  // ruleid: js.express.cors-credentials-any-origin
  origin: (ctx) => ctx.get('Origin'),
  credentials: true,
}));

koa.use(koaCors({
  credentials: true,
  // ruleid: js.express.cors-credentials-any-origin
  origin: async (ctx) => {
    return ctx.request.header.origin;
  },
}));

const TRUSTED = new Set(['https://app.example.com', 'https://admin.example.com']);
koa.use(koaCors({
  // ok: js.express.cors-credentials-any-origin
  origin: (ctx) => (TRUSTED.has(ctx.get('Origin')) ? ctx.get('Origin') : ''),
  credentials: true,
}));

app.use(cors({
  // ruleid: js.express.cors-credentials-any-origin
  origin: (origin, callback) => callback(null, origin),
  credentials: true,
}));

app.use(cors({
  // ok: js.express.cors-credentials-any-origin
  origin: (origin, callback) => callback(null, false),
  credentials: true,
}));
