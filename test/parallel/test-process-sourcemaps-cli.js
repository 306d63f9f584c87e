'use strict';
// --enable-source-maps (on the command line, in NODE_OPTIONS, in a
// worker's execArgv): the report of an uncaught error shows the original
// file:line, source line and caret, and the stack original positions; for
// ES modules the magic comment counts only as a comment (not inside a
// template literal).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fixtures = require('../common/fixtures');

const greetTs = fixtures.path('source-map', 'greet.ts');
const env = { ...process.env };
delete env.NODE_OPTIONS;

function run(args, extraEnv = {}) {
  const child = spawnSync(process.execPath, args, {
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
  });
  return child;
}

const throwGreet =
  `require(${JSON.stringify(fixtures.path('source-map', 'greet.js'))})` +
  ".greet('')";

// Uncaught in CommonJS: original source line with its caret, then a blank
// line more than usual (node's layout), then the mapped stack.
for (const child of [
  run(['--enable-source-maps', '-e', throwGreet]),
  run(['-e', throwGreet], { NODE_OPTIONS: '--enable-source-maps' }),
]) {
  assert.strictEqual(child.status, 1);
  assert.strictEqual(child.stdout, '');
  const expected = `${greetTs}:5\n` +
    "    throw new Error('empty name');\n" +
    '    ^\n\n\n' +
    'Error: empty name\n' +
    `    at Object.greet (${greetTs}:5:11)\n`;
  assert.ok(child.stderr.startsWith(expected), child.stderr);
}

// Off: the generated line.
{
  const child = run(['-e', throwGreet]);
  assert.strictEqual(child.status, 1);
  assert.match(child.stderr, /^.*greet\.js:6\n {8}throw new Error\('empty name'\);\n {8}\^\n\nError: empty name\n/);
}

// The original source read from disk (no sourcesContent), through a map
// file beside the code.
{
  const code =
    `require(${JSON.stringify(fixtures.path('source-map', 'add.js'))})` +
    ".add('x')";
  const child = run(['--enable-source-maps', '-e', code]);
  assert.strictEqual(child.status, 1);
  const original = fixtures.path('source-map', 'add.original.js');
  assert.ok(child.stderr.startsWith(
    `${original}:4\n` +
    "    throw new TypeError('a is not a number');\n" +
    '    ^\n\n\n' +
    'TypeError: a is not a number\n' +
    `    at Object.add (${original}:4:11)\n`), child.stderr);
}

// An ES module: top-level code shows as <anonymous>.
{
  const child = run(['--enable-source-maps',
                     fixtures.path('source-map', 'esm-throw.mjs')]);
  assert.strictEqual(child.status, 1);
  const mts = fixtures.path('source-map', 'esm-throw.mts');
  assert.ok(child.stderr.startsWith(
    `${mts}:4\n` +
    '  if (n > limit) throw new RangeError(`${n} is over ${limit}`);\n' +
    '                       ^\n\n\n' +
    'RangeError: 4 is over 3\n' +
    `    at check (${mts}:4:24)\n` +
    `    at <anonymous> (${mts}:7:1)\n`), child.stderr);
}

// The same comment inside a template literal is no source map.
{
  const child = run(['--enable-source-maps',
                     fixtures.path('source-map',
                                   'esm-throw-url-in-template.mjs')]);
  assert.strictEqual(child.status, 1);
  assert.doesNotMatch(child.stderr, /esm-throw\.mts/);
  assert.match(child.stderr, /esm-throw-url-in-template\.mjs:3:24\)/);
}

// A worker started with --enable-source-maps maps its errors.
{
  const code = `
    const { Worker } = require('worker_threads');
    const w = new Worker(${JSON.stringify(throwGreet)}, {
      eval: true, execArgv: ['--enable-source-maps'],
    });
    w.on('error', (err) => console.log(
      err.stack.split('\\n').find((line) => line.startsWith('    at '))));
  `;
  const child = run(['-e', code]);
  assert.strictEqual(child.status, 0, child.stderr);
  assert.strictEqual(child.stdout, `    at Object.greet (${greetTs}:5:11)\n`);
}
