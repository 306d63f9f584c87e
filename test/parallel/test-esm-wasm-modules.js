'use strict';
// WebAssembly ES modules (--experimental-wasm-modules): a .wasm file, an
// extensionless one that starts with the wasm magic in a "type": "module"
// scope, and an application/wasm data: URL import as modules whose imports
// are the wasm module's import module names and whose exports are the
// instance's (any string, not only identifiers). Without the flag a .wasm
// file has an unknown extension; bad bytes are a CompileError naming the
// file; the first import warns once.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = tmpdir.path;

// (module
//   (import "./dep.mjs" "get" (func (result i32)))
//   (func (export "add") (param i32 i32) (result i32) ...)
//   (func (export "addDep") (result i32) (i32.add (call 0) (i32.const 1)))
//   (global (export "a-b c") i32 (i32.const 7)))
const wasm = Buffer.from(
  'AGFzbQEAAAABCwJgAAF/YAJ/fwF/AhEBCS4vZGVwLm1qcwNnZXQAAAMDAgEABgYBfwBB' +
  'BwsHGAMDYWRkAAEGYWRkRGVwAAIFYS1iIGMDAAoRAgcAIAAgAWoLBwAQAEEBags=',
  'base64');
fs.writeFileSync(path.join(dir, 'm.wasm'), wasm);
fs.writeFileSync(path.join(dir, 'bad.wasm'),
                 Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1]));
fs.writeFileSync(path.join(dir, 'dep.mjs'),
                 'export function get() { return 41; }\n');
fs.writeFileSync(path.join(dir, 'main.mjs'), `
import { add, addDep } from './m.wasm';
import * as ns from './m.wasm';
import * as again from './m.wasm';
console.log(JSON.stringify([add(2, 3), addDep(), ns['a-b c'].value,
                            Object.keys(ns), ns === again]));
`);
fs.mkdirSync(path.join(dir, 'pkg'));
fs.writeFileSync(path.join(dir, 'pkg', 'package.json'), '{"type":"module"}');
fs.writeFileSync(path.join(dir, 'pkg', 'noext'), wasm);
fs.writeFileSync(path.join(dir, 'pkg', 'dep.mjs'),
                 'export function get() { return 9; }\n');

function run(...args) {
  return spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
}

{
  const { status, stdout, stderr } =
    run('--experimental-wasm-modules', 'main.mjs');
  assert.strictEqual(status, 0, stderr);
  assert.deepStrictEqual(JSON.parse(stdout),
                         [5, 42, 7, ['a-b c', 'add', 'addDep'], true]);
  const warnings = stderr.match(/ExperimentalWarning: Importing WebAssembly modules is an experimental feature/g);
  assert.strictEqual(warnings.length, 1);
}

{
  // Without the flag: node's ERR_UNKNOWN_FILE_EXTENSION.
  const { status, stderr } = run('main.mjs');
  assert.strictEqual(status, 1);
  assert.match(stderr, /ERR_UNKNOWN_FILE_EXTENSION/);
  assert.match(stderr, /Unknown file extension "\.wasm"/);
}

{
  // An extensionless wasm file under "type": "module", as the entry point
  // and imported; its imports resolve from its own directory.
  const { status, stderr } = run('--no-warnings',
                                 '--experimental-wasm-modules', 'pkg/noext');
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  const imported = run('--no-warnings', '--experimental-wasm-modules',
                       '--input-type=module', '-e',
                       'const m = await import("./pkg/noext"); ' +
                       'console.log(m.addDep(), m.add(1, 1));');
  assert.strictEqual(imported.stderr, '');
  assert.strictEqual(imported.stdout, '10 2\n');
}

{
  // application/wasm data: URLs (a module with no imports and exports).
  const { status, stdout, stderr } = run(
    '--no-warnings', '--experimental-wasm-modules', '--input-type=module',
    '-e', 'const m = await import("data:application/wasm;base64,AGFzbQEAAAA=");' +
    'console.log(Object.keys(m).length);');
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  assert.strictEqual(stdout, '0\n');
}

{
  // Bytes that do not compile: a CompileError that names the file.
  const { status, stdout, stderr } = run(
    '--no-warnings', '--experimental-wasm-modules', '--input-type=module',
    '-e', 'import("./bad.wasm").catch((e) => console.log(e.name, e.message));');
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  assert.strictEqual(stdout, `CompileError ${path.join(dir, 'bad.wasm')}: ` +
                     'WebAssembly.compile(): expected section length @+9\n');
}

{
  // Through load hooks: the bytes a hook gives (its imports resolve from
  // the module's URL), and a string source is refused as node refuses it.
  fs.writeFileSync(path.join(dir, 'wasm-hooks.mjs'), `
import { readFileSync } from 'node:fs';
export function resolve(s, c, n) {
  if (s.startsWith('virtual:')) return { url: s, shortCircuit: true };
  if (s === './hooked.wasm') {
    return { url: new URL(s, c.parentURL).href, shortCircuit: true };
  }
  return n(s, c);
}
export function load(u, c, n) {
  if (u === 'virtual:s') return { format: 'wasm', source: 'abc', shortCircuit: true };
  if (u.endsWith('/hooked.wasm')) {
    return { format: 'wasm', shortCircuit: true,
             source: readFileSync(new URL('./m.wasm', import.meta.url)) };
  }
  return n(u, c);
}
`);
  const { status, stdout, stderr } = run(
    '--no-warnings', '--experimental-wasm-modules', '--loader',
    './wasm-hooks.mjs', '--input-type=module', '-e', `
const m = await import('./hooked.wasm');
let code, message;
try { await import('virtual:s'); } catch (e) { ({ code, message } = e); }
console.log(JSON.stringify([m.addDep(), code, message]));`);
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  assert.deepStrictEqual(JSON.parse(stdout), [
    42, 'ERR_INVALID_RETURN_PROPERTY_VALUE',
    'Expected array buffer, or typed array to be returned for the "source" ' +
    'from the "load" hook but got type string (\'abc\').',
  ]);
}
