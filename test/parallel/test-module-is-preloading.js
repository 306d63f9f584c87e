'use strict';
// module.isPreloading: true while the -r preloads load, false afterwards
// and in the main module; a non-enumerable getter of Module.prototype.
require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const Module = require('module');
const { spawnSync } = require('child_process');

assert.strictEqual(module.isPreloading, false);
const desc = Object.getOwnPropertyDescriptor(Module.prototype, 'isPreloading');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.set, undefined);
assert.strictEqual(desc.enumerable, false);
assert.strictEqual(desc.configurable, false);

tmpdir.refresh();
const preload = path.join(tmpdir.path, 'preload.js');
fs.writeFileSync(preload, `
  console.log('preload', module.isPreloading);
  setImmediate(() => console.log('later', module.isPreloading));
`);
const r = spawnSync(process.execPath,
                    ['-r', preload, '-e', 'console.log("main", module.isPreloading)'],
                    { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'preload true\nmain false\nlater false\n');
