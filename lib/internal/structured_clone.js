'use strict';

// structuredClone(value, { transfer }): V8's serializer, with node's
// argument checks and a DOMException DataCloneError for what cannot be
// cloned.

const {
  ArrayIsArray,
} = primordials;

const { structuredClone: nativeClone } = internalBinding('serdes');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_TRANSFER_OBJECT, ERR_MISSING_ARGS },
} = require('internal/errors');

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
  let transfer = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (options.transfer !== undefined) {
      if (!ArrayIsArray(options.transfer) &&
          typeof options.transfer?.[Symbol.iterator] !== 'function') {
        throw new ERR_INVALID_ARG_TYPE('options.transfer', 'Array',
                                       options.transfer);
      }
      transfer = [...options.transfer];
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
  const { isPortObject } = internalBinding('messaging');
  for (const item of list) {
    if (!isArrayBuffer(item) && !isPortObject(item)) {
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
