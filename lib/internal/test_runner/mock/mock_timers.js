'use strict';

// Fake timers for node:test (mock.timers): while enabled, setTimeout,
// setInterval, setImmediate (globals and the timers module) and Date run on
// a clock that only tick()/runAll()/setTime() move.

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  DateNow,
  FunctionPrototypeApply,
  FunctionPrototypeToString,
  NumberIsNaN,
  PromiseReject,
  NumberIsInteger,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ReflectConstruct,
  SymbolDispose,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateObject,
} = require('internal/validators');

const kSupported = ['setInterval', 'setTimeout', 'setImmediate', 'Date',
                    'scheduler.wait'];
const RealDate = globalThis.Date;
let warned = false;

// The handle a mocked setTimeout/setInterval/setImmediate returns.
class Timeout {
  constructor(clock, callback, delay, args, repeat, immediate) {
    this.clock = clock;
    this.callback = callback;
    this.delay = delay;
    this.args = args;
    this.repeat = repeat;
    this.immediate = immediate;
    this.id = clock.nextId++;
    this.runAt = clock.now + delay;
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }

  hasRef() {
    return true;
  }

  refresh() {
    this.clock.remove(this);
    this.runAt = this.clock.now + this.delay;
    this.clock.insert(this);
    return this;
  }

  [SymbolDispose]() {
    this.clock.remove(this);
  }
}
ObjectDefineProperty(Timeout, 'name', { __proto__: null, value: 'Timeout' });

class Immediate extends Timeout {}
ObjectDefineProperty(Immediate, 'name', { __proto__: null, value: 'Immediate' });

function makeMockDate(clock) {
  function MockDate(...args) {
    if (new.target === undefined) return `${new RealDate(clock.now)}`;
    if (args.length === 0) return ReflectConstruct(RealDate, [clock.now], new.target);
    return ReflectConstruct(RealDate, args, new.target);
  }
  ObjectDefineProperty(MockDate, 'name', { __proto__: null, value: 'Date' });
  MockDate.prototype = RealDate.prototype;
  MockDate.now = () => clock.now;
  MockDate.parse = RealDate.parse;
  MockDate.UTC = RealDate.UTC;
  MockDate.isMock = true;
  MockDate.toString = () => FunctionPrototypeToString(RealDate);
  return MockDate;
}

class MockTimers {
  #enabled = false;
  #apis = [];
  #saved = [];
  now = 0;
  nextId = 1;
  queue = [];

  constructor() {
    if (!warned) {
      warned = true;
      process.emitWarning('The MockTimers API is an experimental feature ' +
                          'and might change at any time', 'ExperimentalWarning');
    }
  }

  insert(timer) {
    let i = this.queue.length;
    while (i > 0) {
      const other = this.queue[i - 1];
      if (other.runAt < timer.runAt ||
          (other.runAt === timer.runAt && other.id < timer.id)) break;
      i--;
    }
    ArrayPrototypeSplice(this.queue, i, 0, timer);
  }

  remove(timer) {
    for (let i = 0; i < this.queue.length; i++) {
      if (this.queue[i] === timer) {
        ArrayPrototypeSplice(this.queue, i, 1);
        return;
      }
    }
  }

  #schedule(Kind, callback, delay, args, repeat) {
    delay = +delay;
    if (!(delay >= 1 && delay <= 2 ** 31 - 1)) delay = 1;
    if (Kind === Immediate) delay = 0;
    const timer = new Kind(this, callback, delay, args, repeat, Kind === Immediate);
    this.insert(timer);
    return timer;
  }

  #clear = (timer) => {
    if (timer instanceof Timeout) this.remove(timer);
  };

  // timers/promises' setTimeout on the fake clock, with its AbortSignal.
  #promiseTimeout(delay, value, options = { __proto__: null }) {
    try {
      validateObject(options, 'options');
      if (options.signal !== undefined) {
        validateAbortSignal(options.signal, 'options.signal');
      }
    } catch (err) {
      return PromiseReject(err);
    }
    const { signal } = options;
    const { AbortError } = require('internal/errors');
    if (signal?.aborted) {
      return PromiseReject(new AbortError(undefined, { cause: signal.reason }));
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.remove(timer);
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      const timer = this.#schedule(Timeout, () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
      }, delay, [], false);
      signal?.addEventListener('abort', onAbort, { __proto__: null, once: true });
    });
  }

  #fakes() {
    const self = this;
    return {
      __proto__: null,
      setTimeout(callback, delay, ...args) {
        return self.#schedule(Timeout, callback, delay, args, false);
      },
      clearTimeout: this.#clear,
      setInterval(callback, delay, ...args) {
        return self.#schedule(Timeout, callback, delay, args, true);
      },
      clearInterval: this.#clear,
      setImmediate(callback, ...args) {
        return self.#schedule(Immediate, callback, 0, args, false);
      },
      clearImmediate: this.#clear,
      promiseSetTimeout(delay, value, options) {
        return self.#promiseTimeout(delay, value, options);
      },
      promiseSetImmediate(value, options) {
        return self.#promiseTimeout(0, value, options);
      },
      schedulerWait(delay, options) {
        return self.#promiseTimeout(delay, undefined, options);
      },
    };
  }

  #replace(target, name, value) {
    const descriptor = ObjectGetOwnPropertyDescriptor(target, name);
    ArrayPrototypePush(this.#saved, { __proto__: null, target, name, descriptor });
    ObjectDefineProperty(target, name, {
      __proto__: null, value, writable: true, configurable: true,
      enumerable: descriptor?.enumerable ?? true,
    });
  }

  enable(options = { __proto__: null }) {
    if (this.#enabled) {
      throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    }
    let apis;
    let now = 0;
    if (ArrayIsArray(options)) {
      apis = options;
    } else {
      validateObject(options, 'options');
      apis = options.apis ?? kSupported;
      if (options.now !== undefined) now = options.now;
    }
    validateArray(apis, 'options.apis');
    for (let i = 0; i < apis.length; i++) {
      if (!ArrayPrototypeIncludes(kSupported, apis[i])) {
        throw new ERR_INVALID_ARG_VALUE('options.apis', apis[i],
                                        `option ${apis[i]} is not supported`);
      }
    }
    if (ArrayPrototypeIncludes(apis, 'Date') && globalThis.Date?.isMock) {
      throw new ERR_INVALID_STATE('Date is already being mocked!');
    }
    if (now instanceof RealDate) now = now.getTime();
    validateNumber(now, 'initialTime');
    if (now < 0 || NumberIsNaN(now)) {
      throw new ERR_INVALID_ARG_VALUE('initialTime', 'positive integer', now);
    }
    this.now = now;
    this.#apis = apis;
    this.#enabled = true;
    const fakes = this.#fakes();
    const timers = require('timers');
    const pairs = {
      __proto__: null,
      setTimeout: ['setTimeout', 'clearTimeout'],
      setInterval: ['setInterval', 'clearInterval'],
      setImmediate: ['setImmediate', 'clearImmediate'],
    };
    const promises = require('timers/promises');
    for (let i = 0; i < apis.length; i++) {
      if (apis[i] === 'Date') {
        this.#replace(globalThis, 'Date', makeMockDate(this));
        continue;
      }
      if (apis[i] === 'scheduler.wait') {
        this.#replace(promises.scheduler, 'wait', fakes.schedulerWait);
        continue;
      }
      for (const name of pairs[apis[i]]) {
        this.#replace(globalThis, name, fakes[name]);
        this.#replace(timers, name, fakes[name]);
      }
      if (apis[i] === 'setTimeout') {
        this.#replace(promises, 'setTimeout', fakes.promiseSetTimeout);
      } else if (apis[i] === 'setImmediate') {
        this.#replace(promises, 'setImmediate', fakes.promiseSetImmediate);
      }
    }
  }

  #check() {
    if (!this.#enabled) {
      throw new ERR_INVALID_STATE('You should enable MockTimers first by ' +
                                  'calling the .enable function');
    }
  }

  // Moves the clock to `target`, then runs in order every timer due by then
  // (as node does, they all see the new time).
  #advanceTo(target) {
    this.now = target;
    while (this.queue.length > 0 && this.queue[0].runAt <= target) {
      const timer = this.queue[0];
      ArrayPrototypeSplice(this.queue, 0, 1);
      if (timer.repeat) {
        timer.runAt += timer.delay;
        this.insert(timer);
      }
      FunctionPrototypeApply(timer.callback, undefined, timer.args);
    }
  }

  tick(time = 1) {
    this.#check();
    validateNumber(time, 'time');
    if (time < 0) {
      throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', time);
    }
    this.#advanceTo(this.now + time);
  }

  runAll() {
    this.#check();
    let last = this.now;
    for (let i = 0; i < this.queue.length; i++) {
      if (this.queue[i].runAt > last) last = this.queue[i].runAt;
    }
    this.#advanceTo(last);
  }

  setTime(time = DateNow()) {
    this.#check();
    validateNumber(time, 'time');
    if (time < 0 || !NumberIsInteger(time)) {
      throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', time);
    }
    this.now = time;
  }

  reset() {
    if (!this.#enabled) return;
    this.#enabled = false;
    for (let i = this.#saved.length - 1; i >= 0; i--) {
      const { target, name, descriptor } = this.#saved[i];
      if (descriptor === undefined) delete target[name];
      else ObjectDefineProperty(target, name, descriptor);
    }
    this.#saved = [];
    this.#apis = [];
    this.queue = [];
    this.now = 0;
  }

  [SymbolDispose]() {
    this.reset();
  }
}

module.exports = { MockTimers };
