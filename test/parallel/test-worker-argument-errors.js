'use strict';
// Worker and messaging arguments refused as node refuses them: execArgv
// with per-process options or a missing value, an env whose NODE_OPTIONS
// is bad, file:// and data: strings instead of URLs, MessageChannel without
// `new`, MessageEvent's source and ports, BroadcastChannel's inspect on
// another object. And process.exit() in a worker ends its code at once.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const {
  Worker, MessageChannel, BroadcastChannel,
} = require('worker_threads');

const invalid = (what) => ({
  name: 'Error',
  code: 'ERR_WORKER_INVALID_EXEC_ARGV',
  message: `Initiated Worker with ${what}`,
});
assert.throws(() => new Worker(__filename, { execArgv: ['--title=x'] }),
              invalid('invalid execArgv flags: --title=x'));
assert.throws(() => new Worker(__filename, { execArgv: ['--require'] }),
              invalid('invalid execArgv flags: --require requires an ' +
                      'argument'));
// A missing value is the only error named when there is one.
assert.throws(() => new Worker(__filename, { execArgv: ['--nope', '-r'] }),
              invalid('invalid execArgv flags: -r requires an argument'));
assert.throws(() => new Worker(__filename, { execArgv: ['--nope', '--title'] }),
              invalid('invalid execArgv flags: --nope, --title'));
assert.throws(() => new Worker(__filename, { execArgv: ['--no', '--title=x'] }),
              invalid('invalid execArgv flags: --no, --title=x'));
// NODE_OPTIONS: the first error.
assert.throws(() => new Worker(__filename, {
  env: { NODE_OPTIONS: '--eval=1 --no-such-option' },
}), invalid('invalid NODE_OPTIONS env variable: --eval= is not allowed in ' +
            'NODE_OPTIONS'));
// Per-process options are not a thread's; the parent's own NODE_OPTIONS,
// copied, is not checked again.
assert.throws(() => new Worker(__filename, {
  env: { NODE_OPTIONS: '--title=x' },
}), invalid('invalid NODE_OPTIONS env variable: --title= is not allowed in ' +
            'NODE_OPTIONS'));
if (process.env.NODE_OPTIONS === undefined) {
  const { spawnSync } = require('child_process');
  const child = spawnSync(process.execPath, ['-e', `
    const { Worker } = require('worker_threads');
    new Worker('0', { eval: true, env: { ...process.env } });`],
  { env: { ...process.env, NODE_OPTIONS: '--title=x' }, encoding: 'utf8' });
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.status, 0);
}

const prefix = 'The worker script or module filename must be an absolute ' +
  "path or a relative path starting with './' or '../'.";
assert.throws(() => new Worker('file:///x.js'), {
  name: 'TypeError',
  code: 'ERR_WORKER_PATH',
  message: `${prefix} Wrap file:// URLs with \`new URL\`. Received "file:///x.js"`,
});
assert.throws(() => new Worker('data:text/javascript,0'), {
  code: 'ERR_WORKER_PATH',
  message: `${prefix} Wrap data: URLs with \`new URL\`. ` +
    'Received "data:text/javascript,0"',
});

assert.throws(() => MessageChannel(), {
  name: 'TypeError',
  code: 'ERR_CONSTRUCT_CALL_REQUIRED',
  message: 'Cannot call constructor without `new`',
});

const { port1 } = new MessageChannel();
assert.throws(() => new MessageEvent('message', { source: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "init.source" property must be an instance of MessagePort. ' +
    'Received an instance of Object',
});
assert.throws(() => new MessageEvent('message', { ports: [port1, null] }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "init.ports[1]" property must be an instance of ' +
    'MessagePort. Received null',
});
assert.throws(() => new MessageEvent('message', { ports: 1 }), TypeError);
assert.deepStrictEqual(new MessageEvent('message', { ports: [port1] }).ports,
                       [port1]);
port1.close();

const channel = new BroadcastChannel('argument-errors');
assert.throws(() => channel[util.inspect.custom].call(undefined), {
  code: 'ERR_INVALID_THIS',
});
assert.throws(() => channel.ref.call({}), { code: 'ERR_INVALID_THIS' });
channel.close();

// Nothing after process.exit() runs in the worker.
const data = new Int32Array(new SharedArrayBuffer(4));
new Worker('const { workerData } = require("worker_threads");' +
           'process.exit(3); workerData[0] = 1;',
           { eval: true, workerData: data })
  .on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 3);
    assert.strictEqual(data[0], 0);
  }));
