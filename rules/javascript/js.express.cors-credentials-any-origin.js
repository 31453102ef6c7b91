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
