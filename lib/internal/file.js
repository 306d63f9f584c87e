'use strict';

// File (WHATWG File API): a Blob with a name (a USVString) and a
// lastModified time (Date.now() unless given), as node 20 has it.

const {
  DateNow,
  NumberIsNaN,
  ObjectDefineProperties,
  SymbolToStringTag,
} = primordials;

const { Blob } = require('internal/blob');
const { ERR_MISSING_ARGS } = require('internal/errors').codes;
const {
  customInspectSymbol: kInspect,
  kEmptyObject,
  kEnumerableProperty,
  toUSVString,
} = require('internal/util');

let inspect;

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = kEmptyObject) {
    if (arguments.length < 2) {
      throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    }
    super(fileBits, options);
    let { lastModified } = options ?? kEmptyObject;
    if (lastModified !== undefined) {
      // Unary plus, so that a BigInt throws as in node.
      lastModified = +lastModified;
      if (NumberIsNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = DateNow();
    }
    this.#name = toUSVString(fileName);
    this.#lastModified = lastModified;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    inspect ??= require('internal/util/inspect').inspect;
    return `File ${inspect({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

ObjectDefineProperties(File.prototype, {
  name: kEnumerableProperty,
  lastModified: kEnumerableProperty,
  [SymbolToStringTag]: {
    __proto__: null,
    configurable: true,
    value: 'File',
  },
});

module.exports = { File };
