'use strict';

// The message node 20's V8 (11.3) gives when JSON.parse fails. This V8
// (10.2) says "Unexpected token } in JSON at position 14" where V8 11 says
// "Expected ':' after property name in JSON at position 14", and the module
// loaders show that text (package.json files, JSON modules, require of a
// .json file). Only called once parsing has failed: it walks the text
// again, as V8 11's parser does, to the first error and names it alike.

const {
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
} = primordials;

// Inputs V8 names whole ("NaN" is not valid JSON).
const kSpecial = ['[object Object]', 'undefined', 'Infinity', 'NaN'];
// Around an unexpected token, V8 quotes up to this many characters on each
// side, once the text is long enough to need cutting.
const kContext = 10;

class JSONError {
  constructor(message) { this.message = message; }
}

function isDigit(c) { return c >= 48 && c <= 57; }
function isHex(c) {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function at(message, pos) {
  return new JSONError(`${message} in JSON at position ${pos}`);
}

class Scanner {
  constructor(text) {
    this.text = text;
    this.n = text.length;
    this.i = 0;
  }

  code(i = this.i) {
    return i < this.n ? StringPrototypeCharCodeAt(this.text, i) : -1;
  }

  skipSpace() {
    for (;;) {
      const c = this.code();
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      this.i++;
    }
  }

  // V8's message for a token nothing could follow with.
  unexpected(pos) {
    const { text, n } = this;
    if (pos >= n) return new JSONError('Unexpected end of JSON input');
    const c = this.code(pos);
    if (c === 34) return at('Unexpected string', pos);
    if (c === 45 || isDigit(c)) return at('Unexpected number', pos);
    for (let k = 0; k < kSpecial.length; k++) {
      if (text === kSpecial[k]) {
        return new JSONError(`"${text}" is not valid JSON`);
      }
    }
    const token = `Unexpected token '${text[pos]}', `;
    if (n < kContext * 2 + 1) {
      return new JSONError(`${token}"${text}" is not valid JSON`);
    }
    if (pos < kContext) {
      return new JSONError(`${token}"${StringPrototypeSlice(text, 0, pos + kContext)}"... is not valid JSON`);
    }
    if (pos < n - kContext) {
      return new JSONError(`${token}..."${StringPrototypeSlice(text, pos - kContext, pos + kContext)}"... is not valid JSON`);
    }
    return new JSONError(`${token}..."${StringPrototypeSlice(text, pos - kContext)}" is not valid JSON`);
  }

  value() {
    this.skipSpace();
    const c = this.code();
    if (c === 123) return this.object();
    if (c === 91) return this.array();
    if (c === 34) return this.string();
    if (c === 45 || isDigit(c)) return this.number();
    if (c === 116) return this.literal('true');
    if (c === 102) return this.literal('false');
    if (c === 110) return this.literal('null');
    throw this.unexpected(this.i);
  }

  literal(word) {
    for (let k = 0; k < word.length; k++, this.i++) {
      if (this.code() !== StringPrototypeCharCodeAt(word, k)) {
        throw this.unexpected(this.i);
      }
    }
  }

  string() {
    this.i++;  // The opening quote.
    for (;;) {
      const c = this.code();
      if (c === -1) throw at('Unterminated string', this.n);
      if (c === 34) {
        this.i++;
        return;
      }
      if (c < 0x20) throw at('Bad control character in string literal', this.i);
      if (c === 92) {
        this.i++;
        const e = this.code();
        if (e === -1) throw this.unexpected(this.i);
        if (e === 117) {  // \uXXXX
          for (let k = 1; k <= 4; k++) {
            if (!isHex(this.code(this.i + k))) {
              throw at('Bad Unicode escape', this.i + k);
            }
          }
          this.i += 4;
        } else if (e !== 34 && e !== 92 && e !== 47 && e !== 98 &&
                   e !== 102 && e !== 110 && e !== 114 && e !== 116) {
          throw at('Bad escaped character', this.i);
        }
      }
      this.i++;
    }
  }

  digits() {
    while (isDigit(this.code())) this.i++;
  }

  number() {
    if (this.code() === 45) {
      this.i++;
      if (!isDigit(this.code())) throw at('No number after minus sign', this.i);
    }
    if (this.code() === 48) {
      this.i++;
      if (isDigit(this.code())) throw at('Unexpected number', this.i);
    } else {
      this.digits();
    }
    if (this.code() === 46) {
      this.i++;
      if (!isDigit(this.code())) {
        throw at('Unterminated fractional number', this.i);
      }
      this.digits();
    }
    const e = this.code();
    if (e === 101 || e === 69) {
      this.i++;
      const sign = this.code();
      if (sign === 43 || sign === 45) this.i++;
      if (!isDigit(this.code())) {
        throw at('Exponent part is missing a number', this.i);
      }
      this.digits();
    }
  }

  array() {
    this.i++;
    this.skipSpace();
    if (this.code() === 93) {
      this.i++;
      return;
    }
    for (;;) {
      this.value();
      this.skipSpace();
      const c = this.code();
      this.i++;
      if (c === 93) return;
      if (c !== 44) {
        throw at("Expected ',' or ']' after array element", this.i - 1);
      }
    }
  }

  object() {
    this.i++;
    this.skipSpace();
    if (this.code() === 125) {
      this.i++;
      return;
    }
    if (this.code() !== 34) throw at("Expected property name or '}'", this.i);
    // V8 names the missing colon after an object's first key only.
    let first = true;
    for (;;) {
      this.string();
      this.skipSpace();
      if (this.code() !== 58) {
        if (first) throw at("Expected ':' after property name", this.i);
        throw this.unexpected(this.i);
      }
      this.i++;
      first = false;
      this.value();
      this.skipSpace();
      const c = this.code();
      if (c === 125) {
        this.i++;
        return;
      }
      if (c !== 44) {
        throw at("Expected ',' or '}' after property value", this.i);
      }
      this.i++;
      this.skipSpace();
      if (this.code() !== 34) {
        throw at('Expected double-quoted property name', this.i);
      }
    }
  }
}

// V8 11's message for why `text` is not JSON; `fallback` if this walk
// finds no error (it then is not one this module knows).
function jsonParseErrorMessage(text, fallback) {
  const scanner = new Scanner(`${text}`);
  try {
    scanner.value();
    scanner.skipSpace();
    if (scanner.i < scanner.n) {
      return 'Unexpected non-whitespace character after JSON at position ' +
        `${scanner.i}`;
    }
  } catch (error) {
    // Anything else (too deep a nesting for this walk): V8's own words.
    return error instanceof JSONError ? error.message : fallback;
  }
  return fallback;
}

module.exports = { jsonParseErrorMessage };
