'use strict';
// Buffer() and new Buffer() work as Buffer.alloc/from and emit DEP0005 once,
// but not when called from code under node_modules (CommonJS or ES module).
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { Buffer } = require('buffer');

const fromNodeModules = require(
  path.join(common.fixturesDir, 'buffer', 'node_modules', 'calls-buffer'));

const warnings = [];
process.on('warning', (warning) => warnings.push(warning));
assert.strictEqual(fromNodeModules(2).length, 2);

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(warnings, []);
  assert.deepStrictEqual([...Buffer(3)], [0, 0, 0]);
  assert.strictEqual(new Buffer('ab').toString(), 'ab');
  assert.strictEqual(Buffer('6162', 'hex').toString(), 'ab');
  assert.throws(() => Buffer(2, 'utf8'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "string" argument must be of type string. Received type number (2)',
  });
  setImmediate(common.mustCall(() => {
    assert.strictEqual(warnings.length, 1);
    assert.strictEqual(warnings[0].name, 'DeprecationWarning');
    assert.strictEqual(warnings[0].code, 'DEP0005');
    assert.strictEqual(warnings[0].message,
                       'Buffer() is deprecated due to security and usability ' +
                       'issues. Please use the Buffer.alloc(), ' +
                       'Buffer.allocUnsafe(), or Buffer.from() methods instead.');
  }));
}));

// An ES module under node_modules is under node_modules too.
{
  const { spawnSync } = require('child_process');
  const fs = require('fs');
  const tmpdir = require('../common/tmpdir');
  tmpdir.refresh();
  const pkg = tmpdir.resolve('node_modules', 'esm-buffer');
  fs.mkdirSync(pkg, { recursive: true });
  fs.writeFileSync(path.join(pkg, 'index.mjs'),
                   "import { Buffer } from 'node:buffer';\nnew Buffer(4);\n");
  const main = tmpdir.resolve('main.mjs');
  fs.writeFileSync(main, "import './node_modules/esm-buffer/index.mjs';\n");
  const quiet = spawnSync(process.execPath, [main], { encoding: 'utf8' });
  assert.strictEqual(quiet.stderr, '');
  const loud = spawnSync(process.execPath, ['--pending-deprecation', main],
                         { encoding: 'utf8' });
  assert.match(loud.stderr, /DEP0005/);
}
