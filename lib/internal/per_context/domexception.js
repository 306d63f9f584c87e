'use strict';

// DOMException (WebIDL): name, message and the legacy numeric `code` of the
// names that have one, with the legacy constants (ABORT_ERR, ...) on both the
// class and its prototype. Inherits from Error.prototype, as in node.

const {
  ErrorCaptureStackTrace,
  ErrorPrototype,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  SafeMap,
  SafeWeakMap,
  SymbolToStringTag,
  TypeError,
} = primordials;

// [name, legacy constant, code]; names removed from WebIDL keep their
// constant but report code 0.
const kLegacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2, true],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6, true],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  ['ValidationError', 'VALIDATION_ERR', 16, true],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];

const codeOfName = new SafeMap();
// Instance -> { name, message }; a WeakMap rather than private fields so that
// the accessors can throw node's ERR_INVALID_THIS for foreign receivers.
const stateOf = new SafeWeakMap();

// This file loads before internal/errors can, so the coded error is built
// by hand, as node does here.
function invalidThis() {
  const err = new TypeError();
  ObjectDefineProperties(err, {
    message: {
      __proto__: null,
      value: 'Value of "this" must be of DOMException',
      writable: true,
      configurable: true,
    },
    toString: {
      __proto__: null,
      value() {
        return `${this.name} [ERR_INVALID_THIS]: ${this.message}`;
      },
      writable: true,
      configurable: true,
    },
  });
  err.code = 'ERR_INVALID_THIS';
  throw err;
}

function stateFor(self) {
  const state = stateOf.get(self);
  if (state === undefined) invalidThis();
  return state;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    ErrorCaptureStackTrace(this);
    if (options && typeof options === 'object') {
      const { name } = options;
      stateOf.set(this, { message: `${message}`, name: `${name}` });
      if ('cause' in options) {
        ObjectDefineProperty(this, 'cause', {
          __proto__: null,
          value: options.cause,
          writable: true,
          configurable: true,
          enumerable: false,
        });
      }
    } else {
      stateOf.set(this, { message: `${message}`, name: `${options}` });
    }
  }

  get name() {
    return stateFor(this).name;
  }

  get message() {
    return stateFor(this).message;
  }

  get code() {
    const code = codeOfName.get(stateFor(this).name);
    return code === undefined ? 0 : code;
  }
}

ObjectSetPrototypeOf(DOMException.prototype, ErrorPrototype);
ObjectDefineProperties(DOMException.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, configurable: true, value: 'DOMException',
  },
  name: { __proto__: null, enumerable: true, configurable: true },
  message: { __proto__: null, enumerable: true, configurable: true },
  code: { __proto__: null, enumerable: true, configurable: true },
});

for (let i = 0; i < kLegacyCodes.length; i++) {
  const { 0: name, 1: constant, 2: code, 3: disused } = kLegacyCodes[i];
  const desc = { __proto__: null, enumerable: true, value: code };
  ObjectDefineProperty(DOMException, constant, desc);
  ObjectDefineProperty(DOMException.prototype, constant, desc);
  if (!disused) codeOfName.set(name, code);
}

exports.DOMException = DOMException;
