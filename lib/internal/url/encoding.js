'use strict';
// Byte-level helpers of the URL Standard: the percent-encode sets, UTF-8
// percent-encoding of code points, percent-decoding to bytes, UTF-8
// decoding with replacement, and USVString conversion.

const {
  StringFromCharCode,
  StringFromCodePoint,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  Uint8Array,
} = primordials;

const { hexTable } = require('internal/querystring');

// Percent-encode sets as 128-entry tables over ASCII: 1 = encode. Every code
// point above U+007E is in every set.
function makeSet(base, extra) {
  const set = new Uint8Array(128);
  if (base !== undefined) {
    for (let i = 0; i < 128; i++) set[i] = base[i];
  } else {
    for (let i = 0; i < 0x20; i++) set[i] = 1;
    set[0x7F] = 1;
  }
  for (let i = 0; i < extra.length; i++) {
    set[StringPrototypeCharCodeAt(extra, i)] = 1;
  }
  return set;
}

const C0_CONTROL_SET = makeSet(undefined, '');
const FRAGMENT_SET = makeSet(C0_CONTROL_SET, ' "<>`');
const QUERY_SET = makeSet(C0_CONTROL_SET, ' "#<>');
const SPECIAL_QUERY_SET = makeSet(QUERY_SET, '\'');
// node 20 (ada 2) predates the Standard's addition of '^' to this set.
const PATH_SET = makeSet(QUERY_SET, '?`{}');
const USERINFO_SET = makeSet(PATH_SET, '/:;=@[\\]^|');
const COMPONENT_SET = makeSet(USERINFO_SET, '$%&+,');
const FORM_URLENCODED_SET = makeSet(COMPONENT_SET, '!\'()~');

// Appends the UTF-8 bytes of code point `cp` as %XX to `out`.
function percentEncodeCodePoint(cp) {
  if (cp < 0x80) return hexTable[cp];
  if (cp < 0x800) {
    return hexTable[0xC0 | (cp >> 6)] + hexTable[0x80 | (cp & 0x3F)];
  }
  if (cp < 0x10000) {
    return hexTable[0xE0 | (cp >> 12)] +
      hexTable[0x80 | ((cp >> 6) & 0x3F)] +
      hexTable[0x80 | (cp & 0x3F)];
  }
  return hexTable[0xF0 | (cp >> 18)] +
    hexTable[0x80 | ((cp >> 12) & 0x3F)] +
    hexTable[0x80 | ((cp >> 6) & 0x3F)] +
    hexTable[0x80 | (cp & 0x3F)];
}

// One code point, percent-encoded if it is in `set`.
function encodeCodePoint(cp, set) {
  if (cp < 0x80 && set[cp] === 0) return StringFromCharCode(cp);
  return percentEncodeCodePoint(cp);
}

// A well-formed string (no lone surrogates), percent-encoded with `set`.
function encodeString(str, set) {
  let out = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80 && set[c] === 0) continue;
    if (last < i) out += StringPrototypeSlice(str, last, i);
    let cp = c;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
      const d = StringPrototypeCharCodeAt(str, i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
        i++;
      }
    }
    out += percentEncodeCodePoint(cp);
    last = i + 1;
  }
  if (last === 0) return str;
  return last < len ? out + StringPrototypeSlice(str, last) : out;
}

// Replaces lone surrogates with U+FFFD.
function toUSVString(str) {
  const len = str.length;
  let out;
  let last = 0;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c < 0xD800 || c > 0xDFFF) continue;
    if (c <= 0xDBFF && i + 1 < len) {
      const d = StringPrototypeCharCodeAt(str, i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        i++;
        continue;
      }
    }
    out = (out ?? '') + StringPrototypeSlice(str, last, i) + '\ufffd';
    last = i + 1;
  }
  if (out === undefined) return str;
  return out + StringPrototypeSlice(str, last);
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// UTF-8 bytes of a well-formed string, with %XX sequences decoded (a '%'
// without two hex digits stays a '%').
function percentDecodeToBytes(str) {
  const bytes = [];
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c === 0x25 && i + 2 < len) {
      const hi = hexValue(StringPrototypeCharCodeAt(str, i + 1));
      const lo = hexValue(StringPrototypeCharCodeAt(str, i + 2));
      if (hi >= 0 && lo >= 0) {
        bytes[bytes.length] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    if (c < 0x80) {
      bytes[bytes.length] = c;
      continue;
    }
    let cp = c;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
      cp = 0x10000 + ((c - 0xD800) << 10) +
        (StringPrototypeCharCodeAt(str, i + 1) - 0xDC00);
      i++;
    }
    if (cp < 0x800) {
      bytes[bytes.length] = 0xC0 | (cp >> 6);
    } else if (cp < 0x10000) {
      bytes[bytes.length] = 0xE0 | (cp >> 12);
      bytes[bytes.length] = 0x80 | ((cp >> 6) & 0x3F);
    } else {
      bytes[bytes.length] = 0xF0 | (cp >> 18);
      bytes[bytes.length] = 0x80 | ((cp >> 12) & 0x3F);
      bytes[bytes.length] = 0x80 | ((cp >> 6) & 0x3F);
    }
    if (cp >= 0x80) bytes[bytes.length] = 0x80 | (cp & 0x3F);
  }
  return bytes;
}

// UTF-8 decode (WHATWG, BOM not stripped): each maximal invalid subpart
// becomes one U+FFFD.
function utf8Decode(bytes) {
  let out = '';
  const len = bytes.length;
  let i = 0;
  while (i < len) {
    const b = bytes[i];
    if (b < 0x80) {
      out += StringFromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      if (b === 0xE0) lower = 0xA0;
      if (b === 0xED) upper = 0x9F;
      need = 2;
      cp = b & 0xF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      if (b === 0xF0) lower = 0x90;
      if (b === 0xF4) upper = 0x8F;
      need = 3;
      cp = b & 0x7;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const next = j < len ? bytes[j] : -1;
      if (next < lower || next > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (next & 0x3F);
    }
    if (ok) {
      out += StringFromCodePoint(cp);
    } else {
      out += '\ufffd';
    }
    i = j;
  }
  return out;
}

function percentDecodeString(str) {
  return utf8Decode(percentDecodeToBytes(str));
}


module.exports = {
  C0_CONTROL_SET,
  FRAGMENT_SET,
  QUERY_SET,
  SPECIAL_QUERY_SET,
  PATH_SET,
  USERINFO_SET,
  COMPONENT_SET,
  FORM_URLENCODED_SET,
  encodeCodePoint,
  encodeString,
  percentEncodeCodePoint,
  percentDecodeToBytes,
  percentDecodeString,
  utf8Decode,
  toUSVString,
};
