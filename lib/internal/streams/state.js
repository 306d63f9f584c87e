'use strict';

// What ReadableState and WritableState share: the highWaterMark defaults
// (16 KiB of bytes, 16 objects) and the reading of `highWaterMark` /
// `readableHighWaterMark` / `writableHighWaterMark` from options, and the
// bit field that holds their boolean flags (node's layout, so that
// util.inspect shows the same `[Symbol(kState)]` number).

const {
  MathFloor,
  NumberIsInteger,
  ObjectDefineProperty,
  Symbol,
} = primordials;

const { validateInteger } = require('internal/validators');
const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;

let defaultHighWaterMarkBytes = 16 * 1024;
let defaultHighWaterMarkObjectMode = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjectMode : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) {
    defaultHighWaterMarkObjectMode = value;
  } else {
    defaultHighWaterMarkBytes = value;
  }
}

// `highWaterMark` wins; a Duplex side falls back to its own key.
function highWaterMarkFrom(options, isDuplex, duplexKey) {
  if (options.highWaterMark != null) return options.highWaterMark;
  return isDuplex ? options[duplexKey] : null;
}

function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const hwm = highWaterMarkFrom(options, isDuplex, duplexKey);
  if (hwm != null) {
    if (!NumberIsInteger(hwm) || hwm < 0) {
      const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
      throw new ERR_INVALID_ARG_VALUE(name, hwm);
    }
    return MathFloor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

const kState = Symbol('kState');
// ReadableState.prototype[kOnConstructed](stream) and its WritableState
// twin resume the side's work once _construct has called back.
const kOnConstructed = Symbol('kOnConstructed');

// Flags both states have, at the same bits.
const kObjectMode = 1 << 0;
const kErrorEmitted = 1 << 1;
const kAutoDestroy = 1 << 2;
const kEmitClose = 1 << 3;
const kDestroyed = 1 << 4;
const kClosed = 1 << 5;
const kCloseEmitted = 1 << 6;
const kErrored = 1 << 7;
const kConstructed = 1 << 8;

// Defines a boolean accessor on `proto` for each [name, bit] of `flags`.
function defineFlagAccessors(proto, flags) {
  for (let i = 0; i < flags.length; i++) {
    const bit = flags[i][1];
    ObjectDefineProperty(proto, flags[i][0], {
      __proto__: null,
      enumerable: false,
      get() { return (this[kState] & bit) !== 0; },
      set(value) {
        if (value) this[kState] |= bit;
        else this[kState] &= ~bit;
      },
    });
  }
}

// An accessor for a value that lives in the `slot` property while `bit` is
// set; reading it otherwise gives null. Setting a falsy value clears the
// bit (and leaves the slot as it was).
function slotAccessor(bit, slot) {
  return {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & bit) !== 0 ? this[slot] : null; },
    set(value) {
      if (value) {
        this[slot] = value;
        this[kState] |= bit;
      } else {
        this[kState] &= ~bit;
      }
    },
  };
}

// defaultEncoding: 'utf8' is a flag, anything else is kept in `slot`.
function defaultEncodingAccessor(utf8Bit, slot) {
  return {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & utf8Bit) !== 0 ? 'utf8' : this[slot]; },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this[kState] |= utf8Bit;
      } else {
        this[kState] &= ~utf8Bit;
        this[slot] = value;
      }
    },
  };
}

module.exports = {
  slotAccessor,
  defaultEncodingAccessor,
  kState,
  kOnConstructed,
  kObjectMode,
  kErrorEmitted,
  kAutoDestroy,
  kEmitClose,
  kDestroyed,
  kClosed,
  kCloseEmitted,
  kErrored,
  kConstructed,
  defineFlagAccessors,
  getHighWaterMark,
  getDefaultHighWaterMark,
  setDefaultHighWaterMark,
};
