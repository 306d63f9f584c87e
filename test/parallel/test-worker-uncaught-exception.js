'use strict';
// An uncaught exception in a worker ends that worker: the parent gets an
// 'error' event with an Error of the same class, message, own properties and
// the worker's stack, then 'exit' with code 1. A thrown primitive arrives as
// itself. A syntax error in eval code is reported the same way.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

let lastMessage;
function run(code, check) {
  return new Promise((resolve) => {
    const events = [];
    const w = new Worker(code, { eval: true });
    // (Messages posted before the throw are not ordered against 'error':
    // node sends errors through an internal port.)
    w.on('message', (m) => { lastMessage = m; });
    w.on('error', common.mustCall((err) => {
      events.push(['error']);
      check(err);
    }));
    w.on('exit', common.mustCall((c) => {
      events.push(['exit', c]);
      resolve(events);
    }));
  });
}

(async () => {
  let events = await run(`
    require('worker_threads').parentPort.postMessage('before');
    function thrower() {
      const e = new RangeError('bad range');
      e.code = 'ERR_CUSTOM';
      e.extra = { n: 1 };
      throw e;
    }
    thrower();
  `, (err) => {
    assert.ok(err instanceof RangeError);
    assert.strictEqual(err.constructor, RangeError);
    assert.strictEqual(err.name, 'RangeError');
    assert.strictEqual(err.message, 'bad range');
    assert.strictEqual(err.code, 'ERR_CUSTOM');
    assert.deepStrictEqual(err.extra, { n: 1 });
    // The stack is the one from the worker.
    assert.ok(err.stack.includes('RangeError: bad range\n' +
                                 '    at thrower ([worker eval]:4:17)\n' +
                                 '    at [worker eval]:9:5\n'), err.stack);
  });
  assert.deepStrictEqual(events, [['error'], ['exit', 1]]);
  assert.strictEqual(lastMessage, 'before');

  // Thrown later, from a timer, as a TypeError from the engine.
  events = await run('setTimeout(() => { null.x; }, 1);', (err) => {
    assert.ok(err instanceof TypeError);
    assert.strictEqual(err.message, "Cannot read properties of null (reading 'x')");
  });
  assert.deepStrictEqual(events, [['error'], ['exit', 1]]);

  // Primitives arrive as they were thrown.
  await run('throw 42;', (err) => assert.strictEqual(err, 42));
  await run('throw "a string";', (err) => assert.strictEqual(err, 'a string'));
  await run('throw null;', (err) => assert.strictEqual(err, null));
  // A plain object: cloned.
  await run('throw { a: [1] };', (err) => assert.deepStrictEqual(err, { a: [1] }));

  // An unhandled rejection ends the worker too.
  await run('Promise.reject(new Error("rejected"));', (err) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.message, 'rejected');
  });

  // A syntax error in the eval code.
  events = await run('let x = ;', (err) => {
    assert.ok(err instanceof SyntaxError);
    assert.strictEqual(err.message, "Unexpected token ';'");
  });
  assert.deepStrictEqual(events, [['error'], ['exit', 1]]);

  // process.on('uncaughtException') in the worker handles it: no 'error'.
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    process.on('uncaughtException', (e) => parentPort.postMessage(e.message));
    throw new Error('handled');
  `, { eval: true });
  w.on('error', common.mustNotCall());
  w.on('message', common.mustCall((m) => assert.strictEqual(m, 'handled')));
  await new Promise((resolve) => {
    w.on('exit', common.mustCall((c) => {
      assert.strictEqual(c, 0);
      resolve();
    }));
  });

  // The stack of an uncaught Error is decorated like the main thread's fatal
  // exception output: the source line and a caret come first.
  await run(`
    const e = new Error('decorated');
      throw e;
  `, (err) => {
    assert.ok(err.stack.startsWith('[worker eval]:3\n' +
                                   '      throw e;\n' +
                                   '      ^\n' +
                                   '\n' +
                                   'Error: decorated\n' +
                                   '    at [worker eval]:2:15\n'), err.stack);
  });
})().then(common.mustCall());
