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
  const { isArrayBuffer } = require('internal/util/types');
  const { isMessagePort } = internalBinding('messaging');
  for (const item of transfer) {
    if (!isArrayBuffer(item) && !isMessagePort(item)) {
      throw new ERR_INVALID_TRANSFER_OBJECT();
    }
  }
  try {
    return nativeClone(value, transfer);
  } catch (error) {
    if (error?.name === 'DataCloneError' && error.code === undefined) {
      const { DOMException } = require('internal/per_context/domexception');
      throw new DOMException(error.message, 'DataCloneError');
    }
    throw error;
  }
}

module.exports = { structuredClone };
