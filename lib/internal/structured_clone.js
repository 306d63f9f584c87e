'use strict';

// structuredClone(value, { transfer }): V8's serializer, with node's
// argument checks and a DOMException DataCloneError for what cannot be
// cloned.

const {
  ArrayIsArray,
  SymbolIterator,
} = primordials;

const { structuredClone: nativeClone } = internalBinding('serdes');
const {
  codes: { ERR_INVALID_TRANSFER_OBJECT, ERR_MISSING_ARGS },
} = require('internal/errors');
// What a message or a clone carries may need lib/ to be read back.
require('internal/worker/js_transferable').setup();

// node checks these in C++: a plain TypeError with node's text and code.
function argTypeError(message) {
  const error = new TypeError(message);
  error.code = 'ERR_INVALID_ARG_TYPE';
  return error;
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
  let transfer = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw argTypeError(
        'The options argument must be either an object or undefined');
    }
    const list = options.transfer;
    if (list !== undefined && list !== null) {
      if (typeof list !== 'object') {
        throw argTypeError('Optional transferList argument must be an ' +
                           'iterable');
      }
      // An object that cannot be iterated transfers nothing, as in node.
      if (ArrayIsArray(list)) transfer = list;
      else if (typeof list[SymbolIterator] === 'function') transfer = [...list];
    }
  }
  checkTransferables(transfer);
  try {
    return nativeClone(value, transfer);
  } catch (error) {
    throw toDOMException(error);
  }
}

// What a transfer list may hold (structuredClone and postMessage).
function checkTransferables(list) {
  const { isArrayBuffer } = require('internal/util/types');
  // A closed port passes here; the serialiser finds it detached.
  const { isPortObject, isJSTransferable } = internalBinding('messaging');
  // An index loop: the list is ours (made by ArrayFrom), and user code may
  // have replaced array iteration.
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!isArrayBuffer(item) && !isPortObject(item) &&
        !isJSTransferable(item)) {
      throw new ERR_INVALID_TRANSFER_OBJECT();
    }
  }
}

// The serialiser throws a plain Error named DataCloneError; users get the
// DOMException (errors with a code, such as
// ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST, stay as they are).
function toDOMException(error) {
  if (error?.name !== 'DataCloneError' || error.code !== undefined) {
    return error;
  }
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(error.message, 'DataCloneError');
}

module.exports = { checkTransferables, structuredClone, toDOMException };
