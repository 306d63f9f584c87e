'use strict';

// atob() and btoa() as node 20 has them: WHATWG forgiving-base64 checks
// first, DOMException InvalidCharacterError on bad input, then the Buffer
// codecs.

const {
  StringPrototypeCharCodeAt,
} = primordials;

const {
  ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const { encodeString, encodingOps } = require('internal/buffer');

let DOMException;
function invalidCharacter(message = 'Invalid character') {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (StringPrototypeCharCodeAt(input, n) > 0xff) throw invalidCharacter();
  }
  const bytes = encodeString(input, encodingOps.latin1);
  return encodingOps.base64.nativeSlice(bytes, 0, bytes.length);
}

// ASCII whitespace, which forgiving-base64 removes.
function isAsciiWhitespace(code) {
  return code === 0x09 || code === 0x0A || code === 0x0C || code === 0x0D ||
    code === 0x20;
}

function isBase64Char(code) {
  return (code >= 0x41 && code <= 0x5A) || (code >= 0x61 && code <= 0x7A) ||
    (code >= 0x30 && code <= 0x39) || code === 0x2B || code === 0x2F;
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let count = 0;  // Characters that are not whitespace.
  let equals = 0;
  for (let n = 0; n < input.length; n++) {
    const code = StringPrototypeCharCodeAt(input, n);
    if (isAsciiWhitespace(code)) continue;
    if (code === 0x3D) {
      equals++;
      // At most two '=', and only at the end.
      if (equals > 2) throw invalidCharacter();
    } else if (!isBase64Char(code) || equals > 0) {
      throw invalidCharacter();
    }
    count++;
  }
  let remainder = count % 4;
  if (remainder === 0) {
    remainder = (count - equals) % 4;
  } else if (equals > 0) {
    // Padding is allowed only when it completes a group of four.
    throw invalidCharacter();
  }
  if (remainder === 1) {
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  }
  const bytes = encodeString(input, encodingOps.base64);
  return encodingOps.latin1.nativeSlice(bytes, 0, bytes.length);
}

module.exports = { atob, btoa };
