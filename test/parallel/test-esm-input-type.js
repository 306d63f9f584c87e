'use strict';
// --input-type=module for -e and stdin; -p refuses ES module input; an
// unknown --input-type is a bad option (exit 9); import() from -e code.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { pathToFileURL } = require('url');
const fixtures = require('../common/fixtures');

const cwd = fixtures.path('esm');
const evalURL = `${pathToFileURL(`${cwd}/`).href}[eval1]`;

function run(args, input) {
  return spawnSync(process.execPath, args, { cwd, input, encoding: 'utf8' });
}

{
  const result = run(['--input-type=module', '-e',
                      'import { a } from "./cycle/a.mjs";' +
                      'console.log(import.meta.url, typeof require, ' +
                      'await Promise.resolve(a))']);
  assert.strictEqual(result.stderr, '');
  assert.strictEqual(result.stdout,
                     'b runs: a=ReferenceError\na runs: b=b, readA=a\n' +
                     `${evalURL} undefined a\n`);
}
{
  const result = run(['--input-type=module'],
                     'const { default: d } = await import("./json/data.json",' +
                     ' { with: { type: "json" } });\n' +
                     'console.log(d.answer, import.meta.url);\n');
  assert.strictEqual(result.stderr, '');
  assert.strictEqual(result.stdout, `42 ${evalURL}\n`);
}
{
  const result = run(['--input-type=module', '-p', '1']);
  assert.strictEqual(result.status, 1);
  assert.match(result.stderr,
               /Error \[ERR_EVAL_ESM_CANNOT_PRINT\]: --print cannot be used with ESM input/);
}
{
  const result = run(['--input-type=module', '-e',
                      'await new Promise(() => {})']);
  assert.strictEqual(result.status, 13);
  assert.strictEqual(result.stderr, '');
}
{
  const result = run(['--input-type=wasm', '-e', '1']);
  assert.strictEqual(result.status, 9);
  assert.match(result.stderr,
               /: --input-type must be "module" or "commonjs"\n$/);
}
{
  // CommonJS -e code: import() resolves from the current directory.
  const result = run(['-e', 'import("./errors/plain.mjs")' +
                      '.then((ns) => console.log(ns.default))']);
  assert.strictEqual(result.stderr, '');
  assert.strictEqual(result.stdout, 'def\n');
}
{
  const result = run(['--input-type=commonjs', '-e', 'import "fs"']);
  assert.strictEqual(result.status, 1);
  assert.match(result.stderr,
               /SyntaxError: Cannot use import statement outside a module/);
}
{
  // Never for a file: an ES module entry point is refused, and a CommonJS
  // one runs (as node does).
  const result = run(['--input-type=module', 'errors/plain.mjs']);
  assert.strictEqual(result.status, 1);
  assert.match(result.stderr, /Error \[ERR_INPUT_TYPE_NOT_ALLOWED\]: --input-type can only be used with string input via --eval, --print, or STDIN\n/);
  assert.strictEqual(run(['--input-type=module', '../cli-preload.js']).status,
                     0);
}
