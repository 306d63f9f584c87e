'use strict';
// util.promisify(exec/execFile) resolves { stdout, stderr }, rejects with
// the error carrying stdout and stderr, and exposes the ChildProcess as
// promise.child.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { exec, execFile, ChildProcess } = require('child_process');

const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);

const p = execAsync('echo out; echo err >&2');
assert.ok(p.child instanceof ChildProcess);
p.then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { stdout: 'out\n', stderr: 'err\n' });
}));

execFileAsync('/bin/sh', ['-c', 'echo x; exit 5']).catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 5);
  assert.strictEqual(err.stdout, 'x\n');
  assert.strictEqual(err.stderr, '');
}));
