'use strict';
// --trace-require-module=all warns (once) when require() loads an ES
// module, naming both files, its stack starting at the require() call;
// =no-node-modules skips requires made from node_modules; other values are
// refused. A graph with top-level await cannot be required, even after
// import() evaluated it, and import() still works after such a require.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = (name, text) => {
  const full = path.join(tmpdir.path, name);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  return full;
};
const esm = file('esm.mjs', 'export const x = 1;\n');
const main = file('main.js', "require('./esm.mjs');\nrequire('./esm.mjs');\n");
file('node_modules/dep/index.js', "require('../../esm.mjs');\n");
const viaDep = file('via-dep.js', "require('dep');\n");

function run(...args) {
  return spawnSync(process.execPath, args, { encoding: 'utf8' });
}

let result = run('--trace-warnings', '--trace-require-module=all', main);
assert.strictEqual(result.status, 0);
const lines = result.stderr.split('\n');
assert.match(lines[0], new RegExp(
  `ExperimentalWarning: CommonJS module ${main} is loading ES Module ` +
  `${esm} using require\\(\\)\\.$`));
assert.strictEqual(lines[1], 'Support for loading ES Module in require() ' +
  'is an experimental feature and might change at any time');
assert.match(lines[2], /^ {4}at require \(/);
assert.match(lines[3], /main\.js:1:1\)$/);
assert.strictEqual(result.stderr.match(/ExperimentalWarning/g).length, 1);

assert.strictEqual(run(main).stderr, '');
assert.strictEqual(run('--trace-require-module=no-node-modules', viaDep)
  .stderr, '');
assert.match(run('--trace-require-module=all', viaDep).stderr,
             /ExperimentalWarning: CommonJS module .*index\.js is loading/);
result = run('--trace-require-module=1', main);
assert.strictEqual(result.status, 9);
assert.match(result.stderr, /invalid value for --trace-require-module/);

const tla = file('tla.mjs', 'await 1;\nexport const answer = 42;\n');
(async () => {
  assert.throws(() => require(tla), { code: 'ERR_REQUIRE_ASYNC_MODULE' });
  const ns = await import(tla);
  assert.strictEqual(ns.answer, 42);
  assert.throws(() => require(tla), { code: 'ERR_REQUIRE_ASYNC_MODULE' });
  assert.strictEqual(await import(tla), ns);
})().then(common.mustCall());
