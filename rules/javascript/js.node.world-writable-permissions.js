const fs = require('fs');
const path = require('path');

function installHook(script) {
  const target = path.join(__dirname, 'hooks', 'post-deploy.sh');
  fs.writeFileSync(target, script);
  // ruleid: js.node.world-writable-permissions
  fs.chmodSync(target, 0o777);
}

function prepareUploads(dir) {
  // ruleid: js.node.world-writable-permissions
  fs.mkdirSync(dir, { recursive: true, mode: 0o777 });
}

async function saveConfig(file, data) {
  // ruleid: js.node.world-writable-permissions
  await fs.promises.writeFile(file, data, { mode: 0o666 });
}

function legacy(file) {
  // ruleid: js.node.world-writable-permissions
  fs.chmod(file, '777', () => {});
}

function safeHook(target) {
  // ok: js.node.world-writable-permissions
  fs.chmodSync(target, 0o750);
}

function safeUploads(dir) {
  // ok: js.node.world-writable-permissions
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
}

function safeConfig(file, data) {
  // ok: js.node.world-writable-permissions
  fs.writeFileSync(file, data, { mode: 0o600 });
}

module.exports = { installHook, prepareUploads, saveConfig, legacy, safeHook, safeUploads, safeConfig };
