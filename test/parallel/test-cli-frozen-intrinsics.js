'use strict';
// --frozen-intrinsics: the built-ins, console and the timer globals are
// frozen deeply after the -r preloads and before --import and user code;
// properties of frozen prototypes can still be overridden on instances;
// globalThis.globalThis is read-only; an ExperimentalWarning; also through
// NODE_OPTIONS and in workers.
require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

function run(args, env) {
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8', env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Strict-mode assignments to built-ins throw; shadowing works.
const probe = `'use strict';
  const results = [];
  const attempt = (name, fn) => {
    try { fn(); results.push(name + ' ok'); } catch (e) {
      results.push(name + ' ' + e.name);
    }
  };
  attempt('Object.defineProperty', () => { Object.defineProperty = 1; });
  attempt('Array.prototype.push', () => { Array.prototype.push = 1; });
  attempt('Math.PI2', () => { Math.PI2 = 1; });
  attempt('JSON.parse', () => { JSON.parse = 1; });
  attempt('console.log', () => { console.log = 1; });
  attempt('setTimeout.x', () => { setTimeout.x = 1; });
  attempt('globalThis.globalThis', () => { globalThis.globalThis = 1; });
  attempt('Error.stackTraceLimit', () => { Error.stackTraceLimit = 1; });
  attempt('typedArray.from', () => {
    Object.getPrototypeOf(Uint8Array).from = 1;
  });
  attempt('iterator.next', () => {
    Object.getPrototypeOf([][Symbol.iterator]()).next = 1;
  });
  attempt('generator.next', () => {
    Object.getPrototypeOf(function*() {}).prototype.next = 1;
  });
  console.log(results.join('\\n'));
  console.log(globalThis.globalThis === globalThis,
              Object.isFrozen(Object.getPrototypeOf(async function() {})),
              Object.isFrozen(Reflect), Object.isFrozen(Intl.DateTimeFormat),
              Object.isFrozen(console.Console.prototype),
              Object.isFrozen(globalThis), Object.isFrozen(process),
              Object.isFrozen(Buffer), Object.isFrozen(URL));

  const o = {};
  o.toString = () => 'mine';
  const d = Object.getOwnPropertyDescriptor(o, 'toString');
  console.log(String(o), d.enumerable, d.writable, d.configurable);
  class MyError extends Error {}
  MyError.prototype.name = 'MyError';
  console.log(String(new MyError('m')));
  const a = [1, 2];
  a.push = function() { return 'own'; };
  console.log(a.push(), [3].map((x) => x * 2)[0]);
  class MyConsole extends console.Console {}
  const c = new MyConsole(process.stdout);
  const lines = [];
  c.log = (line) => lines.push(line);
  c.log('kept');
  console.log(lines[0]);
`;
{
  const { status, stdout, stderr } = run(['--frozen-intrinsics', '-e', probe]);
  assert.strictEqual(status, 0, stderr);
  assert.strictEqual(stdout, [
    'Object.defineProperty TypeError',
    'Array.prototype.push TypeError',
    'Math.PI2 TypeError',
    'JSON.parse TypeError',
    'console.log TypeError',
    'setTimeout.x TypeError',
    'globalThis.globalThis TypeError',
    'Error.stackTraceLimit TypeError',
    'typedArray.from TypeError',
    'iterator.next TypeError',
    'generator.next TypeError',
    'true true true true true false false false false',
    'mine true true true',
    'MyError: m',
    'own 6',
    'kept',
    '',
  ].join('\n'));
  assert.match(stderr, /^\(node:\d+\) ExperimentalWarning: Frozen intristics is an experimental feature and might change at any time\n/);
}

// Without the option nothing is frozen; --no-frozen-intrinsics turns it off.
{
  const check = 'console.log(Object.isFrozen(Object.prototype), ' +
    'Object.isFrozen(console))';
  assert.deepStrictEqual(run(['-e', check]),
                         { status: 0, stdout: 'false false\n', stderr: '' });
  assert.deepStrictEqual(
    run(['--frozen-intrinsics', '--no-frozen-intrinsics', '-e', check]),
    { status: 0, stdout: 'false false\n', stderr: '' });
  assert.deepStrictEqual(
    run(['--no-warnings', '-e', check], { NODE_OPTIONS: '--frozen-intrinsics' }),
    { status: 0, stdout: 'true true\n', stderr: '' });
}

// -r preloads run before the freeze (they may extend the built-ins);
// --import preloads and workers see frozen built-ins. (console.group() also
// works in nodus, where node 20 throws: not tested.)
{
  tmpdir.refresh();
  const imported = path.join(tmpdir.path, 'imported.mjs');
  fs.writeFileSync(imported,
                   'console.log("import", Object.isFrozen(Array.prototype));\n');
  const required = path.join(tmpdir.path, 'required.js');
  fs.writeFileSync(required, `
    console.log('require', Object.isFrozen(Array.prototype));
    Object.defineProperty(Object.prototype, 'flatten', {
      value: function smoosh() {},
    });
  `);
  const main = `
    console.log({}.flatten.name);
    const { Worker } = require('worker_threads');
    new Worker('console.log("worker", Object.isFrozen(Array.prototype), ' +
               '({}).flatten.name)', { eval: true });
  `;
  const { status, stdout } = run([
    '--no-warnings', '--frozen-intrinsics',
    '-r', required,
    '--import', imported, '-e', main,
  ]);
  assert.strictEqual(status, 0);
  assert.strictEqual(stdout,
                     'require false\nimport true\nsmoosh\n' +
                     // The worker runs the -r preload too, before its freeze.
                     'require false\nworker true smoosh\n');
}
