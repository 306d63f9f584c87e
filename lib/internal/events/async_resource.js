'use strict';

// events.EventEmitterAsyncResource: an EventEmitter whose listeners run in
// the async context of its construction. Built on first access, and only when
// the runtime has async_hooks (until then the property reads undefined).

const {
  ReflectApply,
  Symbol,
} = primordials;

const {
  codes: {
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');

function makeEventEmitterAsyncResource(EventEmitter) {
  let AsyncResource;
  try {
    ({ AsyncResource } = require('async_hooks'));
  } catch {
    return undefined;
  }
  if (typeof AsyncResource !== 'function') return undefined;

  const kEmitter = Symbol('kEventEmitter');
  const kResource = Symbol('kAsyncResource');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(emitter, type, options) {
      super(type, options);
      this[kEmitter] = emitter;
    }

    get eventEmitter() {
      if (this[kEmitter] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      }
      return this[kEmitter];
    }
  }

  function resourceOf(self) {
    const resource = self[kResource];
    if (resource === undefined) {
      throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    }
    return resource;
  }

  class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          validateString(options?.name, 'options.name');
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kResource] =
        new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      const resource = resourceOf(this);
      return ReflectApply(resource.runInAsyncScope, resource,
                          [super.emit, this, event, ...args]);
    }

    emitDestroy() {
      resourceOf(this).emitDestroy();
    }

    get asyncId() {
      return resourceOf(this).asyncId();
    }

    get triggerAsyncId() {
      return resourceOf(this).triggerAsyncId();
    }

    get asyncResource() {
      return resourceOf(this);
    }
  }
  return EventEmitterAsyncResource;
}

module.exports = {
  makeEventEmitterAsyncResource,
};
