'use strict';
// process.noDeprecation, throwDeprecation, traceDeprecation and
// traceProcessWarnings exist only when their switch is given (true then),
// as in node; a program may still set them itself.
require('../common');
const assert = require('assert');
const { execFileSync, spawnSync } = require('child_process');

const read = 'console.log(JSON.stringify(["noDeprecation", ' +
  '"throwDeprecation", "traceDeprecation", "traceProcessWarnings"]' +
  '.map((k) => k in process ? process[k] : "absent")))';
function flags(...args) {
  return JSON.parse(execFileSync(process.execPath, [...args, '-e', read], {
    env: { ...process.env, NODE_OPTIONS: '' }, encoding: 'utf8',
  }));
}

assert.deepStrictEqual(flags(), ['absent', 'absent', 'absent', 'absent']);
assert.deepStrictEqual(
  flags('--no-deprecation', '--throw-deprecation', '--trace-deprecation',
        '--trace-warnings'),
  [true, true, true, true]);
assert.deepStrictEqual(flags('--trace-warnings'),
                       ['absent', 'absent', 'absent', true]);

// Set by the program: deprecation warnings stop.
const child = spawnSync(process.execPath, ['-e', `
  process.noDeprecation = true;
  require('util').deprecate(() => {}, 'old', 'DEP0')();`],
{ encoding: 'utf8' });
assert.strictEqual(child.stderr, '');
assert.strictEqual(child.status, 0);
