'use strict';
// An ES module entry point runs in a microtask, as in node: its promise
// jobs come before its process.nextTick() callbacks (a CommonJS entry point
// is the other way round), and import() of a CommonJS module settles
// within the same microtask queue, with no tick in between.
require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const body =
  "process.nextTick(() => console.log('tick'));\n" +
  "Promise.resolve().then(() => console.log('microtask'));\n";
fs.writeFileSync(tmpdir.resolve('order.mjs'), body);
fs.writeFileSync(tmpdir.resolve('order.cjs'), body);
fs.writeFileSync(tmpdir.resolve('dep.cjs'), 'module.exports = 1;\n');
fs.writeFileSync(tmpdir.resolve('import-cjs.mjs'),
                 'let ticked = false;\n' +
                 'process.nextTick(() => { ticked = true; });\n' +
                 "const ns = await import('./dep.cjs');\n" +
                 'console.log(ns.default, ticked);\n');

function run(file) {
  const result = spawnSync(process.execPath, [tmpdir.resolve(file)],
                           { encoding: 'utf8' });
  assert.strictEqual(result.stderr, '');
  assert.strictEqual(result.status, 0);
  return result.stdout;
}

assert.strictEqual(run('order.mjs'), 'microtask\ntick\n');
assert.strictEqual(run('order.cjs'), 'tick\nmicrotask\n');
assert.strictEqual(run('import-cjs.mjs'), '1 false\n');
