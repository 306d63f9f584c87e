'use strict';
// process.env and symbols (read as undefined, assigning throws TypeError,
// delete says true), structuredClone of process.env (a plain copy), and
// DEP0104 once under --pending-deprecation for non-string values.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const sym = Symbol('s');
assert.strictEqual(process.env[sym], undefined);
assert.strictEqual(process.env[Symbol.toStringTag], undefined);
assert.throws(() => { process.env[sym] = 1; }, TypeError);
assert.throws(() => { process.env.NODUS_SYM = sym; }, TypeError);
assert.strictEqual(sym in process.env, false);
assert.strictEqual(delete process.env[sym], true);
assert.strictEqual(Object.getOwnPropertySymbols(process.env).length, 0);

process.env.NODUS_CLONE = 'yes';
const copy = structuredClone(process.env);
assert.strictEqual(Object.getPrototypeOf(copy), Object.prototype);
assert.strictEqual(copy.NODUS_CLONE, 'yes');
assert.deepStrictEqual(Object.keys(copy).sort(),
                       Object.keys(process.env).sort());
const nested = structuredClone({ env: process.env, n: 1 });
assert.strictEqual(nested.env.NODUS_CLONE, 'yes');
assert.strictEqual(nested.n, 1);
copy.NODUS_CLONE = 'no';
assert.strictEqual(process.env.NODUS_CLONE, 'yes');

const script = 'process.env.A = {}; process.env.B = []; process.env.C = 1;' +
  'process.env.D = true; console.log(typeof process.env.A)';
const warned = spawnSync(process.execPath,
                         ['--pending-deprecation', '-e', script],
                         { encoding: 'utf8' });
assert.strictEqual(warned.status, 0);
assert.strictEqual(warned.stdout, 'string\n');
assert.strictEqual(warned.stderr.match(/DEP0104/g).length, 1);
const quiet = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
assert.strictEqual(quiet.stderr, '');
common.mustCall()();
