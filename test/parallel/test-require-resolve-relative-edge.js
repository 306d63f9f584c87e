'use strict';
// require.resolve('.' or '..', { paths }) starts from each path, as './x'
// does; a module whose own directory was deleted can still require
// '../x' (only requests inside the directory need it to exist).
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const root = tmpdir.path;
fs.mkdirSync(path.join(root, 'sub', 'deeper'), { recursive: true });
fs.writeFileSync(path.join(root, 'index.js'), 'module.exports = "root";');
fs.writeFileSync(path.join(root, 'sub', 'index.js'), 'module.exports = 1;');

assert.strictEqual(require.resolve('.', { paths: [root] }),
                   path.join(root, 'index.js'));
assert.strictEqual(require.resolve('..', { paths: [path.join(root, 'sub')] }),
                   path.join(root, 'index.js'));
assert.strictEqual(
  require.resolve('.', { paths: [path.join(root, 'sub', 'deeper', '..')] }),
  path.join(root, 'sub', 'index.js'));

const doomed = path.join(root, 'doomed');
fs.mkdirSync(doomed);
fs.writeFileSync(path.join(doomed, 'late.js'),
                 'module.exports = () => require("../index.js");');
const late = require(path.join(doomed, 'late.js'));
fs.rmSync(doomed, { recursive: true });
assert.strictEqual(late(), 'root');
