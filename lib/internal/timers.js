'use strict';

// Timers and immediates. All timers of one duration share a list (a
// TimersList, in insertion order, so expiries within it are sorted); the
// lists sit in a min-heap by expiry, and the one uv_timer_t of the
// Environment is armed for the earliest (src/timers.cc). A million timers
// cost one libuv handle.

const {
  MathMax,
  NumberIsFinite,
  MathTrunc,
  ObjectCreate,
  ReflectApply,
  Symbol,
  SymbolToPrimitive,
} = primordials;

const { SymbolDispose } = require('internal/util');
const binding = internalBinding('timers');
const {
  scheduleTimer,
  toggleTimerRef,
  getLibuvNow,
  immediateInfo,
  toggleImmediateRef,
  constants: { kCount, kRefCount, kHasOutstanding },
} = binding;
const {
  initResource,
  emitBefore,
  emitAfter,
  emitDestroy,
  hasDestroyHooks,
  async_id_symbol,
  trigger_async_id_symbol,
} = require('internal/async_hooks');

// Largest delay a timer takes: 2^31 - 1 ms.
const TIMEOUT_MAX = 2 ** 31 - 1;

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');

// Timeouts converted to a primitive (numeric id), for clearTimeout(id).
const knownTimersById = ObjectCreate(null);

// duration -> TimersList
const timerListMap = ObjectCreate(null);
let timerListId = Number.MIN_SAFE_INTEGER;
let nextExpiry = Infinity;
let refCount = 0;

const PriorityQueue = require('internal/priority_queue');
const timerListQueue = new PriorityQueue(compareTimersLists, setPosition);

function compareTimersLists(a, b) {
  const expiryDiff = a.expiry - b.expiry;
  if (expiryDiff === 0) {
    if (a.id < b.id) return -1;
    if (a.id > b.id) return 1;
  }
  return expiryDiff;
}

function setPosition(node, pos) {
  node.priorityQueuePosition = pos;
}

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

// --- intrusive doubly linked lists (timer lists and immediates) -------------

function listPeek(list) {
  if (list._idlePrev === list) return null;
  return list._idlePrev;
}

function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

// Newest items go at the head (_idleNext); the oldest is at _idlePrev.
function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

function listIsEmpty(list) {
  return list._idleNext === list;
}

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

// --- Timeout -----------------------------------------------------------------

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed ` +
          'integer.\nTimeout duration was set to 1.',
        'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    initResource(this, 'Timeout');
  }

  refresh() {
    if (this[kRefed]) {
      active(this);
    } else {
      unrefActive(this);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [SymbolDispose]() {
    clearTimeout(this);
  }

  [SymbolToPrimitive]() {
    const id = this[async_id_symbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

// Starts (or restarts) `item` on its duration's list.
function insert(item, msecs, start = getLibuvNow()) {
  msecs = MathTrunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    timerListQueue.insert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const wasDestroyed = item._destroyed;
  if (wasDestroyed || !item[async_id_symbol]) {
    item._destroyed = false;
    initResource(item, 'Timeout');
  }
  if (wasDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function active(item) {
  insertGuarded(item, true);
}

function unrefActive(item) {
  insertGuarded(item, false);
}

// Stops `item`: removes it from its list, and the list when it empties.
function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (hasDestroyHooks() && item[async_id_symbol] !== undefined) {
    emitDestroy(item[async_id_symbol]);
  }
  if (item[kHasPrimitive]) delete knownTimersById[item[async_id_symbol]];
  if (item[kRefed]) decRefCount();
  item[kRefed] = null;
  listRemove(item);
  const list = timerListMap[MathTrunc(item._idleTimeout)];
  if (list !== undefined && listIsEmpty(list)) {
    timerListQueue.removeAt(list.priorityQueuePosition);
    delete timerListMap[list.msecs];
  }
  item._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._idleTimeout = undefined;
      unenroll(timerInstance);
    }
  }
}

// --- the two phase callbacks C++ calls ---------------------------------------

function getTimerCallbacks(runNextTicks) {
  function processTimers(now) {
    nextExpiry = Infinity;
    let list;
    let ranAtLeastOneList = false;
    while ((list = timerListQueue.peek()) != null) {
      if (list.expiry > now) {
        nextExpiry = list.expiry;
        return refCount > 0 ? nextExpiry : -nextExpiry;
      }
      if (ranAtLeastOneList) runNextTicks();
      else ranAtLeastOneList = true;
      listOnTimeout(list, now);
    }
    return 0;
  }

  function listOnTimeout(list, now) {
    const msecs = list.msecs;
    let ranAtLeastOneTimer = false;
    let timer;
    while ((timer = listPeek(list)) != null) {
      const diff = now - timer._idleStart;
      if (diff < msecs) {
        // The rest of the list is not due: move the list's expiry.
        list.expiry = MathMax(timer._idleStart + msecs, now + 1);
        list.id = timerListId++;
        timerListQueue.percolateDown(1);
        return;
      }
      if (ranAtLeastOneTimer) runNextTicks();
      else ranAtLeastOneTimer = true;
      listRemove(timer);
      if (!timer._onTimeout) {
        if (!timer._destroyed) {
          timer._destroyed = true;
          if (timer[kRefed]) refCount--;
          if (timer[kHasPrimitive]) {
            delete knownTimersById[timer[async_id_symbol]];
          }
        }
        continue;
      }
      const asyncId = timer[async_id_symbol];
      emitBefore(asyncId, timer[trigger_async_id_symbol], timer);
      let start;
      if (timer._repeat) start = getLibuvNow();
      try {
        const args = timer._timerArgs;
        if (args === undefined) timer._onTimeout();
        else ReflectApply(timer._onTimeout, timer, args);
      } finally {
        if (timer._repeat && timer._idleTimeout !== -1) {
          timer._idleTimeout = timer._repeat;
          insert(timer, timer._idleTimeout, start);
        } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
          timer._destroyed = true;
          if (timer[kHasPrimitive]) {
            delete knownTimersById[asyncId];
          }
          if (timer[kRefed]) decRefCount();
          if (hasDestroyHooks()) emitDestroy(asyncId);
        }
      }
      emitAfter(asyncId);
    }
    // Every timer of the list ran: drop the list, unless a callback already
    // replaced it with a new one for the same duration.
    if (list === timerListMap[msecs]) {
      delete timerListMap[msecs];
      timerListQueue.shift();
    }
  }

  function processImmediate() {
    const queue = outstandingQueue.head !== null ?
      outstandingQueue : immediateQueue;
    let immediate = queue.head;
    // Immediates scheduled from here on wait for the next check phase.
    if (queue !== outstandingQueue) {
      queue.head = queue.tail = null;
      immediateInfo[kHasOutstanding] = 1;
    }
    let ranAtLeastOneImmediate = false;
    while (immediate !== null) {
      if (ranAtLeastOneImmediate) runNextTicks();
      else ranAtLeastOneImmediate = true;
      if (immediate._destroyed) {
        immediate = outstandingQueue.head = immediate._idleNext;
        continue;
      }
      immediate._destroyed = true;
      immediateInfo[kCount]--;
      if (immediate[kRefed]) immediateInfo[kRefCount]--;
      immediate[kRefed] = null;
      const asyncId = immediate[async_id_symbol];
      emitBefore(asyncId, immediate[trigger_async_id_symbol], immediate);
      try {
        const argv = immediate._argv;
        if (!argv) immediate._onImmediate();
        else ReflectApply(immediate._onImmediate, immediate, argv);
      } finally {
        immediate._onImmediate = null;
        if (hasDestroyHooks()) emitDestroy(asyncId);
        // If the callback threw, the rest run on the next check phase.
        outstandingQueue.head = immediate = immediate._idleNext;
      }
      emitAfter(asyncId);
    }
    if (queue === outstandingQueue) outstandingQueue.head = null;
    immediateInfo[kHasOutstanding] = 0;
  }

  return { processImmediate, processTimers };
}

// --- Immediate ---------------------------------------------------------------

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }

  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

const immediateQueue = new ImmediateList();
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    initResource(this, 'Immediate');
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [SymbolDispose]() {
    clearImmediate(this);
  }
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) {
    toggleImmediateRef(false);
  }
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  if (hasDestroyHooks()) emitDestroy(immediate[async_id_symbol]);
  // Unlinking fixes its neighbours whether it sits in the waiting queue or
  // in the batch being run.
  if (immediate === outstandingQueue.head) {
    outstandingQueue.head = immediate._idleNext;
  }
  immediateQueue.remove(immediate);
}

function setupTimers(runNextTicks) {
  const { processImmediate, processTimers } = getTimerCallbacks(runNextTicks);
  binding.setupTimers(processImmediate, processTimers);
}

// The ref'd timeouts and immediates, for process.getActiveResourcesInfo().
function getTimerCounts() {
  return { timeoutCount: refCount, immediateCount: immediateInfo[kRefCount] };
}

// A timeout given to an API (socket.setTimeout, timers.enroll): a
// non-negative finite number, cut to the largest a timer can wait, with a
// TimeoutOverflowWarning.
function getTimerDuration(msecs, name) {
  require('internal/validators').validateNumber(msecs, name);
  if (msecs < 0 || !NumberIsFinite(msecs)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

module.exports = {
  TIMEOUT_MAX,
  getTimerDuration,
  getTimerCounts,
  kRefed,
  kHasPrimitive,
  Timeout,
  Immediate,
  active,
  unrefActive,
  insert,
  unenroll,
  clearTimeout,
  clearImmediate,
  setupTimers,
  knownTimersById,
  timerListMap,
  timerListQueue,
  immediateQueue,
};
