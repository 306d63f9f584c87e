'use strict';
// Host parsing and serialisation of the URL Standard: domains (through a
// reduced UTS #46 mapping and Punycode), IPv4 (with hex and octal parts),
// IPv6, opaque hosts.
//
// Not covered, compared with node (ada, full IDNA tables): the UTS #46
// mapping is approximated by removing the "ignored" code points, lower-
// casing each code point, NFKC and NFC (String.prototype.normalize), with
// U+1E9E mapped to 'ss'; disallowed code points are only the C0/C1
// controls, U+FFFD, noncharacters, ZWJ/ZWNJ and the forbidden ASCII ones; the CheckBidi
// rule works on approximate bidi classes (scripts and general categories)
// and CheckJoiners only accepts a joiner after a virama.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  NumberParseInt,
  NumberPrototypeToString,
  RegExpPrototypeExec,
  StringFromCodePoint,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeNormalize,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
} = primordials;

const punycode = require('internal/url/punycode');
const {
  C0_CONTROL_SET,
  encodeString,
  percentDecodeString,
} = require('internal/url/encoding');

// Returned by the parsers below on failure.
const kFailure = null;

// Forbidden host code points (ASCII): NUL TAB LF CR SPACE # / : < > ? @ [ \ ] ^ |
function isForbiddenHost(c) {
  return c === 0 || c === 9 || c === 10 || c === 13 || c === 32 ||
    c === 0x23 || c === 0x2F || c === 0x3A || c === 0x3C || c === 0x3E ||
    c === 0x3F || c === 0x40 || c === 0x5B || c === 0x5C || c === 0x5D ||
    c === 0x5E || c === 0x7C;
}

// Forbidden domain code points: the above, C0 controls, '%' and DEL.
function isForbiddenDomain(c) {
  return isForbiddenHost(c) || c < 0x20 || c === 0x25 || c === 0x7F;
}

function isAsciiDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiHexDigit(c) {
  return isAsciiDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

// --- IDNA ---------------------------------------------------------------

// Code points UTS #46 maps to nothing.
function isIgnored(cp) {
  return cp === 0xAD || cp === 0x34F || (cp >= 0x180B && cp <= 0x180D) ||
    cp === 0x180F || cp === 0x200B || cp === 0x2060 || cp === 0x2064 ||
    (cp >= 0xFE00 && cp <= 0xFE0F) || cp === 0xFEFF ||
    (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

function isDisallowed(cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp === 0xFFFD ||
    (cp >= 0xD800 && cp <= 0xDFFF) ||
    (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) === 0xFFFE ||
    cp === 0x115F || cp === 0x1160 || cp === 0x3164 || cp === 0xFFA0 ||
    (cp >= 0x2488 && cp <= 0x249B);
}

// Ideographic and fullwidth full stops separate labels too.
function isDotLike(cp) {
  return cp === 0x3002 || cp === 0xFF0E || cp === 0xFF61;
}

// The reduced UTS #46 mapping (see the file comment). Returns undefined
// when a disallowed code point is met.
function mapDomain(domain) {
  let out = '';
  for (let i = 0; i < domain.length; i++) {
    const cp = StringPrototypeCodePointAt(domain, i);
    if (cp > 0xFFFF) i++;
    if (isIgnored(cp)) continue;
    if (cp >= 0x80 && isDisallowed(cp)) return undefined;
    if (isDotLike(cp)) {
      out += '.';
    } else if (cp === 0x1E9E) {
      out += 'ss';
    } else if (cp < 0x80) {
      out += (cp >= 0x41 && cp <= 0x5A) ? StringFromCodePoint(cp + 32) :
        StringFromCodePoint(cp);
    } else {
      out += StringPrototypeToLowerCase(StringFromCodePoint(cp));
    }
  }
  out = StringPrototypeNormalize(StringPrototypeNormalize(out, 'NFKC'), 'NFC');
  // NFKC may produce new upper-case letters or dots (e.g. U+2488 '1.').
  if (RegExpPrototypeExec(/[A-Z\u3002\uFF0E\uFF61]/, out) !== null) {
    return mapDomain(out);
  }
  for (let i = 0; i < out.length; i++) {
    const cp = StringPrototypeCodePointAt(out, i);
    if (cp > 0xFFFF) i++;
    if (cp >= 0x80 && isDisallowed(cp)) return undefined;
  }
  // Other format and control characters, unassigned and private-use code
  // points, and separators NFKC did not turn into ASCII are disallowed.
  if (RegExpPrototypeExec(/[^\u200C\u200D\P{C}]|\p{Z}/u, out) !== null) {
    return undefined;
  }
  return out;
}

function isAscii(str) {
  for (let i = 0; i < str.length; i++) {
    if (StringPrototypeCharCodeAt(str, i) >= 0x80) return false;
  }
  return true;
}

function hasPunycodeLabel(str) {
  return RegExpPrototypeExec(/(?:^|\.)xn--/i, str) !== null;
}

// Approximate bidi classes (ECMAScript regexps cannot ask for
// Bidi_Class): enough for the RFC 5893 checks below.
const kNSM = /^[\p{Mn}\p{Me}]$/u;
const kAN = /^[\u0600-\u0605\u0660-\u0669\u066B\u066C\u06DD\u08E2\u{10E60}-\u{10E7E}]$/u;
const kEN = /^[0-9\u00B2\u00B3\u00B9\u06F0-\u06F9\u2070-\u2079\u2080-\u2089]$/u;
const kR = /^[\u0590-\u05FF\u07C0-\u085F\uFB1D-\uFB4F\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]$/u;
const kAL = /^[\u0600-\u07BF\u0860-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]$/u;
const kL = /^[\p{L}\p{Nd}\p{Nl}\p{Mc}]$/u;
const kET = /^[\p{Sc}#%\u00B0\u00B1]$/u;

function bidiClass(ch) {
  if (RegExpPrototypeExec(kNSM, ch) !== null) return 'NSM';
  if (RegExpPrototypeExec(kAN, ch) !== null) return 'AN';
  if (RegExpPrototypeExec(kEN, ch) !== null) return 'EN';
  if (RegExpPrototypeExec(kR, ch) !== null) return 'R';
  if (RegExpPrototypeExec(kAL, ch) !== null) return 'AL';
  if (RegExpPrototypeExec(kL, ch) !== null) return 'L';
  if (ch === '-' || ch === '+') return 'ES';
  if (RegExpPrototypeExec(kET, ch) !== null) return 'ET';
  return 'ON';
}

// Viramas, after which ZWJ and ZWNJ are allowed (CONTEXTJ).
const kViramas = [
  0x094D, 0x09CD, 0x0A4D, 0x0ACD, 0x0B4D, 0x0BCD, 0x0C4D, 0x0CCD, 0x0D3B,
  0x0D3C, 0x0D4D, 0x0DCA, 0x0E3A, 0x0EBA, 0x0F84, 0x1039, 0x103A, 0x1714,
  0x1734, 0x17D2, 0x1A60, 0x1B44, 0x1BAA, 0x1BAB, 0x1BF2, 0x1BF3, 0x2D7F,
  0xA806, 0xA82C, 0xA8C4, 0xA953, 0xA9C0, 0xAAF6, 0xABED,
];

// UTS #46 label validity as URLs use it: no leading combining mark, no
// ASCII forbidden in a domain, joiners only after a virama, and RFC 5893's
// bidi conditions for a label holding right-to-left text.
function isValidLabel(label) {
  if (label.length === 0) return true;
  if (RegExpPrototypeExec(/^\p{M}/u, label) !== null) return false;
  const chars = [];
  for (let i = 0; i < label.length; i++) {
    const cp = StringPrototypeCodePointAt(label, i);
    if (cp > 0xFFFF) i++;
    if (cp < 0x80 && isForbiddenDomain(cp)) return false;
    if (cp === 0x200C || cp === 0x200D) {
      const prev = chars.length > 0 ? StringPrototypeCodePointAt(chars[chars.length - 1], 0) : -1;
      // node's checker stops at the first joiner that follows a virama.
      if (ArrayPrototypeIncludes(kViramas, prev)) return true;
      return false;
    }
    chars[chars.length] = StringFromCodePoint(cp);
  }
  const classes = [];
  let rtl = false;
  for (let i = 0; i < chars.length; i++) {
    classes[i] = bidiClass(chars[i]);
    if (classes[i] === 'R' || classes[i] === 'AL' || classes[i] === 'AN') rtl = true;
  }
  let last = classes.length - 1;
  while (last >= 0 && classes[last] === 'NSM') last--;
  if (last < 0) return false;
  if (!rtl) return true;
  if (classes[0] === 'L') {
    for (let i = 0; i <= last; i++) {
      const d = classes[i];
      if (d === 'R' || d === 'AL' || d === 'AN') return false;
    }
    return classes[last] === 'L' || classes[last] === 'EN';
  }
  let hasEN = false;
  let hasAN = false;
  for (let i = 0; i <= last; i++) {
    const d = classes[i];
    if (d === 'EN') hasEN = true;
    if (d === 'AN') hasAN = true;
    if (hasEN && hasAN) return false;
    if (d === 'L') return false;
  }
  const end = classes[last];
  return end === 'R' || end === 'AL' || end === 'AN' || end === 'EN';
}

// A decoded 'xn--' label must be what the mapping would have produced.
function isValidUnicodeLabel(label) {
  return label.length > 0 && mapDomain(label) === label && isValidLabel(label);
}

// UTS #46 ToASCII as the URL Standard calls it (beStrict = false).
// Returns the ASCII domain or kFailure.
function domainToASCIIInternal(domain) {
  if (isAscii(domain) && !hasPunycodeLabel(domain)) {
    return StringPrototypeToLowerCase(domain);
  }
  const mapped = mapDomain(domain);
  if (mapped === undefined) return kFailure;
  const labels = StringPrototypeSplit(mapped, '.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (StringPrototypeSlice(label, 0, 4) === 'xn--') {
      if (!isAscii(label)) return kFailure;
      let decoded;
      try {
        decoded = punycode.decode(StringPrototypeSlice(label, 4));
      } catch {
        return kFailure;
      }
      if (!isValidUnicodeLabel(decoded)) return kFailure;
    } else if (!isAscii(label)) {
      if (!isValidLabel(label)) return kFailure;
      labels[i] = `xn--${punycode.encode(label)}`;
    }
  }
  return ArrayPrototypeJoin(labels, '.');
}

// UTS #46 ToUnicode of an already ASCII domain: 'xn--' labels decoded,
// left alone when they do not decode.
function domainToUnicodeInternal(domain) {
  const labels = StringPrototypeSplit(domain, '.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (StringPrototypeSlice(label, 0, 4) === 'xn--') {
      try {
        labels[i] = punycode.decode(StringPrototypeSlice(label, 4));
      } catch {
        // keep the label
      }
    }
  }
  return ArrayPrototypeJoin(labels, '.');
}

// --- IPv4 ---------------------------------------------------------------

// One dotted part: decimal, '0x' hex or '0' octal. NaN on failure.
function parseIPv4Number(part) {
  if (part.length === 0) return NaN;
  let radix = 10;
  let start = 0;
  if (part.length >= 2 && part[0] === '0' && (part[1] === 'x' || part[1] === 'X')) {
    radix = 16;
    start = 2;
  } else if (part.length >= 2 && part[0] === '0') {
    radix = 8;
    start = 1;
  }
  if (start === part.length) return 0;
  for (let i = start; i < part.length; i++) {
    const c = StringPrototypeCharCodeAt(part, i);
    const ok = radix === 16 ? isAsciiHexDigit(c) :
      radix === 10 ? isAsciiDigit(c) : (c >= 0x30 && c <= 0x37);
    if (!ok) return NaN;
  }
  return NumberParseInt(StringPrototypeSlice(part, start), radix);
}

// Whether the last dotted part of `domain` looks like a number, so that
// the domain must be an IPv4 address.
function endsInANumber(domain) {
  const parts = StringPrototypeSplit(domain, '.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.length--;
  }
  const last = parts[parts.length - 1];
  if (last.length > 0) {
    let digits = true;
    for (let i = 0; i < last.length; i++) {
      if (!isAsciiDigit(StringPrototypeCharCodeAt(last, i))) {
        digits = false;
        break;
      }
    }
    if (digits) return true;
  }
  return parseIPv4Number(last) === parseIPv4Number(last);
}

// Returns the address as a number, or kFailure.
function parseIPv4(input) {
  const parts = StringPrototypeSplit(input, '.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.length--;
  if (parts.length > 4) return kFailure;
  const numbers = [];
  for (let i = 0; i < parts.length; i++) {
    const n = parseIPv4Number(parts[i]);
    if (n !== n) return kFailure;
    numbers[i] = n;
  }
  const last = numbers.length - 1;
  for (let i = 0; i < last; i++) {
    if (numbers[i] > 255) return kFailure;
  }
  if (numbers[last] >= 256 ** (4 - last)) return kFailure;
  let address = numbers[last];
  for (let i = 0; i < last; i++) address += numbers[i] * 256 ** (3 - i);
  return address;
}

function serializeIPv4(address) {
  let out = '';
  for (let i = 3; i >= 0; i--) {
    const part = NumberPrototypeToString(
      (address / 256 ** i >>> 0) % 256, 10);
    out += i === 3 ? part : `.${part}`;
  }
  return out;
}

// --- IPv6 ---------------------------------------------------------------

// Parses the text between '[' and ']'. Returns 8 pieces or kFailure.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  const len = input.length;
  let pieceIndex = 0;
  let compress = -1;
  let p = 0;
  const at = (i) => (i < len ? StringPrototypeCharCodeAt(input, i) : -1);

  if (at(p) === 0x3A) {
    if (at(p + 1) !== 0x3A) return kFailure;
    p += 2;
    compress = ++pieceIndex;
  }
  while (at(p) !== -1) {
    if (pieceIndex === 8) return kFailure;
    if (at(p) === 0x3A) {
      if (compress !== -1) return kFailure;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isAsciiHexDigit(at(p))) {
      value = value * 16 + NumberParseInt(input[p], 16);
      p++;
      length++;
    }
    if (at(p) === 0x2E) {
      // An embedded IPv4 address fills the last two pieces.
      if (length === 0) return kFailure;
      p -= length;
      if (pieceIndex > 6) return kFailure;
      let numbersSeen = 0;
      while (at(p) !== -1) {
        let part = -1;
        if (numbersSeen > 0) {
          if (at(p) === 0x2E && numbersSeen < 4) {
            p++;
          } else {
            return kFailure;
          }
        }
        if (!isAsciiDigit(at(p))) return kFailure;
        while (isAsciiDigit(at(p))) {
          const digit = at(p) - 0x30;
          if (part === -1) {
            part = digit;
          } else if (part === 0) {
            return kFailure;
          } else {
            part = part * 10 + digit;
          }
          if (part > 255) return kFailure;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + part;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return kFailure;
      break;
    } else if (at(p) === 0x3A) {
      p++;
      if (at(p) === -1) return kFailure;
    } else if (at(p) !== -1) {
      return kFailure;
    }
    address[pieceIndex++] = value;
  }
  if (compress !== -1) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return kFailure;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces becomes '::'.
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += i === 0 ? '::' : ':';
      i += bestLen - 1;
      continue;
    }
    out += NumberPrototypeToString(address[i], 16);
    if (i !== 7) out += ':';
  }
  return `[${out}]`;
}

// --- host parser --------------------------------------------------------

function parseOpaqueHost(input) {
  for (let i = 0; i < input.length; i++) {
    if (isForbiddenHost(StringPrototypeCharCodeAt(input, i))) return kFailure;
  }
  return encodeString(input, C0_CONTROL_SET);
}

// The host parser: returns the serialised host (a domain, a dotted IPv4
// address, '[v6]', or an opaque host) or kFailure.
function parseHost(input, isOpaque) {
  if (input.length > 0 && input[0] === '[') {
    if (input[input.length - 1] !== ']') return kFailure;
    const address = parseIPv6(StringPrototypeSlice(input, 1, -1));
    return address === kFailure ? kFailure : serializeIPv6(address);
  }
  if (isOpaque) return parseOpaqueHost(input);
  const domain = percentDecodeString(input);
  const ascii = domainToASCIIInternal(domain);
  if (ascii === kFailure || ascii.length === 0) return kFailure;
  for (let i = 0; i < ascii.length; i++) {
    if (isForbiddenDomain(StringPrototypeCharCodeAt(ascii, i))) return kFailure;
  }
  if (endsInANumber(ascii)) {
    const address = parseIPv4(ascii);
    return address === kFailure ? kFailure : serializeIPv4(address);
  }
  return ascii;
}

// UTS #46 ToASCII alone (no IPv4 or forbidden code point checks), '' on
// failure: what the legacy url.parse() applies to hostnames.
function toASCII(domain) {
  const ascii = domainToASCIIInternal(domain);
  return ascii === kFailure ? '' : ascii;
}

module.exports = {
  kFailure,
  parseHost,
  toASCII,
  domainToUnicodeInternal,
};
