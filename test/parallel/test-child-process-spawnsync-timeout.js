'use strict';
// spawnSync with timeout: the child is killed with killSignal, the result
// carries ETIMEDOUT ('spawnSync sleep ETIMEDOUT'), status null and the
// signal's name.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const result = spawnSync('sleep', ['30'], { timeout: 50 });
assert.strictEqual(result.error.code, 'ETIMEDOUT');
assert.strictEqual(result.error.errno, -110);
assert.strictEqual(result.error.message, 'spawnSync sleep ETIMEDOUT');
assert.deepStrictEqual(result.error.spawnargs, ['30']);
assert.strictEqual(result.status, null);
assert.strictEqual(result.signal, 'SIGTERM');
assert.ok(result.pid > 0);
assert.strictEqual(result.stdout.length, 0);

const killed = spawnSync('sleep', ['30'], { timeout: 50, killSignal: 'SIGKILL' });
assert.strictEqual(killed.signal, 'SIGKILL');
