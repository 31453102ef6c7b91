const logger = require('./logger');

async function login(username, password) {
  // ruleid: js.lang.logging-secrets
  console.log('Login attempt', username, password);
  return { username };
}

function onToken(user, token) {
  // ruleid: js.lang.logging-secrets
  logger.info(`issued token ${token} for ${user.id}`);
}

function connect(config) {
  // ruleid: js.lang.logging-secrets
  console.debug('connecting with key ' + config.apiKey);
}

function register(req) {
  // ruleid: js.lang.logging-secrets
  logger.debug('new registration', { email: req.body.email, password: req.body.password });
}

function safeLogin(username) {
  // ok: js.lang.logging-secrets
  console.log('Login attempt for', username);
}

function safeReset(user) {
  // ok: js.lang.logging-secrets
  logger.info('password reset requested', { userId: user.id });
}

function safeToken(user, token) {
  // ok: js.lang.logging-secrets
  logger.info('issued token', { userId: user.id, scope: 'api' });
}

module.exports = { login, onToken, connect, register, safeLogin, safeReset, safeToken };

function listTokens(log) {
  // ok: js.lang.logging-secrets
  log.info('token', 'getting list');
}

function addUser(log, body) {
  // ok: js.lang.logging-secrets
  log.verbose('adduser', 'before first PUT', { ...body, password: 'XXXXX' });
}

function issued(log, token) {
  // ruleid: js.lang.logging-secrets
  log.info('token', token);
}

function removeTokens(log, toRemove) {
  // todook: js.lang.logging-secrets (engine: <... $S ...> binds the text inside a string literal)
  log.info('token', `removing ${toRemove.length} tokens`);
}

function awsSetup(log) {
  // ruleid: js.lang.logging-secrets
  log.info('aws credentials', process.env.AWS_SECRET_ACCESS_KEY);
}

function clientInit(opts) {
  // ruleid: js.lang.logging-secrets
  console.log('init client', opts.apiKey);
  // ruleid: js.lang.logging-secrets
  logger.debug(`using access key ${opts.accessKey}`);
}

function signer(privateKey, secretKey) {
  // ruleid: js.lang.logging-secrets
  console.log('loaded signing material', privateKey);
  // ruleid: js.lang.logging-secrets
  logger.info('hmac', secretKey);
}

function cacheLookup(log, cacheKey, primaryKey) {
  // ok: js.lang.logging-secrets
  log.debug('cache miss', cacheKey);
  // ok: js.lang.logging-secrets
  log.debug('row', primaryKey);
}

function tableInfo(table, event) {
  // ok: js.lang.logging-secrets
  console.log('table', table.sortKey, table.partitionKey);
  // ok: js.lang.logging-secrets
  console.log('pressed', event.keyCode);
}
