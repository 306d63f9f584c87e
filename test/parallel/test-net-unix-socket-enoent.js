'use strict';
// Connecting to a missing Unix socket path fails with
// 'connect ENOENT <path>' (no port) and close(hadError = true).
const common = require('../common');
const assert = require('assert');
const net = require('net');

common.tmpdir.refresh();
const path = common.pipePath('missing.sock');
const socket = net.connect(path);
socket.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, `connect ENOENT ${path}`);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'connect');
  assert.strictEqual(err.address, path);
  assert.strictEqual(err.port, undefined);
}));
socket.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, true)));
