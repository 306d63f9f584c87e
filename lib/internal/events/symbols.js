'use strict';

// Symbols shared by events, event_target and the modules that build on them.

const {
  Symbol,
} = primordials;

// events.on(emitter, name, { [kFirstEventParam]: true }) yields the first
// argument of each event instead of an array of all of them.
const kFirstEventParam = Symbol('kFirstEventParam');
// An EventTarget listener added with this option still runs after
// stopImmediatePropagation() (internal listeners: abort plumbing, once()).
const kResistStopPropagation = Symbol('kResistStopPropagation');

module.exports = {
  kFirstEventParam,
  kResistStopPropagation,
};
