const express = require('express');
const errorhandler = require('errorhandler');

const app = express();
app.get('/', (req, res) => res.send('ok'));

// ruleid: js.express.debug-errorhandler
app.use(errorhandler());

function configure(server) {
  // ruleid: js.express.debug-errorhandler
  server.use(errorhandler({ log: true }));
}

if (process.env.NODE_ENV === 'development') {
  // ok: js.express.debug-errorhandler
  app.use(errorhandler());
}

if (app.get('env') !== 'production') {
  // ok: js.express.debug-errorhandler
  app.use(errorhandler({ log: false }));
}

app.use((err, req, res, next) => {
  console.error(err);
  // ok: js.express.debug-errorhandler
  res.status(500).json({ error: 'Internal Server Error' });
});

module.exports = { app, configure };
