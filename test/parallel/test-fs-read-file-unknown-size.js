'use strict';
// Files whose size stat cannot tell (procfs) are read to the end anyway.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

if (!fs.existsSync('/proc/self/status')) {
  process.exit(0);
}
assert.strictEqual(fs.statSync('/proc/self/status').size, 0);
const text = fs.readFileSync('/proc/self/status', 'utf8');
assert.match(text, /^Name:/);
assert.ok(Buffer.isBuffer(fs.readFileSync('/proc/self/status')));
assert.ok(fs.readFileSync('/proc/self/status').length > 100);

fs.readFile('/proc/self/status', 'latin1', common.mustSucceed((data) => {
  assert.match(data, /\nPid:\s+\d+\n/);
}));
fs.promises.readFile('/proc/self/status').then(common.mustCall((data) => {
  assert.match(data.toString(), /^Name:/);
}));
