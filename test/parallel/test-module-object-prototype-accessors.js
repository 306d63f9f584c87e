'use strict';
// Accessors on Object.prototype named like package.json fields or like the
// runtime's options never run while modules load: only a package.json's own
// fields count, and no setter is called while options are read.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const pkg = tmpdir.resolve('node_modules/plain');
fs.mkdirSync(pkg, { recursive: true });
fs.writeFileSync(path.join(pkg, 'package.json'), '{}\n');
fs.writeFileSync(path.join(pkg, 'index.js'), "module.exports = 'index';\n");
fs.writeFileSync(tmpdir.resolve('user.mjs'),
                 "export { default } from 'plain';\n");

for (const name of ['name', 'main', 'type', 'exports', 'imports',
                    'conditions', 'inputType']) {
  Object.defineProperty(Object.prototype, name, {
    __proto__: null,
    get: common.mustNotCall(`get ${name}`),
    set: common.mustNotCall(`set ${name}`),
    enumerable: false,
    configurable: true,
  });
}

assert.strictEqual(require(pkg), 'index');
import(tmpdir.resolve('user.mjs')).then(common.mustCall((ns) => {
  assert.strictEqual(ns.default, 'index');
}));
