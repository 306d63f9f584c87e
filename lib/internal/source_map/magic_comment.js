'use strict';

// The `//# sourceMappingURL=` of an ES module's source. V8 10.2 reads it
// for scripts and functions but does not tell it for modules, so the
// source is scanned here as V8's scanner sees it: only a line comment
// counts (not the same text inside a string, template or regular
// expression), and the last one wins. Used only while source maps are on.

const {
  RegExpPrototypeExec,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
} = primordials;

const kMagic = /^[#@]\s*sourceMappingURL=\s*(\S*)\s*$/;

function isLineTerminator(c) {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function isIdentifierPart(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) || c === 36 || c === 95 || c > 127;
}

// Whether a `/` after the token that ended with `c` (0 at the start)
// begins a regular expression rather than a division. `)` is taken as
// ending an expression (a regular expression after `if (...)` is rare).
function regexAllowedAfter(c, word) {
  if (c === 0) return true;
  if (c === 41 /* ) */ || c === 93 /* ] */ || c === 125 /* } */) return false;
  if (isIdentifierPart(c)) {
    return word === 'return' || word === 'typeof' || word === 'case' ||
      word === 'do' || word === 'else' || word === 'in' || word === 'of' ||
      word === 'new' || word === 'delete' || word === 'void' ||
      word === 'throw' || word === 'instanceof' || word === 'yield' ||
      word === 'await';
  }
  return true;
}

function findSourceMappingURL(source) {
  if (StringPrototypeIndexOf(source, 'sourceMappingURL') === -1) return;
  let url;
  let last = 0; // last significant character
  let word = ''; // the last identifier or keyword
  let wordOpen = false; // whether the previous character continues it
  // Open template literals: the brace depth at which each `${` resumes.
  const templates = [];
  let braces = 0;
  const n = source.length;
  let i = 0;
  const skipString = (quote) => {
    for (i++; i < n; i++) {
      const c = StringPrototypeCharCodeAt(source, i);
      if (c === 92) i++;
      else if (c === quote || isLineTerminator(c)) break;
    }
    i++;
  };
  // Reads template characters up to the closing backtick or a `${`.
  const skipTemplate = () => {
    for (; i < n; i++) {
      const c = StringPrototypeCharCodeAt(source, i);
      if (c === 92) {
        i++;
      } else if (c === 96) {
        i++;
        return;
      } else if (c === 36 && StringPrototypeCharCodeAt(source, i + 1) === 123) {
        i += 2;
        templates[templates.length] = braces;
        braces++;
        return;
      }
    }
  };
  while (i < n) {
    const c = StringPrototypeCharCodeAt(source, i);
    const continuesWord = wordOpen;
    wordOpen = false;
    if (c === 47 /* / */) {
      const next = StringPrototypeCharCodeAt(source, i + 1);
      if (next === 47) {
        let end = i + 2;
        while (end < n &&
               !isLineTerminator(StringPrototypeCharCodeAt(source, end))) end++;
        const match = RegExpPrototypeExec(kMagic,
                                          StringPrototypeSlice(source, i + 2, end));
        if (match !== null) url = match[1];
        i = end;
        continue;
      }
      if (next === 42) {
        const end = StringPrototypeIndexOf(source, '*/', i + 2);
        i = end === -1 ? n : end + 2;
        continue;
      }
      if (regexAllowedAfter(last, word)) {
        let inClass = false;
        for (i++; i < n; i++) {
          const r = StringPrototypeCharCodeAt(source, i);
          if (r === 92) i++;
          else if (r === 91) inClass = true;
          else if (r === 93) inClass = false;
          else if ((r === 47 && !inClass) || isLineTerminator(r)) break;
        }
        i++;
        last = 47;
        word = '';
        continue;
      }
    }
    if (c === 39 || c === 34) {
      skipString(c);
      last = c;
      word = '';
      continue;
    }
    if (c === 96) {
      i++;
      skipTemplate();
      last = 96;
      word = '';
      continue;
    }
    if (c === 123) {
      braces++;
    } else if (c === 125) {
      braces--;
      if (templates.length > 0 && templates[templates.length - 1] === braces) {
        templates.length--;
        i++;
        skipTemplate();
        last = 96;
        word = '';
        continue;
      }
    }
    if (c > 32 && c !== 0xA0 && c !== 0xFEFF && !isLineTerminator(c)) {
      if (isIdentifierPart(c)) {
        word = continuesWord ? word + source[i] : source[i];
        wordOpen = true;
      } else {
        word = '';
        wordOpen = false;
      }
      last = c;
    }
    i++;
  }
  return url;
}

module.exports = { findSourceMappingURL };
