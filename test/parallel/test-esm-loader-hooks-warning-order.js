'use strict';
// A warning that a load hook emits (process.emitWarning queues it with
// process.nextTick on the hooks thread) is printed before the main thread
// goes on with the hook's answer, even when the main thread then ends the
// process at once. Several children at a time, as a busy machine runs them.
require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const hook = `data:text/javascript,${encodeURIComponent(
  'export function load(url, context, next) {' +
  "  process.emitWarning('from the load hook', 'HookWarning');" +
  '  return next(url, context);' +
  '}')}`;
const main = `import { register } from 'node:module';
register(${JSON.stringify(hook)});
await import('data:text/javascript,export default 1');`;

const runs = 8;
let done = 0;
for (let i = 0; i < runs; i++) {
  const child = spawn(process.execPath,
                      ['--input-type=module', '--eval', main],
                      { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  child.on('close', (code) => {
    assert.strictEqual(code, 0, stderr);
    assert.match(stderr, /HookWarning: from the load hook/);
    done++;
  });
}
process.on('exit', () => assert.strictEqual(done, runs));
