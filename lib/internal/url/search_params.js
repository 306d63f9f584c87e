'use strict';
// URLSearchParams and its iterator, and the application/x-www-form-urlencoded
// parser and serializer they use. A URLSearchParams made by a URL keeps
// that URL's query in step through the hooks at the end.

const {
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  FunctionPrototypeCall,
  Int8Array,
  ObjectDefineProperties,
  ObjectSetPrototypeOf,
  ReflectGetOwnPropertyDescriptor,
  ReflectOwnKeys,
  RegExpPrototypeSymbolReplace,
  SafeMap,
  StringPrototypeCharCodeAt,
  StringPrototypeIncludes,
  StringPrototypeSlice,
  SymbolFor,
  SymbolIterator,
  SymbolToStringTag,
  decodeURIComponent,
  IteratorPrototype,
} = primordials;

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const {
  encodeStr,
  hexTable,
  isHexTable,
  unescapeToBytes,
} = require('internal/querystring');
const { toUSVString, utf8Decode } = require('internal/url/encoding');

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

const kInspectCustom = SymbolFor('nodejs.util.inspect.custom');

// --- application/x-www-form-urlencoded -------------------------------------

// Chars the serializer leaves alone: A-Z a-z 0-9 * - . _
const noEscape = new Int8Array(128);
for (let c = 48; c <= 57; c++) noEscape[c] = 1;
for (let c = 65; c <= 90; c++) noEscape[c] = 1;
for (let c = 97; c <= 122; c++) noEscape[c] = 1;
noEscape[42] = noEscape[45] = noEscape[46] = noEscape[95] = 1;

// As hexTable, but a space becomes '+'.
const paramHexTable = ArrayPrototypeSlice(hexTable);
paramHexTable[0x20] = '+';

function serializeParams(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += encodeStr(list[i], noEscape, paramHexTable) + '=' +
      encodeStr(list[i + 1], noEscape, paramHexTable);
  }
  return out;
}

// Decodes one name or value as node does: decodeURIComponent, and when
// that throws, querystring.unescapeBuffer's bytes read as UTF-8.
function decodeParam(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    const bytes = [];
    const n = unescapeToBytes(s, false, bytes);
    bytes.length = n;
    return utf8Decode(bytes);
  }
}

// Parses 'a=1&b=2' into [name, value, ...].
function parseParams(qs) {
  const out = [];
  let i = 0;
  const len = qs.length;
  while (i <= len) {
    let end = i;
    while (end < len && StringPrototypeCharCodeAt(qs, end) !== 0x26) end++;
    if (end > i) {
      const piece = StringPrototypeSlice(qs, i, end);
      let eq = -1;
      for (let j = 0; j < piece.length; j++) {
        if (StringPrototypeCharCodeAt(piece, j) === 0x3D) {
          eq = j;
          break;
        }
      }
      const name = eq === -1 ? piece : StringPrototypeSlice(piece, 0, eq);
      const value = eq === -1 ? '' : StringPrototypeSlice(piece, eq + 1);
      ArrayPrototypePush(out, decodePart(name), decodePart(value));
    }
    i = end + 1;
  }
  return out;
}

// '+' is a space. The decoder only runs when the part (as written, '+'
// skipped over) holds '%' and two hex digits, which is node's test.
function decodePart(part) {
  let escapeState = 0;
  let encoded = false;
  for (let i = 0; i < part.length && !encoded; i++) {
    const code = StringPrototypeCharCodeAt(part, i);
    if (code === 0x2B) continue;
    if (code === 0x25) {
      escapeState = 1;
    } else if (escapeState > 0) {
      if (isHexTable[code] === 1) {
        if (++escapeState === 3) encoded = true;
      } else {
        escapeState = 0;
      }
    }
  }
  if (StringPrototypeIncludes(part, '+')) {
    part = RegExpPrototypeSymbolReplace(/\+/g, part, ' ');
  }
  return encoded ? decodeParam(part) : part;
}

// Stable sort of the pairs by name, in UTF-16 code unit order.
function sortPairs(list) {
  const n = list.length / 2;
  if (n < 2) return list;
  const order = [];
  for (let i = 0; i < n; i++) order[i] = i;
  const tmp = [];
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n - width; lo += 2 * width) {
      const mid = lo + width;
      const hi = mid + width < n ? mid + width : n;
      let a = lo;
      let b = mid;
      let k = lo;
      while (a < mid && b < hi) {
        tmp[k++] = list[2 * order[b]] < list[2 * order[a]] ? order[b++] : order[a++];
      }
      while (a < mid) tmp[k++] = order[a++];
      while (b < hi) tmp[k++] = order[b++];
      for (k = lo; k < hi; k++) order[k] = tmp[k];
    }
  }
  const out = [];
  for (let i = 0; i < n; i++) {
    ArrayPrototypePush(out, list[2 * order[i]], list[2 * order[i] + 1]);
  }
  return out;
}

function stripColors(str) {
  return RegExpPrototypeSymbolReplace(/\u001b\[\d\d?m/g, str, '');
}

// --- URLSearchParams -------------------------------------------------------

let getList;
let replaceList;
let attachToURL;

class URLSearchParams {
  #searchParams = [];
  // The URL whose query this object mirrors, and the function that tells
  // it about a change.
  #url;
  #onChange;

  static {
    getList = (params) => params.#searchParams;
    replaceList = (params, query) => {
      params.#searchParams = query ? parseParams(query) : [];
    };
    attachToURL = (params, url, onChange) => {
      params.#url = url;
      params.#onChange = onChange;
    };
  }

  constructor(init = undefined) {
    if (init == null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[SymbolIterator];
      if (method === this[SymbolIterator] && #searchParams in init) {
        this.#searchParams = ArrayPrototypeSlice(init.#searchParams);
      } else if (method != null) {
        if (typeof method !== 'function') {
          throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        }
        this.#fromPairs(init);
      } else {
        this.#fromRecord(init);
      }
    } else {
      init = toUSVString(`${init}`);
      // One leading '?' is a prefix (a URL's query, given to
      // replaceList, has none).
      if (init[0] === '?') init = StringPrototypeSlice(init, 1);
      this.#searchParams = init ? parseParams(init) : [];
    }
  }

  // sequence<sequence<USVString>>: each pair converted as it is read.
  #fromPairs(init) {
    const list = this.#searchParams;
    for (const pair of init) {
      if (pair == null) {
        throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
      } else if (ArrayIsArray(pair)) {
        if (pair.length !== 2) {
          throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
        }
        ArrayPrototypePush(list, toUSVString(`${pair[0]}`),
                           toUSVString(`${pair[1]}`));
      } else {
        if ((typeof pair !== 'object' && typeof pair !== 'function') ||
            typeof pair[SymbolIterator] !== 'function') {
          throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
        }
        let count = 0;
        for (const element of pair) {
          count++;
          ArrayPrototypePush(list, toUSVString(`${element}`));
        }
        if (count !== 2) {
          throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
        }
      }
    }
  }

  // record<USVString, USVString>: own enumerable keys, symbols included
  // (which throw on conversion, as in node).
  #fromRecord(init) {
    const list = this.#searchParams;
    const seen = new SafeMap();
    const keys = ReflectOwnKeys(init);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const desc = ReflectGetOwnPropertyDescriptor(init, key);
      if (desc === undefined || !desc.enumerable) continue;
      const name = toUSVString(`${key}`);
      const value = toUSVString(`${init[key]}`);
      // Two keys can become one name after conversion: the later wins.
      const at = seen.get(name);
      if (at !== undefined) {
        list[at] = value;
      } else {
        seen.set(name, ArrayPrototypePush(list, name, value) - 1);
      }
    }
  }

  #changed() {
    if (this.#url !== undefined) this.#onChange(this.#url);
  }

  [kInspectCustom](recurseTimes, ctx) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const { inspect } = lazyInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#searchParams;
    const output = [];
    let length = -2;
    for (let i = 0; i < list.length; i += 2) {
      const entry = `${inspect(list[i], innerOpts)} => ` +
        inspect(list[i + 1], innerOpts);
      ArrayPrototypePush(output, entry);
      length += stripColors(entry).length + 2;
    }
    const name = this.constructor.name;
    if (length > ctx.breakLength) {
      return `${name} {\n  ${ArrayPrototypeJoin(output, ',\n  ')} }`;
    }
    if (output.length > 0) return `${name} { ${ArrayPrototypeJoin(output, ', ')} }`;
    return `${name} {}`;
  }

  get size() {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    return this.#searchParams.length / 2;
  }

  append(name, value) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(`${name}`);
    value = toUSVString(`${value}`);
    ArrayPrototypePush(this.#searchParams, name, value);
    this.#changed();
  }

  delete(name, value = undefined) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#searchParams;
    name = toUSVString(`${name}`);
    if (value !== undefined) value = toUSVString(`${value}`);
    for (let i = 0; i < list.length;) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) {
        ArrayPrototypeSplice(list, i, 2);
      } else {
        i += 2;
      }
    }
    this.#changed();
  }

  get(name) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#searchParams;
    name = toUSVString(`${name}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#searchParams;
    const values = [];
    name = toUSVString(`${name}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) ArrayPrototypePush(values, list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#searchParams;
    name = toUSVString(`${name}`);
    if (value !== undefined) value = toUSVString(`${value}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) {
        return true;
      }
    }
    return false;
  }

  set(name, value) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#searchParams;
    name = toUSVString(`${name}`);
    value = toUSVString(`${value}`);
    // The first pair with this name takes the value; the others go.
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] !== name) {
        i += 2;
      } else if (!found) {
        list[i + 1] = value;
        found = true;
        i += 2;
      } else {
        ArrayPrototypeSplice(list, i, 2);
      }
    }
    if (!found) ArrayPrototypePush(list, name, value);
    this.#changed();
  }

  sort() {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    this.#searchParams = sortPairs(this.#searchParams);
    this.#changed();
  }

  entries() {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    validateFunction(callback, 'callback');
    // Re-read the list each time: the callback may change the URL's query.
    for (let i = 0; i < this.#searchParams.length; i += 2) {
      const list = this.#searchParams;
      FunctionPrototypeCall(callback, thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    return serializeParams(this.#searchParams);
  }
}

const kEnumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(URLSearchParams.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, configurable: true, value: 'URLSearchParams',
  },
  // The default iterator is entries() itself (its name stays 'entries').
  [SymbolIterator]: {
    __proto__: null,
    configurable: true,
    writable: true,
    value: URLSearchParams.prototype.entries,
  },
  size: kEnumerable,
  append: kEnumerable,
  delete: kEnumerable,
  get: kEnumerable,
  getAll: kEnumerable,
  has: kEnumerable,
  set: kEnumerable,
  sort: kEnumerable,
  entries: kEnumerable,
  forEach: kEnumerable,
  keys: kEnumerable,
  values: kEnumerable,
  toString: kEnumerable,
});

// Iterates the live list: pairs added during iteration are seen.
class URLSearchParamsIterator {
  #target;
  #kind;
  #index = 0;

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
  }

  next() {
    if (typeof this !== 'object' || this === null || !(#target in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const list = getList(this.#target);
    const index = this.#index;
    if (index >= list.length) return { value: undefined, done: true };
    this.#index = index + 2;
    const name = list[index];
    const value = list[index + 1];
    let result;
    if (this.#kind === 'key') {
      result = name;
    } else if (this.#kind === 'value') {
      result = value;
    } else {
      result = [name, value];
    }
    return { value: result, done: false };
  }

  [kInspectCustom](recurseTimes, ctx) {
    if (this == null || typeof this !== 'object' || !(#target in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const { inspect } = lazyInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = getList(this.#target);
    const output = [];
    for (let i = this.#index; i < list.length; i += 2) {
      if (this.#kind === 'key') {
        ArrayPrototypePush(output, list[i]);
      } else if (this.#kind === 'value') {
        ArrayPrototypePush(output, list[i + 1]);
      } else {
        ArrayPrototypePush(output, [list[i], list[i + 1]]);
      }
    }
    const multiline = StringPrototypeIncludes(inspect(output, innerOpts), '\n');
    const parts = [];
    for (let i = 0; i < output.length; i++) {
      ArrayPrototypePush(parts, inspect(output[i], innerOpts));
    }
    const body = multiline ?
      `\n  ${ArrayPrototypeJoin(parts, ',\n  ')}` :
      ` ${ArrayPrototypeJoin(parts, ', ')}`;
    return `${this[SymbolToStringTag]} {${body} }`;
  }
}

// The iterator prototype inherits %IteratorPrototype% and has no own
// `constructor`, as node's.
delete URLSearchParamsIterator.prototype.constructor;
ObjectSetPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
ObjectDefineProperties(URLSearchParamsIterator.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, configurable: true, value: 'URLSearchParams Iterator',
  },
  next: kEnumerable,
});

module.exports = {
  URLSearchParams,
  serializeParams,
  parseParams,
  getSearchParamsList: getList,
  replaceSearchParamsList: replaceList,
  attachSearchParamsToURL: attachToURL,
};
