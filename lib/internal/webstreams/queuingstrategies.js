'use strict';

// ByteLengthQueuingStrategy and CountQueuingStrategy (stream/web). The size
// functions are shared by all instances, as the standard asks.

const {
  ObjectDefineProperties,
  ObjectDefineProperty,
  Symbol,
} = primordials;

const {
  codes: { ERR_INVALID_THIS, ERR_MISSING_OPTION },
} = require('internal/errors');
const { kEnumerableProperty } = require('internal/util');
const { validateObject } = require('internal/validators');
const { defineInspect, defineToStringTag } = require('internal/webstreams/util');

const kHighWaterMark = Symbol('kHighWaterMark');

function byteLengthSize(chunk) {
  return chunk.byteLength;
}
ObjectDefineProperty(byteLengthSize, 'name', { __proto__: null, value: 'size' });

function countSize() {
  return 1;
}
ObjectDefineProperty(countSize, 'name', { __proto__: null, value: 'size' });

function readInit(init) {
  validateObject(init, 'init');
  if (init.highWaterMark === undefined) {
    throw new ERR_MISSING_OPTION('init.highWaterMark');
  }
  return +init.highWaterMark;
}

function isStrategy(value, Class) {
  return value != null && typeof value === 'object' &&
    value[kHighWaterMark] !== undefined && value instanceof Class;
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kHighWaterMark] = readInit(init);
  }

  get highWaterMark() {
    if (!isStrategy(this, ByteLengthQueuingStrategy)) {
      throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    }
    return this[kHighWaterMark];
  }

  get size() {
    if (!isStrategy(this, ByteLengthQueuingStrategy)) {
      throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    }
    return byteLengthSize;
  }
}

class CountQueuingStrategy {
  constructor(init) {
    this[kHighWaterMark] = readInit(init);
  }

  get highWaterMark() {
    if (!isStrategy(this, CountQueuingStrategy)) {
      throw new ERR_INVALID_THIS('CountQueuingStrategy');
    }
    return this[kHighWaterMark];
  }

  get size() {
    if (!isStrategy(this, CountQueuingStrategy)) {
      throw new ERR_INVALID_THIS('CountQueuingStrategy');
    }
    return countSize;
  }
}

for (const Class of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  ObjectDefineProperties(Class.prototype, {
    highWaterMark: kEnumerableProperty,
    size: kEnumerableProperty,
  });
  defineToStringTag(Class);
  defineInspect(Class, (obj) => isStrategy(obj, Class), (obj) => ({
    highWaterMark: obj.highWaterMark,
    size: obj.size,
  }));
}

module.exports = {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
};
