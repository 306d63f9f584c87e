'use strict';
// resourceLimits: the values given are seen in the worker
// (require('worker_threads').resourceLimits) and on worker.resourceLimits
// while it runs ({} after exit); a worker that allocates past
// maxOldGenerationSizeMb gets an 'error' ERR_WORKER_OUT_OF_MEMORY and then
// 'exit' with code 1, and the main thread is unaffected.
const common = require('../common');
const assert = require('assert');
const { Worker, resourceLimits } = require('worker_threads');

// On the main thread: an empty object.
assert.deepStrictEqual(resourceLimits, {});

const limits = {
  maxYoungGenerationSizeMb: 8,
  maxOldGenerationSizeMb: 64,
  codeRangeSizeMb: 32,
  stackSizeMb: 2,
};

const w = new Worker(`
  const { parentPort, resourceLimits } = require('worker_threads');
  parentPort.postMessage(resourceLimits);
  parentPort.once('message', () => parentPort.close());
`, { eval: true, resourceLimits: limits });
assert.deepStrictEqual(w.resourceLimits, limits);  // Right after construction.
w.on('online', common.mustCall(() => {
  assert.deepStrictEqual(w.resourceLimits, limits);
}));
w.on('message', common.mustCall((inWorker) => {
  assert.deepStrictEqual(inWorker, limits);
  assert.deepStrictEqual(w.resourceLimits, limits);
  w.postMessage('end');
}));
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(w.resourceLimits, {});
  defaults();
}));

// Unset values are reported with the values the worker actually uses; the
// given one is unchanged.
function defaults() {
  const w = new Worker(`
    const { parentPort, resourceLimits } = require('worker_threads');
    parentPort.postMessage(resourceLimits);
  `, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 48 } });
  w.on('message', common.mustCall((got) => {
    assert.deepStrictEqual(Object.keys(got).sort(), [
      'codeRangeSizeMb', 'maxOldGenerationSizeMb', 'maxYoungGenerationSizeMb',
      'stackSizeMb',
    ]);
    assert.strictEqual(got.maxOldGenerationSizeMb, 48);
    // The heap sizes V8 picked depend on the machine's memory.
    assert.strictEqual(typeof got.maxYoungGenerationSizeMb, 'number');
    assert.ok(got.maxYoungGenerationSizeMb > 0);
    // Not given: codeRangeSizeMb is reported as 0, the stack as 4 MB.
    assert.strictEqual(got.codeRangeSizeMb, 0);
    assert.strictEqual(got.stackSizeMb, 4);
  }));
  w.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    oom();
  }));
}

function oom() {
  const events = [];
  const w = new Worker(`
    const keep = [];
    while (true) keep.push(new Array(1e5).fill(keep.length));
  `, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 } });
  w.on('error', common.mustCall((err) => {
    events.push('error');
    assert.ok(err instanceof Error);
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.code, 'ERR_WORKER_OUT_OF_MEMORY');
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.message,
                       'Worker terminated due to reaching memory limit: ' +
                       'JS heap out of memory');
  }));
  w.on('exit', common.mustCall((code) => {
    events.push('exit');
    assert.strictEqual(code, 1);
    assert.deepStrictEqual(events, ['error', 'exit']);
    // The main thread still allocates and runs.
    assert.strictEqual(new Array(1e5).fill(1).length, 1e5);
  }));
}
