'use strict';
// Module customization hooks as node 20 runs them: the context objects
// (their keys, one object per chain that next() merges into, the
// importAssertions alias and its warning), hooks called without a `this`,
// the deprecated globalPreload hook, CommonJS sources with named exports,
// the hooks thread (its -r preloads, register() there, no workerData,
// parentPort or import.meta.resolve, its own imports through the hooks
// registered before), resolve hooks asked again by each import() and
// import.meta.resolve(), and errors from the hooks thread as node prints
// them.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = tmpdir.path;

function write(name, text) {
  fs.writeFileSync(path.join(dir, name), text);
}

function run(...args) {
  return spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
}

function data(source) {
  return `data:text/javascript,${encodeURIComponent(source)}`;
}

// The context of each hook: its keys, plain objects, one object for the
// whole chain, no `this`.
write('context.mjs', `
import { writeSync } from 'node:fs';
const log = (value) => writeSync(1, JSON.stringify(value) + '\\n');
export async function resolve(specifier, context, next) {
  if (!specifier.startsWith('virtual:')) return next(specifier, context);
  log({ hook: 'resolve', keys: Reflect.ownKeys(context),
        plain: Object.getPrototypeOf(context) === Object.prototype &&
          Object.getPrototypeOf(context.importAttributes) === Object.prototype,
        enumerable: Object.keys(context), self: this === undefined });
  return { url: specifier, shortCircuit: true };
}
export async function load(url, context, next) {
  if (!url.startsWith('virtual:')) return next(url, context);
  log({ hook: 'load', keys: Reflect.ownKeys(context), format: context.format,
        attributes: context.importAttributes });
  return { format: 'module', source: 'export default 1', shortCircuit: true };
}
`);
write('merge.mjs', `
import { writeSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  if (specifier !== 'virtual:x') return next(specifier, context);
  const result = await next(specifier, { extra: 1 });
  // The next hook got this very object, with 'extra' merged into it.
  writeSync(1, JSON.stringify({ merged: context.extra }) + '\\n');
  return result;
}
`);
{
  const { status, stdout, stderr } = run(
    '--no-warnings', '--loader', './context.mjs', '--loader', './merge.mjs',
    '--input-type=module', '-e', 'await import("virtual:x")');
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.deepStrictEqual(lines, [
    { hook: 'resolve',
      keys: ['conditions', 'importAttributes', 'parentURL',
             'importAssertions', 'extra'],
      plain: true, enumerable: ['conditions', 'importAttributes', 'parentURL',
                                'extra'], self: true },
    { merged: 1 },
    { hook: 'load', keys: ['format', 'importAttributes', 'importAssertions'],
      attributes: {} },
  ]);
}

// importAssertions: reading or setting it, or a resolve hook returning it,
// works and warns once.
{
  const loaders = [
    'export function resolve(s, c, n) { if (s !== "x:j") return n(s, c);' +
    '  return { url: "data:application/json,[1]", shortCircuit: true,' +
    '           importAssertions: { type: "json" } }; }',
    'export function resolve(s, c, n) { if (s !== "x:j") return n(s, c);' +
    '  c.importAssertions.type; c.importAssertions; return { shortCircuit: true,' +
    '  url: "data:application/json,[1]", importAttributes: { type: "json" } }; }',
    'export function load(u, c, n) { if (u !== "data:application/json,[1]")' +
    '  return n(u, c); c.importAssertions = { type: "json" }; return n(u, c); }' +
    'export function resolve(s, c, n) { return s === "x:j" ? { shortCircuit:' +
    '  true, url: "data:application/json,[1]" } : n(s, c); }',
  ];
  for (const loader of loaders) {
    const { status, stdout, stderr } = run(
      '--loader', data(loader), '--input-type=module', '-e',
      'const m = await import("x:j"); console.log(JSON.stringify(m.default));');
    assert.strictEqual(status, 0, stderr);
    assert.strictEqual(stdout, '[1]\n');
    const warnings = stderr.match(
      /ExperimentalWarning: Use `importAttributes` instead of `importAssertions`/g);
    assert.strictEqual(warnings.length, 1, stderr);
  }
}

// globalPreload: its code runs on the main thread before the program, as
// a sloppy function body whose `this` is the global object, with
// getBuiltin() and a port to the hook; one warning for all the hooks.
write('preload.mjs', `
export function globalPreload({ port }) {
  port.on('message', (text) => port.postMessage(text + ' back'));
  return \`
    this.fromPreload = getBuiltin('node:path').sep + getBuiltin('os').EOL.length;
    port.on('message', (text) => { console.log(text); port.close(); });
    port.postMessage('hello');
  \`;
}
`);
{
  const { status, stdout, stderr } = run(
    '--loader', './preload.mjs',
    '--loader', data('export function globalPreload() {}'),
    '-p', 'fromPreload');
  assert.strictEqual(status, 0, stderr);
  assert.strictEqual(stdout, '/1\nhello back\n');
  const warnings = stderr.match(/`globalPreload` is planned for removal in favor of `initialize`\. `globalPreload` is an experimental feature/g);
  assert.strictEqual(warnings.length, 1);
}
{
  // With an initialize, no warning.
  const { status, stderr } = run(
    '--loader', data('export function globalPreload() {}' +
                     'export function initialize() {}'), '-e', '0');
  assert.strictEqual(status, 0);
  assert.doesNotMatch(stderr, /`globalPreload` is planned/);
}
for (const [code, pattern] of [
  ['getBuiltin("test")', /ERR_UNKNOWN_BUILTIN_MODULE/],
  ['throw new Error("from preload")', /Error: from preload/],
]) {
  const { status, stdout, stderr } = run(
    '--no-warnings',
    '--loader', data(`export function globalPreload() { return '${code}'; }`),
    '-e', 'console.log("not here")');
  assert.strictEqual(status, 1);
  assert.strictEqual(stdout, '');
  assert.match(stderr, pattern);
}
{
  const { status, stderr } = run(
    '--no-warnings',
    '--loader', data('export function globalPreload() { return 42; }'),
    '-e', '0');
  assert.strictEqual(status, 1);
  assert.match(stderr, /ERR_INVALID_RETURN_VALUE/);
}

// CommonJS source from a load hook: its named exports are what
// cjs-module-lexer finds in it.
{
  const loader = data(`
    export function resolve(s, c, n) {
      return s === 'virtual:cjs' ? { url: s, shortCircuit: true } : n(s, c);
    }
    export function load(u, c, n) {
      if (u !== 'virtual:cjs') return n(u, c);
      return { format: 'commonjs', shortCircuit: true,
               source: 'exports.a = 1; module.exports.b = typeof require;' };
    }`);
  const { status, stdout, stderr } = run(
    '--no-warnings', '--loader', loader, '--input-type=module', '-e',
    'import * as ns from "virtual:cjs"; console.log(JSON.stringify(ns));');
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  assert.deepStrictEqual(JSON.parse(stdout),
                         { a: 1, b: 'function', default: { a: 1, b: 'function' } });
}

// The hooks thread: it runs the -r preloads (which print in order with
// the main thread), register() there joins its own chains, and hook
// modules see no workerData, parentPort or import.meta.resolve.
write('count.mjs', `
import { writeSync } from 'node:fs';
export function resolve(s, c, n) {
  if (s === 'node:os') writeSync(1, 'resolve os\\n');
  return n(s, c);
}
`);
write('register.cjs', `
const { register } = require('node:module');
const { isMainThread } = require('node:worker_threads');
require('node:fs').writeSync(1, \`preload \${isMainThread}\\n\`);
register('./count.mjs', require('node:url').pathToFileURL(__filename));
`);
write('thread.mjs', `
import { workerData, parentPort, isMainThread } from 'node:worker_threads';
import { writeSync } from 'node:fs';
writeSync(1, JSON.stringify([workerData, parentPort, isMainThread,
                             typeof import.meta.resolve]) + '\\n');
`);
{
  const { status, stdout, stderr } = run(
    '--no-warnings', '--require', './register.cjs', '--loader', './thread.mjs',
    '--input-type=module', '-e', 'import "node:os"');
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  assert.strictEqual(stdout, 'preload true\npreload false\n' +
                     '[null,null,false,"undefined"]\nresolve os\nresolve os\n');
}

// On the hooks thread, imports go through the hooks registered before:
// a hook's import() and the next hook module's own imports.
write('alias.mjs', `
export function resolve(s, c, n) {
  return n(s.startsWith('alias/') ? './' + s.slice(6) : s, c);
}
`);
write('helper.mjs', 'export default "helper";\n');
write('uses-alias.mjs', `
import helper from 'alias/helper.mjs';
import { writeSync } from 'node:fs';
export async function resolve(s, c, n) {
  if (s === 'virtual:dyn') {
    const again = await import('alias/helper.mjs');
    writeSync(1, helper + ' ' + again.default + '\\n');
    return { url: 'data:text/javascript,', shortCircuit: true };
  }
  return n(s, c);
}
`);
{
  const { status, stdout, stderr } = run(
    '--no-warnings', '--loader', './alias.mjs', '--loader', './uses-alias.mjs',
    '--input-type=module', '-e', 'await import("virtual:dyn")');
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  assert.strictEqual(stdout, 'helper helper\n');
}

// With hooks, each import() and import.meta.resolve() asks the resolve
// hooks again.
{
  const { status, stdout, stderr } = run(
    '--no-warnings', '--loader', './count.mjs', '--input-type=module', '-e',
    'import.meta.resolve("node:os"); import.meta.resolve("node:os");' +
    'await import("node:os"); await import("node:os");');
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  assert.strictEqual(stdout, 'resolve os\n'.repeat(4));
}

// A hook module that does not compile: the error that crossed from the
// hooks thread prints as "SyntaxError [Error]:", without its source line.
{
  write('syntax.mjs', 'export const = 1;\n');
  const { status, stderr } = run('--no-warnings', '--loader', './syntax.mjs',
                                 '-e', '0');
  assert.strictEqual(status, 1);
  assert.match(stderr, /^SyntaxError \[Error\]: /m);
  assert.doesNotMatch(stderr, /export const = 1/);
}

// --experimental-loader's warning names each loader, as node writes them.
{
  const { stderr } = run('--loader', './count.mjs', '--loader',
                         "data:text/javascript,export {}; // 'a b'", '-e', '0');
  assert.ok(stderr.includes(
    'register("./count.mjs", pathToFileURL("./")); ' +
    'register("data%3Atext/javascript%2Cexport%20%7B%7D%3B%20//%20%27a' +
    '%20b%27", pathToFileURL("./"));\'\n'), stderr);
}

// require() in CommonJS whose source a load hook gave goes through the
// hooks too: builtins included, and an ES module is ERR_REQUIRE_ESM without
// require(esm).
write('cjs-hooks.mjs', `
import { readFileSync } from 'node:fs';
export function resolve(s, c, n) {
  if (s === 'os' || s === 'node:os') return { url: 'virtual:os', shortCircuit: true };
  return n(s, c);
}
export async function load(u, c, n) {
  if (u === 'virtual:os') {
    return { format: 'commonjs', source: 'module.exports = { fake: true };',
             shortCircuit: true };
  }
  const result = await n(u, c);
  if (result.format === 'commonjs' && u.startsWith('file:')) {
    result.source = readFileSync(new URL(u));
  }
  return result;
}
`);
write('main.cjs', `
const os = require('os');
const fake = require('./fake.cjs');
let code;
try { require('./esm.mjs'); } catch (err) { code = err.code; }
console.log(JSON.stringify([os, fake, code]));
`);
write('fake.cjs', 'module.exports = require("node:os").fake;\n');
write('esm.mjs', 'export default 1;\n');
{
  const { status, stdout, stderr } = run(
    '--no-warnings', '--no-experimental-require-module',
    '--loader', './cjs-hooks.mjs', 'main.cjs');
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  assert.deepStrictEqual(JSON.parse(stdout),
                         [{ fake: true }, true, 'ERR_REQUIRE_ESM']);
}

// ... and so does its require.resolve() (which then has no paths()).
write('resolve-hooks.mjs', `
import { readFileSync, writeSync } from 'node:fs';
export function resolve(s, c, n) {
  writeSync(1, 'resolve ' + s.slice(s.lastIndexOf('/') + 1) + '\\n');
  return n(s, c);
}
export async function load(u, c, n) {
  const result = await n(u, c);
  if (result.format === 'commonjs' && u.startsWith('file:')) {
    result.source = readFileSync(new URL(u));
  }
  return result;
}
`);
write('resolves.cjs', `
console.log(require.resolve('./fake.cjs') === require('path').join(__dirname, 'fake.cjs'),
            typeof require.resolve.paths);
`);
{
  const { status, stdout, stderr } = run(
    '--no-warnings', '--loader', './resolve-hooks.mjs', 'resolves.cjs');
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  assert.strictEqual(stdout, 'resolve resolves.cjs\nresolve fake.cjs\n' +
                     'resolve path\n' +
                     'true undefined\n');
}
