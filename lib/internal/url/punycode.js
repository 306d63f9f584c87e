'use strict';
// Punycode (RFC 3492): the Bootstring encoding of Unicode labels used by
// IDNA ('xn--' labels). Shared by the URL host parser and the deprecated
// `punycode` module, whose error messages it keeps.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  MathFloor,
  RangeError,
  StringFromCharCode,
  StringFromCodePoint,
  StringPrototypeCharCodeAt,
  StringPrototypeLastIndexOf,
} = primordials;

const kBase = 36;
const kTMin = 1;
const kTMax = 26;
const kSkew = 38;
const kDamp = 700;
const kInitialBias = 72;
const kInitialN = 128;
const kMaxInt = 2147483647;

const kMessages = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function fail(kind) {
  throw new RangeError(kMessages[kind]);
}

// The code points of `str`; a lone surrogate stays one code unit.
function ucs2decode(str) {
  const out = [];
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
      const d = StringPrototypeCharCodeAt(str, i + 1);
      if ((d & 0xFC00) === 0xDC00) {
        ArrayPrototypePush(out, ((c & 0x3FF) << 10) + (d & 0x3FF) + 0x10000);
        i++;
        continue;
      }
    }
    ArrayPrototypePush(out, c);
  }
  return out;
}

function ucs2encode(codePoints) {
  let out = '';
  for (let i = 0; i < codePoints.length; i++) {
    out += StringFromCodePoint(codePoints[i]);
  }
  return out;
}

function digitOf(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 26;
  if (c >= 0x41 && c <= 0x5A) return c - 0x41;
  if (c >= 0x61 && c <= 0x7A) return c - 0x61;
  return kBase;
}

function charOfDigit(d) {
  // 0..25 -> 'a'..'z', 26..35 -> '0'..'9'
  return StringFromCharCode(d < 26 ? d + 0x61 : d + 22);
}

function threshold(k, bias) {
  if (k <= bias) return kTMin;
  if (k >= bias + kTMax) return kTMax;
  return k - bias;
}

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? MathFloor(delta / kDamp) : delta >> 1;
  delta += MathFloor(delta / numPoints);
  let k = 0;
  while (delta > ((kBase - kTMin) * kTMax) >> 1) {
    delta = MathFloor(delta / (kBase - kTMin));
    k += kBase;
  }
  return MathFloor(k + ((kBase - kTMin + 1) * delta) / (delta + kSkew));
}

// Punycode string (without 'xn--') -> Unicode string.
function decode(input) {
  const output = [];
  const len = input.length;
  let basic = StringPrototypeLastIndexOf(input, '-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = StringPrototypeCharCodeAt(input, j);
    if (c >= 0x80) fail('not-basic');
    ArrayPrototypePush(output, c);
  }
  let n = kInitialN;
  let bias = kInitialBias;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < len;) {
    const oldi = i;
    for (let w = 1, k = kBase; ; k += kBase) {
      if (index >= len) fail('invalid-input');
      const digit = digitOf(StringPrototypeCharCodeAt(input, index++));
      if (digit >= kBase) fail('invalid-input');
      if (digit > MathFloor((kMaxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > MathFloor(kMaxInt / (kBase - t))) fail('overflow');
      w *= kBase - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldi, count, oldi === 0);
    if (MathFloor(i / count) > kMaxInt - n) fail('overflow');
    n += MathFloor(i / count);
    i %= count;
    ArrayPrototypeSplice(output, i++, 0, n);
  }
  return ucs2encode(output);
}

// Unicode string -> Punycode string (without 'xn--').
function encode(input) {
  const codePoints = ucs2decode(input);
  const total = codePoints.length;
  const output = [];
  for (let j = 0; j < total; j++) {
    if (codePoints[j] < 0x80) {
      ArrayPrototypePush(output, StringFromCharCode(codePoints[j]));
    }
  }
  const basicCount = output.length;
  let handled = basicCount;
  if (basicCount > 0) ArrayPrototypePush(output, '-');
  let n = kInitialN;
  let delta = 0;
  let bias = kInitialBias;
  while (handled < total) {
    // The smallest code point not handled yet.
    let m = kMaxInt;
    for (let j = 0; j < total; j++) {
      if (codePoints[j] >= n && codePoints[j] < m) m = codePoints[j];
    }
    if (m - n > MathFloor((kMaxInt - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (let j = 0; j < total; j++) {
      const cp = codePoints[j];
      if (cp < n && ++delta > kMaxInt) fail('overflow');
      if (cp !== n) continue;
      let q = delta;
      for (let k = kBase; ; k += kBase) {
        const t = threshold(k, bias);
        if (q < t) break;
        ArrayPrototypePush(output, charOfDigit(t + ((q - t) % (kBase - t))));
        q = MathFloor((q - t) / (kBase - t));
      }
      ArrayPrototypePush(output, charOfDigit(q));
      bias = adapt(delta, handled + 1, handled === basicCount);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return ArrayPrototypeJoin(output, '');
}

module.exports = {
  decode,
  encode,
  ucs2decode,
  ucs2encode,
};
