'use strict';
// A fresh scratch directory per test process: test/.tmp.<pid> under the
// build tree, or under NODE_TEST_DIR when set.

const path = require('path');
const fs = require('fs');

const base = process.env.NODE_TEST_DIR || path.join(__dirname, '..', '..', 'out');
const dir = path.join(base, `.tmp.${process.pid}`);

function refresh() {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
}

module.exports = {
  path: dir,
  refresh,
  resolve: (...parts) => path.join(dir, ...parts),
};
