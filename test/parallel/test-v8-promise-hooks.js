'use strict';
// v8.promiseHooks: each event's hooks in the order added, stop functions,
// validation, errors from a hook, and async_hooks sharing V8's hooks.
const common = require('../common');
const assert = require('assert');
const { promiseHooks } = require('v8');
const { createHook, executionAsyncId } = require('async_hooks');

assert.deepStrictEqual(Object.keys(promiseHooks),
                       ['createHook', 'onInit', 'onBefore', 'onAfter',
                        'onSettled']);

for (const name of ['onInit', 'onBefore', 'onAfter', 'onSettled']) {
  const hookName = `${name[2].toLowerCase()}${name.slice(3)}Hook`;
  for (const bad of [undefined, 1, {}, async () => {}, async function* g() {}]) {
    assert.throws(() => promiseHooks[name](bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: new RegExp(`^The "${hookName}" argument must be of type function`),
    });
  }
}
assert.throws(() => promiseHooks.createHook({ settled: 1 }),
              { code: 'ERR_INVALID_ARG_TYPE' });
// No callbacks at all is fine.
promiseHooks.createHook()();
promiseHooks.createHook({})();

const stopNoop = promiseHooks.onInit(() => {});
assert.strictEqual(stopNoop.name, 'bound stop');
stopNoop();
stopNoop();  // Twice is harmless.

async function main() {
  // One promise's events, in order.
  {
    const events = [];
    let watched;
    const stop = promiseHooks.createHook({
      init(promise, parent) {
        if (watched === undefined) watched = promise;
        events.push(['init', promise === watched, parent]);
      },
      settled(promise) { if (promise === watched) events.push(['settled']); },
      before(promise) { if (promise === watched) events.push(['before']); },
      after(promise) { if (promise === watched) events.push(['after']); },
    });
    const p = new Promise((resolve) => setImmediate(resolve, 1));
    const child = p.then(() => {});
    stop();
    assert.strictEqual(watched, p);
    await child;
    // Stopped before the promise settled: only the inits were seen.
    assert.deepStrictEqual(events, [['init', true, undefined],
                                    ['init', false, p]]);
  }
  {
    // before/after see the promise the reaction belongs to (then()'s).
    const events = [];
    let child;
    const stop = promiseHooks.createHook({
      before(promise) { if (promise === child) events.push('before'); },
      after(promise) { if (promise === child) events.push('after'); },
    });
    child = Promise.resolve(1).then(() => events.push('then'));
    await child;
    stop();
    assert.deepStrictEqual(events, ['before', 'then', 'after']);
  }
  {
    // Several hooks of one kind run in the order they were added; a hook
    // stopped inside the run still runs this time, not the next.
    const order = [];
    let stopSecond;
    const stopFirst = promiseHooks.onSettled(() => {
      order.push('first');
      stopSecond();
    });
    stopSecond = promiseHooks.onSettled(() => order.push('second'));
    const stopThird = promiseHooks.onSettled(() => order.push('third'));
    Promise.resolve();
    Promise.resolve();
    stopFirst();
    stopThird();
    assert.deepStrictEqual(order, ['first', 'second', 'third', 'first',
                                   'third']);
  }
  {
    // An exception in a hook is uncaught once every hook has run.
    const seen = [];
    const stops = [
      promiseHooks.onInit(() => { throw new Error('hook failed'); }),
      promiseHooks.onInit(() => seen.push('second')),
    ];
    process.once('uncaughtException', common.mustCall((err) => {
      assert.strictEqual(err.message, 'hook failed');
      assert.deepStrictEqual(seen, ['second']);
    }));
    Promise.resolve();
    for (const stop of stops) stop();
  }
  {
    // async_hooks keeps working next to promise hooks, and the other way.
    let asyncInits = 0;
    const hook = createHook({
      init(id, type) { if (type === 'PROMISE') asyncInits++; },
    }).enable();
    let v8Inits = 0;
    const stop = promiseHooks.onInit(() => v8Inits++);
    await Promise.resolve();
    hook.disable();
    const withBoth = [asyncInits, v8Inits];
    assert.ok(asyncInits > 0 && v8Inits > 0, String(withBoth));
    await Promise.resolve();
    assert.strictEqual(asyncInits, withBoth[0]);
    assert.ok(v8Inits > withBoth[1]);
    stop();
    assert.ok(executionAsyncId() >= 0);
  }
}

main().then(common.mustCall());
