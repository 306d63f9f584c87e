'use strict';
// node:test and node:test/reporters exist only with the `node:` prefix: the
// bare names resolve user modules.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

const test = require('node:test');
assert.strictEqual(typeof test, 'function');
assert.strictEqual(test.test, test);
assert.strictEqual(test.it, test);
assert.strictEqual(test.describe, test.suite);
for (const name of ['skip', 'todo', 'only']) {
  assert.strictEqual(typeof test[name], 'function');
  assert.strictEqual(typeof test.describe[name], 'function');
}
for (const name of ['before', 'after', 'beforeEach', 'afterEach', 'run']) {
  assert.strictEqual(typeof test[name], 'function');
}
assert.strictEqual(typeof test.mock.fn, 'function');

const reporters = require('node:test/reporters');
for (const name of ['dot', 'spec', 'tap']) {
  assert.strictEqual(typeof reporters[name], 'function');
}

for (const name of ['test', 'test/reporters']) {
  assert.throws(() => require(name), { code: 'MODULE_NOT_FOUND' });
  assert.throws(() => require.resolve(name), { code: 'MODULE_NOT_FOUND' });
}

// With a package called `test`, require('test') loads it.
tmpdir.refresh();
const pkg = path.join(tmpdir.path, 'node_modules', 'test');
fs.mkdirSync(path.join(pkg, 'reporters'), { recursive: true });
fs.writeFileSync(path.join(pkg, 'index.js'), 'module.exports = { marker: 1 };');
fs.writeFileSync(path.join(pkg, 'reporters', 'index.js'),
                 'module.exports = { marker: 2 };');
for (const [name, marker] of [['test', 1], ['test/reporters', 2]]) {
  const child = spawnSync(process.execPath,
                          ['-p', `require(${JSON.stringify(name)}).marker`],
                          { cwd: tmpdir.path });
  assert.strictEqual(child.status, 0);
  assert.strictEqual(child.stdout.toString().trim(), `${marker}`);
}
