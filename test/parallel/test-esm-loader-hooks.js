'use strict';
// Module customization hooks: module.register() with data and a
// transferred port for initialize(), resolve and load hooks giving sources
// as strings, bytes and ArrayBuffers in each format, the hooks' own
// thread, import.meta.resolve through them, the LIFO order of a chain of
// --loader hooks, --import before the entry point, and node's error codes
// for hooks that break the rules.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { pathToFileURL } = require('url');
const fixtures = require('../common/fixtures');

const dir = fixtures.path('esm', 'hooks');

function run(...args) {
  const result = spawnSync(process.execPath, args, { cwd: dir,
                                                     encoding: 'utf8' });
  return { ...result, lines: result.stdout.split('\n').slice(0, -1) };
}

{
  const { stderr, status, lines } = run('main.mjs');
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  assert.deepStrictEqual(JSON.parse(lines[0]), {
    values: ['string', 'bytes', 'buffer'],
    json: { json: true },
    // A CommonJS source from a load hook: its default, and the names
    // cjs-module-lexer finds (none in an object literal of key: value).
    cjs: [{ cjs: true, name: 'cjs' }, null],
    hooksOnMainThread: false,
    resolved: 'virtual:string',
    plain: 'plain',
  });
  const parentURL = pathToFileURL(`${dir}/main.mjs`).href;
  const resolved = ['string', 'bytes', 'buffer', 'json', 'cjs', 'thread',
                    'string'].map((name) => ({ resolve: `virtual:${name}`,
                                               parentURL }));
  assert.deepStrictEqual(JSON.parse(lines[1]), [
    { initialized: 42, isMainThread: false },
    ...resolved,
  ]);
}

{
  const { stderr, status, lines } = run('errors.mjs');
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  assert.deepStrictEqual(JSON.parse(lines[0]), {
    'incomplete': 'ERR_LOADER_CHAIN_INCOMPLETE',
    'null': 'ERR_INVALID_RETURN_VALUE',
    'url': 'ERR_INVALID_RETURN_PROPERTY_VALUE',
    'format': 'ERR_UNKNOWN_MODULE_FORMAT',
    'source': 'ERR_INVALID_RETURN_PROPERTY_VALUE',
    'next': 'ERR_INVALID_ARG_TYPE',
    'context': 'ERR_INVALID_ARG_TYPE',
    'register(number)': 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
    'register(string,number)': 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
  });
}

// Last registered runs first; each hook sees what the next one returned.
{
  const { stderr, status, lines } =
    run('--no-warnings', '--loader', './log-a.mjs', '--loader', './log-b.mjs',
        'chain.mjs');
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  assert.deepStrictEqual(lines, [
    'b resolve log:x', 'a resolve log:x', 'b load log:from-b',
    'a load log:from-b', 'log:from-b',
  ]);
}

// --import runs before a CommonJS entry point, once per module.
{
  const { stderr, status, lines } =
    run('--import', './preload.mjs', '--import', './preload.mjs',
        'entry.cjs');
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  assert.deepStrictEqual(lines, ['preload undefined', 'entry true']);
}

// --experimental-loader says how to do the same with register().
{
  const { stderr, status } = run('--loader', './log-a.mjs', '-e', '0');
  assert.strictEqual(status, 0);
  assert.match(stderr, /ExperimentalWarning: `--experimental-loader` may be removed in the future; instead use `register\(\)`:\n--import 'data:text\/javascript,import { register } from "node:module"; import { pathToFileURL } from "node:url"; register\("\.\/log-a\.mjs", pathToFileURL\("\.\/"\)\);'\n/);
}

// A hook's error reaches the importer with its code; the chain names the
// hook that did not call next.
{
  const { stderr, status } = run('--no-warnings', '--loader', './bad.mjs',
                                 '--input-type=module', '-e',
                                 'import "bad:incomplete"');
  assert.strictEqual(status, 1);
  assert.match(stderr, /ERR_LOADER_CHAIN_INCOMPLETE/);
  assert.match(stderr, /bad\.mjs 'resolve'/);
}

// A hook whose promise never settles, once its thread has nothing left to
// do: import() waiting for it never settles (the process ends with 13 if
// top-level await waits for it, 0 if nothing does), a synchronous
// import.meta.resolve ends the process with 13, and the other imports of a
// race still resolve.
{
  const loader = 'data:text/javascript,' + encodeURIComponent(`
    export function resolve(specifier, context, next) {
      if (specifier === 'never') return new Promise(() => {});
      return next(specifier, context);
    }`);
  const cases = [
    ['--input-type=module', 'await import("never"); console.log("no")', 13, ''],
    ['--input-type=module', 'import.meta.resolve("never"); console.log("no")',
     13, ''],
    ['--input-type=commonjs', 'import("never").then(() => console.log("no"))',
     0, ''],
    ['--input-type=module',
     'const m = await Promise.race([import("never"), import("node:os")]);' +
     'console.log(typeof m.cpus)', 0, 'function\n'],
    // data: URLs, percent-encoded and base64, through the default load.
    ['--input-type=module',
     'const a = await import("data:text/javascript,export%20default%205");' +
     'const b = await import("data:text/javascript;base64,' +
     'ZXhwb3J0IGRlZmF1bHQgNw==");console.log(a.default, b.default)',
     0, '5 7\n'],
  ];
  for (const [type, code, status, stdout] of cases) {
    const result = spawnSync(process.execPath,
                             ['--no-warnings', '--experimental-loader', loader,
                              type, '-e', code], { encoding: 'utf8' });
    assert.strictEqual(result.stderr, '', code);
    assert.strictEqual(result.stdout, stdout, code);
    assert.strictEqual(result.status, status, code);
  }
}
