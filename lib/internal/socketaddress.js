'use strict';

// net.SocketAddress: an IPv4 or IPv6 address with port and flow label, kept
// in canonical text form (inet_ntop's). The address arithmetic here (text
// <-> BigInt) is what internal/blocklist compares with.

const {
  BigInt,
  NumberParseInt,
  ObjectDefineProperty,
  RegExpPrototypeExec,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
  Symbol,
  SymbolFor,
} = primordials;

const {
  codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateObject,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isIPv4, isIPv6 } = require('internal/net');
const { kEmptyObject } = require('internal/util');

const kDetail = Symbol('kDetail');
const kInspect = SymbolFor('nodejs.util.inspect.custom');

function ipv4ToBigInt(text) {
  const parts = StringPrototypeSplit(text, '.');
  let value = 0n;
  for (let i = 0; i < 4; i++) value = (value << 8n) | BigInt(+parts[i]);
  return value;
}

function bigIntToIPv4(value) {
  const bytes = [];
  for (let i = 3; i >= 0; i--) bytes.push(`${(value >> BigInt(i * 8)) & 255n}`);
  return bytes.join('.');
}

// The 128-bit value of an IPv6 text address (zone index dropped).
function ipv6ToBigInt(text) {
  const zone = StringPrototypeIndexOf(text, '%');
  if (zone !== -1) text = StringPrototypeSlice(text, 0, zone);
  let tailV4 = null;
  if (StringPrototypeIncludes(text, '.')) {
    const cut = text.lastIndexOf(':');
    tailV4 = StringPrototypeSlice(text, cut + 1);
    text = `${StringPrototypeSlice(text, 0, cut + 1)}0:0`;
  }
  const halves = StringPrototypeSplit(text, '::');
  const head = halves[0] === '' ? [] : StringPrototypeSplit(halves[0], ':');
  const tail = halves.length > 1 && halves[1] !== '' ?
    StringPrototypeSplit(halves[1], ':') : [];
  const groups = [...head];
  for (let i = head.length + tail.length; i < 8; i++) groups.push('0');
  groups.push(...tail);
  let value = 0n;
  for (let i = 0; i < 8; i++) {
    value = (value << 16n) | BigInt(NumberParseInt(groups[i], 16));
  }
  if (tailV4 !== null) value = (value & ~0xffffffffn) | ipv4ToBigInt(tailV4);
  return value;
}

// RFC 5952 text, as inet_ntop writes it (::ffff:a.b.c.d for mapped IPv4).
function bigIntToIPv6(value) {
  const groups = [];
  for (let i = 7; i >= 0; i--) {
    groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  }
  if (groups[0] === 0 && groups[1] === 0 && groups[2] === 0 &&
      groups[3] === 0 && groups[4] === 0 && groups[5] === 0xffff) {
    return `::ffff:${bigIntToIPv4(value & 0xffffffffn)}`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = (g) => g.toString(16);
  if (bestStart === -1) return groups.map(hex).join(':');
  const left = groups.slice(0, bestStart).map(hex).join(':');
  const right = groups.slice(bestStart + bestLength).map(hex).join(':');
  return `${left}::${right}`;
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kDetail] !== undefined;
  }

  static parse(input) {
    validateString(input, 'input');
    const match = RegExpPrototypeExec(/^\[?([^\]]*?)\]?(?::(\d+))?$/, input);
    if (match === null) return undefined;
    let address = match[1];
    let port = match[2] === undefined ? 0 : +match[2];
    if (!isIPv4(address) && !isIPv6(address)) {
      // "1.2.3.4:80" without brackets is also allowed for IPv4.
      address = input;
      port = 0;
    }
    try {
      return new SocketAddress({
        address, port, family: isIPv6(address) ? 'ipv6' : 'ipv4',
      });
    } catch {
      return undefined;
    }
  }

  constructor(options = kEmptyObject) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const {
      address = (family === 'ipv4' ? '127.0.0.1' : '::'),
      port = 0,
      flowlabel = 0,
    } = options;
    if (typeof family?.toLowerCase === 'function') {
      family = StringPrototypeToLowerCase(family);
    }
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    let value;
    if (family === 'ipv4') {
      if (!isIPv4(address)) throw new ERR_INVALID_ADDRESS();
      value = ipv4ToBigInt(address);
    } else {
      if (!isIPv6(address)) throw new ERR_INVALID_ADDRESS();
      value = ipv6ToBigInt(address);
    }
    this[kDetail] = {
      address: family === 'ipv4' ? bigIntToIPv4(value) : bigIntToIPv6(value),
      port: port | 0,
      family,
      flowlabel: flowlabel | 0,
      value,
    };
  }

  get address() { return this[kDetail].address; }
  get port() { return this[kDetail].port; }
  get family() { return this[kDetail].family; }
  get flowlabel() { return this[kDetail].flowlabel; }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    return {
      address: this.address,
      port: this.port,
      family: this.family,
      flowlabel: this.flowlabel,
    };
  }
}

ObjectDefineProperty(SocketAddress.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'SocketAddress', configurable: true,
});

module.exports = { SocketAddress, kDetail, bigIntToIPv4, bigIntToIPv6 };
