'use strict';

// net.BlockList: rules (single addresses, ranges, subnets) checked against
// an address. An IPv4 rule also matches the IPv4-mapped IPv6 form of its
// addresses, and the other way round, as node's does. A BlockList is
// cloneable (postMessage, structuredClone): on the same thread the clone
// shares its rules with the original, as node's share their native list;
// on another thread it gets a copy of them.

const {
  ArrayPrototypeMap,
  ArrayPrototypeUnshift,
  BigInt,
  Boolean,
  ObjectDefineProperty,
  Symbol,
  SymbolFor,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');
const { SocketAddress, kDetail } = require('internal/socketaddress');
const {
  JSTransferable,
  kClone,
  kDeserialize,
  shareLocally,
  takeShared,
} = require('internal/worker/js_transferable');

const kRules = Symbol('kRules');
const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kMappedPrefix = 0xffff00000000n;

function toSocketAddress(value, name, family) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

// The address as 128 bits: IPv4 as its IPv4-mapped IPv6 form.
function as128(detail) {
  return detail.family === 'ipv4' ? kMappedPrefix | detail.value :
    detail.value;
}

function label(detail) {
  return detail.family === 'ipv4' ? 'IPv4' : 'IPv6';
}

// A rule is data (so that it can be cloned): the 128-bit bounds it
// matches, or a subnet's shifted base.
function matches(rule, v) {
  switch (rule.kind) {
    case 'address': return v === rule.a;
    case 'range': return v >= rule.a && v <= rule.b;
    default:
      if (rule.wide && (v >> 32n) !== 0xffffn) return false;
      return (v >> rule.b) === rule.a;
  }
}

class BlockList extends JSTransferable {
  constructor() {
    super();
    this[kRules] = [];
  }

  [kClone]() {
    const rules = this[kRules];
    return {
      data: { rules, shared: shareLocally(rules) },
      deserializeInfo: 'internal/blocklist:BlockList',
    };
  }

  [kDeserialize]({ rules, shared }) {
    this[kRules] = takeShared(shared) ?? rules;
  }

  static isBlockList(value) {
    return value?.[kRules] !== undefined;
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    const { [kDetail]: detail } = toSocketAddress(address, 'address', family);
    const value = as128(detail);
    ArrayPrototypeUnshift(this[kRules], {
      kind: 'address',
      text: `Address: ${label(detail)} ${detail.address}`,
      a: value,
    });
  }

  addRange(start, end, family = 'ipv4') {
    start = toSocketAddress(start, 'start', family);
    end = toSocketAddress(end, 'end', family);
    const from = as128(start[kDetail]);
    const to = as128(end[kDetail]);
    if (from > to) {
      throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    }
    ArrayPrototypeUnshift(this[kRules], {
      kind: 'range',
      text: `Range: ${label(start[kDetail])} ${start.address}-${end.address}`,
      a: from,
      b: to,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    network = toSocketAddress(network, 'network', family);
    const detail = network[kDetail];
    const bits = detail.family === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    // Compare the top `prefix` bits (of the 128-bit form: IPv4 sits in the
    // low 32 bits behind the mapped prefix).
    const shift = BigInt(bits - prefix);
    const base = as128(detail) >> shift;
    const wide = detail.family === 'ipv4';
    ArrayPrototypeUnshift(this[kRules], {
      kind: 'subnet',
      text: `Subnet: ${label(detail)} ${detail.address}/${prefix}`,
      a: base,
      b: shift,
      wide,
    });
  }

  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch {
        // Not a valid address: nothing blocks it.
        return false;
      }
    }
    const value = as128(address[kDetail]);
    const rules = this[kRules];
    for (let i = 0; i < rules.length; i++) {
      if (matches(rules[i], value)) return true;
    }
    return Boolean(false);
  }

  get rules() {
    return ArrayPrototypeMap(this[kRules], (rule) => rule.text);
  }
}

ObjectDefineProperty(BlockList.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'BlockList', configurable: true,
});

module.exports = { BlockList };
