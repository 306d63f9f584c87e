'use strict';

// An uncaught exception crosses from a worker to its parent as plain data:
// errors keep their class (when it is a built-in one), message, stack and
// the own properties that can be cloned; other values are cloned, or sent
// as their inspect() text when they cannot be.

const {
  Error,
  ObjectDefineProperty,
  ObjectKeys,
  SymbolToStringTag,
} = primordials;

const kErrorClasses = {
  __proto__: null,
  Error,
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
  AggregateError,
};

function cloneable(value) {
  try {
    require('internal/structured_clone').structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

// `arrow` (the source line where it was thrown) leads the stack, as node
// decorates a worker's uncaught errors.
function serializeError(error, arrow) {
  // The stack may be a getter that throws (a prepareStackTrace that does):
  // the error then crosses without one, as in node.
  let stack;
  try {
    stack = error?.stack;
  } catch {
    stack = undefined;
  }
  if (error !== null && typeof error === 'object' &&
      (typeof stack === 'string' ||
       require('internal/util/types').isNativeError(error)) &&
      'message' in error) {
    const props = {};
    // An index loop: user code may have replaced array iteration.
    const keys = ObjectKeys(error);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      try {
        const value = error[key];
        if (cloneable(value)) props[key] = value;
      } catch {
        // A getter that throws: the property stays behind.
      }
    }
    const ctor = error.constructor?.name;
    return {
      kind: 'error',
      ctor: kErrorClasses[ctor] !== undefined ? ctor : 'Error',
      name: error.name,
      message: `${error.message}`,
      stack: arrow && typeof stack === 'string' ? `${arrow}\n${stack}` : stack,
      props,
    };
  }
  if (cloneable(error)) return { kind: 'value', value: error };
  const { inspect } = require('internal/util/inspect');
  return { kind: 'value', value: inspect(error) };
}

function deserializeError(data) {
  if (data.kind !== 'error') return data.value;
  const error = new kErrorClasses[data.ctor](data.message);
  for (const key of ObjectKeys(data.props)) error[key] = data.props[key];
  if (error.name !== data.name) {
    ObjectDefineProperty(error, 'name', {
      __proto__: null, value: data.name, writable: true, enumerable: false,
      configurable: true,
    });
  }
  ObjectDefineProperty(error, 'stack', {
    __proto__: null, value: data.stack, writable: true, enumerable: false,
    configurable: true,
  });
  // As node's: an error that crossed threads says so to inspect()
  // ("SyntaxError [Error]: ...").
  ObjectDefineProperty(error, SymbolToStringTag, {
    __proto__: null, value: 'Error', configurable: true,
  });
  return error;
}

module.exports = { serializeError, deserializeError };
