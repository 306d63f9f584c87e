'use strict';

// process.allowedNodeEnvironmentFlags: a frozen, read-only Set of the
// options NODE_OPTIONS accepts. has() accepts any spelling node does: with
// or without leading dashes, '_' for '-', and a value after '='.

const {
  ObjectFreeze,
  RegExpPrototypeExec,
  SafeSet,
  Set,
  SetPrototypeAdd,
  SetPrototypeForEach,
  SetPrototypeHas,
  StringPrototypeReplace,
  Symbol,
} = primordials;

const kFlags = Symbol('flags');

class NodeEnvironmentFlagsSet extends Set {
  constructor(flags) {
    super();
    for (let i = 0; i < flags.length; i++) SetPrototypeAdd(this, flags[i]);
    // The methods read a copy: Set.prototype.add or clear called on this
    // object change only what util.inspect shows.
    this[kFlags] = new SafeSet(flags);
  }

  add() {
    return this;
  }

  delete() {
    return false;
  }

  clear() {}

  has(key) {
    if (typeof key !== 'string') return false;
    key = StringPrototypeReplace(key, /_/g, '-');
    if (RegExpPrototypeExec(/^--?/, key) !== null) {
      return SetPrototypeHas(this[kFlags], StringPrototypeReplace(key, /=.*$/, ''));
    }
    return SetPrototypeHas(this[kFlags], `-${key}`) ||
      SetPrototypeHas(this[kFlags], `--${key}`);
  }

  get size() {
    return this[kFlags].size;
  }

  forEach(callback, thisArg = undefined) {
    SetPrototypeForEach(this[kFlags],
                        (flag) => callback.call(thisArg, flag, flag, this));
  }

  entries() {
    return this[kFlags].entries();
  }

  keys() {
    return this[kFlags].keys();
  }

  values() {
    return this[kFlags].values();
  }

  [Symbol.iterator]() {
    return this[kFlags].values();
  }
}

let allowedFlags;
function getAllowedNodeEnvironmentFlags() {
  if (allowedFlags === undefined) {
    allowedFlags = ObjectFreeze(new NodeEnvironmentFlagsSet(
      internalBinding('options').envFlags()));
  }
  return allowedFlags;
}

module.exports = { getAllowedNodeEnvironmentFlags };
