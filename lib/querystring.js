'use strict';
// The `querystring` module: parse/decode and stringify/encode of
// 'a=1&b=2' strings, with node's escape/unescape/unescapeBuffer.

const {
  Array,
  ArrayIsArray,
  Int8Array,
  MathAbs,
  NumberIsFinite,
  ObjectKeys,
  String,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  decodeURIComponent,
} = primordials;

const {
  encodeStr,
  hexTable,
  isHexTable,
  unescapeToBytes,
} = require('internal/querystring');

let Buffer;
function lazyBuffer() {
  Buffer ??= require('buffer').Buffer;
  return Buffer;
}

// Decodes %XX escapes (and '+' when `decodeSpaces`) into bytes; malformed
// escapes stay as they are, other chars keep their low 8 bits.
function unescapeBuffer(s, decodeSpaces) {
  const out = lazyBuffer().allocUnsafe(s.length);
  const n = unescapeToBytes(s, decodeSpaces, out);
  return n === s.length ? out : out.slice(0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return QueryString.unescapeBuffer(s, decodeSpaces).toString();
  }
}

// ASCII chars querystring.escape leaves alone: A-Z a-z 0-9 and !'()*-._~
const noEscape = new Int8Array(128);
for (let c = 48; c <= 57; c++) noEscape[c] = 1;
for (let c = 65; c <= 90; c++) noEscape[c] = 1;
for (let c = 97; c <= 122; c++) noEscape[c] = 1;
for (const c of [33, 39, 40, 41, 42, 45, 46, 95, 126]) noEscape[c] = 1;

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') {
      str = String(str);
    } else {
      str += '';
    }
  }
  return encodeStr(str, noEscape, hexTable);
}

// The text stringify() writes for a value with its own escape function;
// anything that is not a string, finite number, bigint or boolean is ''.
function primitiveText(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && NumberIsFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeWithEscape(v, encode) {
  if (typeof v === 'string') return v.length > 0 ? encode(v) : '';
  if (typeof v === 'number' && NumberIsFinite(v)) {
    // 1e21 and above print with a '+' that needs escaping.
    return MathAbs(v) < 1e21 ? '' + v : encode('' + v);
  }
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeWithCustom(v, encode) {
  return encode(primitiveText(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encode === qsEscape ? encodeWithEscape : encodeWithCustom;
  if (obj === null || typeof obj !== 'object') return '';
  const keys = ObjectKeys(obj);
  let fields = '';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const value = obj[key];
    const prefix = convert(key, encode) + eq;
    if (ArrayIsArray(value)) {
      if (value.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < value.length; j++) {
        if (j > 0) fields += sep;
        fields += prefix + convert(value[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += prefix + convert(value, encode);
    }
  }
  return fields;
}

function charCodes(str) {
  const codes = new Array(str.length);
  for (let i = 0; i < str.length; i++) codes[i] = StringPrototypeCharCodeAt(str, i);
  return codes;
}

const kDefaultSep = [38]; // '&'
const kDefaultEq = [61]; // '='

function decodeText(s, decode) {
  try {
    return decode(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valueEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeText(key, decode);
  if (value.length > 0 && valueEncoded) value = decodeText(value, decode);
  const current = obj[key];
  if (current === undefined) {
    obj[key] = value;
  } else if (typeof current === 'string') {
    obj[key] = [current, value];
  } else {
    current[current.length] = value;
  }
}

// One pass over `qs`, matching the separators code unit by code unit (a
// partial match that fails starts over at the next char, as node does).
// The default decoder only runs on parts that hold a valid %XX escape; a
// custom one runs on every non-empty part.
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepCodes = sep ? charCodes(String(sep)) : kDefaultSep;
  const eqCodes = eq ? charCodes(String(eq)) : kDefaultEq;
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  // -1 stands for "no limit".
  let pairsLeft = 1000;
  if (options && typeof options.maxKeys === 'number') {
    pairsLeft = options.maxKeys > 0 ? options.maxKeys : -1;
  }
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const customDecode = decode !== qsUnescape;

  let lastPos = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  let key = '';
  let value = '';
  let keyEncoded = customDecode;
  let valueEncoded = customDecode;
  // 1 after a '%', 2 after '%' and one hex digit.
  let escapeState = 0;
  // A custom decoder sees '+' as '%20'; the default one gets a space.
  const plusText = customDecode ? '%20' : ' ';

  for (let i = 0; i < qs.length; i++) {
    const code = StringPrototypeCharCodeAt(qs, i);

    if (code === sepCodes[sepIdx]) {
      if (++sepIdx !== sepLen) continue;
      const end = i - sepLen + 1;
      if (eqIdx < eqLen) {
        if (lastPos < end) {
          key += StringPrototypeSlice(qs, lastPos, end);
        } else if (key.length === 0) {
          // An empty piece between two separators: skipped, but counted.
          if (--pairsLeft === 0) return obj;
          lastPos = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (lastPos < end) {
        value += StringPrototypeSlice(qs, lastPos, end);
      }
      addPair(obj, key, value, keyEncoded, valueEncoded, decode);
      if (--pairsLeft === 0) return obj;
      keyEncoded = valueEncoded = customDecode;
      key = value = '';
      escapeState = 0;
      lastPos = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }
    sepIdx = 0;

    if (eqIdx < eqLen) {
      // Still in the key.
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          const end = i - eqLen + 1;
          if (lastPos < end) key += StringPrototypeSlice(qs, lastPos, end);
          escapeState = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (code === 37 /* % */) {
          escapeState = 1;
          continue;
        }
        if (escapeState > 0) {
          if (code < 256 && isHexTable[code] === 1) {
            if (++escapeState === 3) keyEncoded = true;
            continue;
          }
          escapeState = 0;
        }
      }
      if (code === 43 /* + */) {
        if (lastPos < i) key += StringPrototypeSlice(qs, lastPos, i);
        key += plusText;
        lastPos = i + 1;
        continue;
      }
      // Other key chars go on to the value's escape check below: node does
      // the same, so an escape in an already-decoded key marks the value.
    }

    if (code === 43 /* + */) {
      if (lastPos < i) value += StringPrototypeSlice(qs, lastPos, i);
      value += plusText;
      lastPos = i + 1;
    } else if (!valueEncoded) {
      if (code === 37 /* % */) {
        escapeState = 1;
      } else if (escapeState > 0) {
        if (code < 256 && isHexTable[code] === 1) {
          if (++escapeState === 3) valueEncoded = true;
        } else {
          escapeState = 0;
        }
      }
    }
  }

  if (lastPos < qs.length) {
    if (eqIdx < eqLen) {
      key += StringPrototypeSlice(qs, lastPos);
    } else if (sepIdx < sepLen) {
      value += StringPrototypeSlice(qs, lastPos);
    }
  } else if (eqIdx === 0 && key.length === 0) {
    // Ended on an empty piece.
    return obj;
  }
  addPair(obj, key, value, keyEncoded, valueEncoded, decode);
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
