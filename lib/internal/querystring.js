'use strict';
// Percent-encoding helpers shared by querystring, url and URLSearchParams:
// the '%XX' table, the hex-digit table and UTF-8 percent-encoding of a string.

const {
  Array,
  Int8Array,
  NumberPrototypeToString,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeToUpperCase,
} = primordials;

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

// hexTable[b] is '%XX' (upper case) for every byte b.
const hexTable = new Array(256);
for (let i = 0; i < 256; i++) {
  hexTable[i] = '%' +
    StringPrototypeToUpperCase((i < 16 ? '0' : '') + NumberPrototypeToString(i, 16));
}

// isHexTable[c] is 1 for the char codes of 0-9, A-F and a-f.
const isHexTable = new Int8Array(256);
for (let c = 48; c <= 57; c++) isHexTable[c] = 1;
for (let c = 65; c <= 70; c++) isHexTable[c] = 1;
for (let c = 97; c <= 102; c++) isHexTable[c] = 1;

// Percent-encodes `str` as UTF-8, leaving alone the ASCII chars whose entry
// in `noEscapeTable` is 1. A surrogate takes the next code unit as its
// partner whatever it is (node's behaviour); one at the very end throws
// ERR_INVALID_URI.
function encodeStr(str, noEscapeTable, hexTable) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let lastPos = 0;
  for (let i = 0; i < len; i++) {
    let c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) {
      if (noEscapeTable[c] === 1) continue;
      if (lastPos < i) out += StringPrototypeSlice(str, lastPos, i);
      out += hexTable[c];
    } else {
      if (lastPos < i) out += StringPrototypeSlice(str, lastPos, i);
      if (c < 0x800) {
        out += hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
      } else if (c < 0xD800 || c >= 0xE000) {
        out += hexTable[0xE0 | (c >> 12)] +
          hexTable[0x80 | ((c >> 6) & 0x3F)] +
          hexTable[0x80 | (c & 0x3F)];
      } else {
        if (++i >= len) throw new ERR_INVALID_URI();
        const low = StringPrototypeCharCodeAt(str, i) & 0x3FF;
        c = 0x10000 + (((c & 0x3FF) << 10) | low);
        out += hexTable[0xF0 | (c >> 18)] +
          hexTable[0x80 | ((c >> 12) & 0x3F)] +
          hexTable[0x80 | ((c >> 6) & 0x3F)] +
          hexTable[0x80 | (c & 0x3F)];
      }
    }
    lastPos = i + 1;
  }
  if (lastPos === 0) return str;
  if (lastPos < len) return out + StringPrototypeSlice(str, lastPos);
  return out;
}

// Value of each hex digit, -1 for every other char code below 256.
const unhexTable = new Int8Array(256);
for (let i = 0; i < 256; i++) unhexTable[i] = -1;
for (let i = 0; i < 10; i++) unhexTable[48 + i] = i;
for (let i = 0; i < 6; i++) {
  unhexTable[65 + i] = 10 + i;
  unhexTable[97 + i] = 10 + i;
}

// querystring.unescapeBuffer's bytes, written into `out` (a Buffer or an
// array of at least s.length entries): %XX escapes decoded (and '+' when
// `decodeSpaces`), malformed escapes kept, other chars cut to their low 8
// bits. Returns the number of bytes written.
function unescapeToBytes(s, decodeSpaces, out) {
  const len = s.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c === 43 /* + */ && decodeSpaces) {
      out[n++] = 32;
      i++;
      continue;
    }
    if (c === 37 /* % */ && i < len - 2) {
      const high = unhexTable[StringPrototypeCharCodeAt(s, i + 1)];
      const low = unhexTable[StringPrototypeCharCodeAt(s, i + 2)];
      if (high >= 0 && low >= 0) {
        out[n++] = high * 16 + low;
        i += 3;
        continue;
      }
    }
    out[n++] = c & 0xFF;
    i++;
  }
  return n;
}

module.exports = {
  encodeStr,
  unescapeToBytes,
  hexTable,
  isHexTable,
};
