'use strict';
// Module._stat: 0 for a file, 1 for a directory, a negative errno
// otherwise; a replacement (experimental) is what require() asks.
const common = require('../common');
const assert = require('assert');
const Module = require('module');
const { spawnSync } = require('child_process');

assert.strictEqual(Module._stat(__filename), 0);
assert.strictEqual(Module._stat(__dirname), 1);
assert.ok(Module._stat(`${__filename}.missing`) < 0);
const desc = Object.getOwnPropertyDescriptor(Module, '_stat');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.enumerable, false);

common.expectWarning('ExperimentalWarning',
                     'Module._stat is an experimental feature and might ' +
                     'change at any time');
const original = Module._stat;
const asked = [];
Module._stat = (file) => {
  asked.push(file);
  return -2;
};
assert.throws(() => require('./no-such-module-here'),
              { code: 'MODULE_NOT_FOUND' });
assert.ok(asked.length > 0);
Module._stat = original;

// --no-experimental-global-customevent takes the CustomEvent global away.
const run = spawnSync(process.execPath, [
  '--no-experimental-global-customevent', '-p', 'typeof CustomEvent']);
assert.strictEqual(run.stdout.toString().trim(), 'undefined');
