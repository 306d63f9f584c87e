'use strict';
// version, versions, release, platform/arch, pid/ppid, title and the
// EventEmitter nature of process.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.match(process.version, /^v20\.\d+\.\d+$/);
assert.strictEqual(process.versions.node, process.version.slice(1));
for (const key of ['v8', 'uv', 'zlib', 'ares', 'openssl', 'modules']) {
  assert.strictEqual(typeof process.versions[key], 'string', key);
}
assert.strictEqual(process.release.name, 'node');
assert.strictEqual(process.platform, 'linux');
assert.strictEqual(typeof process.arch, 'string');
assert.ok(Number.isInteger(process.pid) && process.pid > 0);
assert.ok(Number.isInteger(process.ppid) && process.ppid > 0);
assert.strictEqual(typeof process.title, 'string');
const title = process.title;
process.title = 12345;
assert.strictEqual(process.title, '12345');
process.title = title;
assert.ok(process instanceof EventEmitter);
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
assert.strictEqual(typeof process.getuid(), 'number');
assert.ok(process.getgroups().includes(process.getegid()));
assert.strictEqual(require('process'), process);
