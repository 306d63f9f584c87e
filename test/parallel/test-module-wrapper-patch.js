'use strict';
// Module.wrapper and Module.wrap can be edited or replaced (what code
// coverage instrumenters do); modules loaded afterwards run in the new
// wrapper. module.parent warns (DEP0144) under --pending-deprecation or
// NODE_PENDING_DEPRECATION=1. Loading still works after a program breaks
// array iteration.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const Module = require('module');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const dep = (name) => {
  const file = path.join(tmpdir.path, name);
  fs.writeFileSync(file, 'module.exports = typeof wrapped;');
  return file;
};

assert.match(Module.wrap('x'),
             /^\(function \(exports, require, module, __filename, __dirname\) \{ x\n\}\);$/);
assert.strictEqual(require(dep('plain.js')), 'undefined');

const original = Module.wrapper[0];
Module.wrapper[0] += 'var wrapped = 1;';
assert.strictEqual(require(dep('edited.js')), 'number');
Module.wrapper[0] = original;

const originalWrap = Module.wrap;
Module.wrap = (script) => originalWrap(`var wrapped = 'yes'; ${script}`);
assert.strictEqual(require(dep('replaced.js')), 'string');
Module.wrap = originalWrap;
assert.strictEqual(require(dep('restored.js')), 'undefined');

for (const [args, env] of [[['--pending-deprecation'], {}],
                           [[], { NODE_PENDING_DEPRECATION: '1' }]]) {
  const run = spawnSync(process.execPath, [...args, '-e', 'module.parent'],
                        { encoding: 'utf8', env: { ...process.env, ...env } });
  assert.match(run.stderr, /\[DEP0144\] DeprecationWarning: module\.parent/);
}
const quiet = spawnSync(process.execPath, ['-e', 'module.parent'],
                        { encoding: 'utf8' });
assert.strictEqual(quiet.stderr, '');

const script = path.join(tmpdir.path, 'break-iteration.js');
// The builtins it needs are loaded first: nodus compiles internal modules
// on first use, and one first loaded after the break may still iterate an
// array (node has them in its start-up snapshot).
fs.writeFileSync(script, `
  require('fs');
  delete Array.prototype[Symbol.iterator];
  require('./after-break.js');
  import('./after-break.mjs').then(() => {
    require('fs').writeSync(2, 'loaded');
  });`);
dep('after-break.js');
fs.writeFileSync(path.join(tmpdir.path, 'after-break.mjs'), 'export {};');
const broken = spawnSync(process.execPath, [script], { encoding: 'utf8' });
assert.strictEqual(broken.stderr, 'loaded');
