'use strict';

// LazyTransform: a Transform whose stream state is made only when a stream
// method first touches it, so that hashes and ciphers used through
// update()/digest() never pay for the stream machinery.

const {
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
} = primordials;

let Transform;

function LazyTransform(options) {
  this._options = options;
}

function makeState(name) {
  return {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      Transform ??= require('internal/streams/transform');
      // The Transform constructor defines the states as own properties,
      // which shadow these getters from then on.
      Transform.call(this, this._options);
      return this[name];
    },
    set(value) {
      ObjectDefineProperty(this, name, {
        __proto__: null, value, enumerable: true, configurable: true,
        writable: true,
      });
    },
  };
}

function install() {
  Transform ??= require('internal/streams/transform');
  ObjectSetPrototypeOf(LazyTransform.prototype, Transform.prototype);
  ObjectSetPrototypeOf(LazyTransform, Transform);
}
install();

ObjectDefineProperties(LazyTransform.prototype, {
  _readableState: makeState('_readableState'),
  _writableState: makeState('_writableState'),
  _transformState: makeState('_transformState'),
});

module.exports = LazyTransform;
