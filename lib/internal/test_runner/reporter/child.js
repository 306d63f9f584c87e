'use strict';

// How a `--test` child process hands its events to the parent: one line per
// event on stdout, marked so that the parent can tell it from the test's own
// output, with values encoded so that errors, undefined, bigints and
// circular objects survive JSON.

const {
  ArrayIsArray,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  BigInt,
  Error,
  JSONParse,
  JSONStringify,
  NumberIsFinite,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectKeys,
  ObjectIs,
  ObjectSetPrototypeOf,
  RegExp,
  SafeMap,
  SafeSet,
  StringPrototypeStartsWith,
  StringPrototypeSlice,
} = primordials;

const { isError } = require('internal/util');
const { isDate, isRegExp, isMap, isSet } = require('internal/util/types');

const kMarker = '\u001b_nodus-test:';

function encode(value, seen) {
  switch (typeof value) {
    case 'undefined': return { $: 'u' };
    case 'number':
      if (!NumberIsFinite(value) || ObjectIs(value, -0)) {
        return { $: 'n', v: ObjectIs(value, -0) ? '-0' : `${value}` };
      }
      return value;
    case 'bigint': return { $: 'b', v: `${value}` };
    case 'symbol': return { $: 's', v: value.description };
    case 'function': return { $: 'f', v: value.name };
    case 'string':
    case 'boolean':
      return value;
    default:
      break;
  }
  if (value === null) return null;
  if (seen.has(value)) return { $: 'c' };
  seen.add(value);
  try {
    if (isError(value)) {
      const props = {};
      const keys = ObjectKeys(value);
      for (let i = 0; i < keys.length; i++) {
        props[keys[i]] = encode(value[keys[i]], seen);
      }
      return { $: 'e', name: `${value.name}`, message: `${value.message}`,
               stack: typeof value.stack === 'string' ? value.stack : undefined,
               props };
    }
    if (ArrayIsArray(value)) {
      return { $: 'a', v: ArrayPrototypeMap(value, (v) => encode(v, seen)) };
    }
    if (isDate(value)) return { $: 'd', v: +value };
    if (isRegExp(value)) return { $: 'r', v: value.source, f: value.flags };
    if (isMap(value)) {
      const v = [];
      for (const { 0: k, 1: item } of value) {
        ArrayPrototypePush(v, [encode(k, seen), encode(item, seen)]);
      }
      return { $: 'm', v };
    }
    if (isSet(value)) {
      const v = [];
      for (const item of value) ArrayPrototypePush(v, encode(item, seen));
      return { $: 'S', v };
    }
    const v = {};
    const keys = ObjectKeys(value);
    for (let i = 0; i < keys.length; i++) v[keys[i]] = encode(value[keys[i]], seen);
    return { $: 'o', v };
  } finally {
    seen.delete(value);
  }
}

function errorPrototype(name) {
  if (name === 'AssertionError') return require('assert').AssertionError.prototype;
  const ctor = globalThis[name];
  if (typeof ctor === 'function' && ctor.prototype instanceof Error) {
    return ctor.prototype;
  }
  return Error.prototype;
}

function decode(value) {
  if (value === null || typeof value !== 'object') return value;
  switch (value.$) {
    case 'u': return undefined;
    case 'n': return value.v === '-0' ? -0 : +value.v;
    case 'b': return BigInt(value.v);
    case 's': return Symbol(value.v);
    case 'f': {
      const fn = function() {};
      ObjectDefineProperty(fn, 'name', { __proto__: null, value: value.v });
      return fn;
    }
    case 'c': return '[Circular]';
    case 'a': return ArrayPrototypeMap(value.v, decode);
    case 'd': return new Date(value.v);
    case 'r': return new RegExp(value.v, value.f);
    case 'm': return new SafeMap(ArrayPrototypeMap(value.v,
                                                   (e) => [decode(e[0]), decode(e[1])]));
    case 'S': return new SafeSet(ArrayPrototypeMap(value.v, decode));
    case 'e': {
      const err = new Error(value.message);
      const proto = errorPrototype(value.name);
      ObjectSetPrototypeOf(err, proto);
      if (proto.name !== value.name) {
        ObjectDefineProperty(err, 'name', { __proto__: null, value: value.name,
                                            writable: true, configurable: true });
      }
      ObjectDefineProperty(err, 'stack', { __proto__: null, value: value.stack,
                                           writable: true, configurable: true });
      const keys = ObjectKeys(value.props);
      for (let i = 0; i < keys.length; i++) {
        const desc = ObjectGetOwnPropertyDescriptor(err, keys[i]);
        if (desc !== undefined) delete err[keys[i]];
        err[keys[i]] = decode(value.props[keys[i]]);
      }
      return err;
    }
    case 'o': {
      const out = {};
      const keys = ObjectKeys(value.v);
      for (let i = 0; i < keys.length; i++) out[keys[i]] = decode(value.v[keys[i]]);
      return out;
    }
    default:
      return value;
  }
}

function serialize(type, data) {
  return `${kMarker}${JSONStringify({ type, data: encode(data, new SafeSet()) })}\n`;
}

// The line's event, or null for the test's own output.
function parseLine(line) {
  if (!StringPrototypeStartsWith(line, kMarker)) return null;
  try {
    const { type, data } = JSONParse(StringPrototypeSlice(line, kMarker.length));
    const out = decode(data);
    return { __proto__: null, type, data: out };
  } catch {
    return null;
  }
}

async function* child(source) {
  for await (const { type, data } of source) yield serialize(type, data);
}

module.exports = { child, parseLine };
