'use strict';
// options.argv is appended to the worker's process.argv after execPath and
// the script path (stringified); options.execArgv becomes the worker's
// process.execArgv and the worker inherits the parent's execArgv by default.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (!isMainThread) {
  parentPort.postMessage({
    argv: process.argv,
    execArgv: process.execArgv,
    tag: workerData,
  });
  return;
}

function run(options, check) {
  const w = new Worker(__filename, options);
  w.on('message', common.mustCall(check));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// argv values are converted to strings.
run({ argv: ['a', 1, true, null], workerData: 'file' }, (m) => {
  assert.strictEqual(m.tag, 'file');
  assert.deepStrictEqual(m.argv,
                         [process.execPath, __filename, 'a', '1', 'true', 'null']);
  assert.deepStrictEqual(m.execArgv, process.execArgv);
});

// Without argv: execPath and the script path only.
run({}, (m) => {
  assert.deepStrictEqual(m.argv, [process.execPath, __filename]);
});

// execArgv is reported as given.
run({ execArgv: ['--no-warnings'] }, (m) => {
  assert.deepStrictEqual(m.execArgv, ['--no-warnings']);
});
run({ execArgv: [] }, (m) => {
  assert.deepStrictEqual(m.execArgv, []);
});

// An eval worker: argv[1] is '[worker eval]'.
const code = `
  const { parentPort } = require('worker_threads');
  parentPort.postMessage(process.argv);
`;
const w = new Worker(code, { eval: true, argv: ['x', 2] });
w.on('message', common.mustCall((argv) => {
  assert.deepStrictEqual(argv, [process.execPath, '[worker eval]', 'x', '2']);
}));
