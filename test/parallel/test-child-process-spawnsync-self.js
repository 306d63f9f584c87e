'use strict';
// spawnSync of this runtime itself: a script's stdout, stderr, exit code
// and process.argv come back.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const result = spawnSync(process.execPath, [
  '-e',
  'console.log(JSON.stringify(process.argv.slice(1))); ' +
  'console.error("to stderr"); process.exitCode = 3;',
  'x', 'y z',
], { encoding: 'utf8' });
assert.strictEqual(result.status, 3);
assert.strictEqual(result.signal, null);
assert.strictEqual(result.stdout, '["x","y z"]\n');
assert.strictEqual(result.stderr, 'to stderr\n');
