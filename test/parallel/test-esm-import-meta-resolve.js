'use strict';
// import.meta.resolve: a URL of any scheme resolves to itself; a second
// argument (the URL to resolve from) counts only under
// --experimental-import-meta-resolve, where it must be a string or a URL.
// Module objects hold their URL as an own property: accessors a program
// puts on Object.prototype or Error.prototype are never called.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(args, code) {
  const result = spawnSync(process.execPath,
                           [...args, '--input-type=module', '-e', code],
                           { encoding: 'utf8' });
  assert.strictEqual(result.stderr, '');
  return result.stdout;
}

assert.strictEqual(run([], `console.log(import.meta.resolve('http://x/y'),
  import.meta.resolve('some://weird/p'), import.meta.resolve('fs'))`),
                   'http://x/y some://weird/p node:fs\n');
assert.strictEqual(run([], `console.log(
  import.meta.resolve('./x.js', 'file:///elsewhere/') ===
  new URL('./x.js', import.meta.url).href)`), 'true\n');
assert.strictEqual(run(['--experimental-import-meta-resolve'], `console.log(
  import.meta.resolve('./x.js', 'file:///c/'),
  import.meta.resolve('./x.js', new URL('file:///a/b/')))`),
                   'file:///c/x.js file:///a/b/x.js\n');
assert.strictEqual(run(['--experimental-import-meta-resolve'], `
  for (const bad of [5, {}, null]) {
    try { import.meta.resolve('./x.js', bad); } catch (e) { console.log(e.code); }
  }`), 'ERR_INVALID_ARG_TYPE\n'.repeat(3));

assert.strictEqual(run([], `
  for (const proto of [Object.prototype, Error.prototype]) {
    Object.defineProperty(proto, 'url', {
      get() { throw new Error('get'); }, set() { throw new Error('set'); },
    });
  }
  try { await import('./no-such-file.js'); } catch (e) { console.log(e.code); }
  await import('data:text/javascript,export default 1');
  console.log('done');`), 'ERR_MODULE_NOT_FOUND\ndone\n');
