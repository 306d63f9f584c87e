'use strict';
// mock.timers: fake setTimeout/setInterval/setImmediate/Date and
// timers/promises, moved by tick(), runAll() and setTime().
require('../common');
const assert = require('assert');
const { test } = require('node:test');
const timers = require('timers');
const timersPromises = require('timers/promises');

process.on('warning', () => {});

test('tick runs due timers in order; they see the new time', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'Date'], now: 1000 });
  const seen = [];
  setTimeout(() => seen.push(`t10@${Date.now()}`), 10);
  timers.setTimeout(() => seen.push('t5'), 5);
  const interval = setInterval(() => seen.push('i4'), 4);
  t.mock.timers.tick(9);
  assert.deepStrictEqual(seen, ['i4', 't5', 'i4']);
  t.mock.timers.tick(1);
  assert.deepStrictEqual(seen, ['i4', 't5', 'i4', 't10@1010']);
  clearInterval(interval);
  t.mock.timers.tick(100);
  assert.strictEqual(seen.length, 4);
  assert.strictEqual(Date.now(), 1110);
  assert.strictEqual(new Date().getTime(), 1110);
  assert.strictEqual(new Date(5).getTime(), 5);
  assert.strictEqual(typeof Date(), 'string');
  assert.strictEqual(Date.isMock, true);
});

test('runAll, clearTimeout and setImmediate', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'setImmediate'] });
  const seen = [];
  const cancelled = setTimeout(() => seen.push('cancelled'), 1);
  clearTimeout(cancelled);
  setTimeout(() => seen.push('late'), 5000);
  setImmediate(() => seen.push('immediate'));
  t.mock.timers.runAll();
  assert.deepStrictEqual(seen, ['immediate', 'late']);
});

test('timers/promises and scheduler.wait', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'scheduler.wait'] });
  const p1 = timersPromises.setTimeout(100, 'value');
  const p2 = timersPromises.scheduler.wait(200);
  t.mock.timers.tick(200);
  assert.strictEqual(await p1, 'value');
  assert.strictEqual(await p2, undefined);
  const controller = new AbortController();
  const p3 = timersPromises.setTimeout(100, 'x', { signal: controller.signal });
  controller.abort();
  await assert.rejects(p3, { name: 'AbortError' });
});

test('the real timers come back after reset', (t) => {
  const realSetTimeout = globalThis.setTimeout;
  const RealDate = Date;
  t.mock.timers.enable();
  assert.notStrictEqual(globalThis.setTimeout, realSetTimeout);
  t.mock.timers.reset();
  assert.strictEqual(globalThis.setTimeout, realSetTimeout);
  assert.strictEqual(Date, RealDate);
});

test('setTime moves Date without running timers', (t) => {
  t.mock.timers.enable({ apis: ['Date', 'setTimeout'] });
  let ran = false;
  setTimeout(() => { ran = true; }, 10);
  t.mock.timers.setTime(5000);
  assert.strictEqual(Date.now(), 5000);
  assert.strictEqual(ran, false);
});

test('errors', (t) => {
  assert.throws(() => t.mock.timers.tick(), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: You should enable MockTimers first by calling ' +
             'the .enable function',
  });
  assert.throws(() => t.mock.timers.enable({ apis: ['nope'] }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.apis' option nope is not supported. " +
             "Received 'nope'",
  });
  assert.throws(() => t.mock.timers.enable({ now: -1 }),
                { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => t.mock.timers.enable({ now: 'x' }),
                { code: 'ERR_INVALID_ARG_TYPE' });
  t.mock.timers.enable();
  assert.throws(() => t.mock.timers.enable(), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: MockTimers is already enabled!',
  });
  assert.throws(() => t.mock.timers.tick(-1), { code: 'ERR_INVALID_ARG_VALUE' });
});
