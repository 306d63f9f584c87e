'use strict';

// The text util.inspect() writes before the braces of functions and classes
// (`[Function: f]`, `[class B extends A]`), boxed primitives (`[Number: 3]`)
// and Map/Set iterators (`[Map Entries] {`).

const {
  ArrayPrototypeSplice,
  BigIntPrototypeValueOf,
  BooleanPrototypeValueOf,
  FunctionPrototypeToString,
  NumberPrototypeValueOf,
  ObjectGetPrototypeOf,
  ObjectPrototypeHasOwnProperty,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
  StringPrototypeValueOf,
  SymbolPrototypeValueOf,
} = primordials;

const types = require('internal/util/types');
const { formatPrimitive, stylizeNoColor } = require('internal/util/inspect_primitives');

// Source of a class, without comments, to tell `class A {}` from functions.
const classRegExp = /^(\s+[^(]*?)\s*{/;
// eslint-disable-next-line node-core/no-unescaped-regexp-dot
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

function getIteratorBraces(kind, tag) {
  if (tag !== `${kind} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${kind} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

// `[Number: 3]`, `[String (Foo): 'x']`...
function getBoxedBase(value, ctx, keys, constructor, tag) {
  let valueOf;
  let kind;
  if (types.isNumberObject(value)) {
    valueOf = NumberPrototypeValueOf;
    kind = 'Number';
  } else if (types.isStringObject(value)) {
    valueOf = StringPrototypeValueOf;
    kind = 'String';
    // The index keys repeat the string.
    ArrayPrototypeSplice(keys, 0, value.length);
  } else if (types.isBooleanObject(value)) {
    valueOf = BooleanPrototypeValueOf;
    kind = 'Boolean';
  } else if (types.isBigIntObject(value)) {
    valueOf = BigIntPrototypeValueOf;
    kind = 'BigInt';
  } else {
    valueOf = SymbolPrototypeValueOf;
    kind = 'Symbol';
  }
  let base = `[${kind}`;
  if (kind !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, valueOf(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, StringPrototypeToLowerCase(kind));
}

function getClassBase(value, constructor, tag) {
  const name = (ObjectPrototypeHasOwnProperty(value, 'name') && value.name) ||
    '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

// `[Function: f]`, `[AsyncGeneratorFunction (anonymous)]`, `[class A]`...
function getFunctionBase(value, constructor, tag) {
  const source = FunctionPrototypeToString(value);
  if (StringPrototypeStartsWith(source, 'class') && source[source.length - 1] === '}') {
    const body = StringPrototypeSlice(source, 5, -1);
    const brace = StringPrototypeIndexOf(body, '{');
    if (brace !== -1 &&
        (!StringPrototypeIncludes(StringPrototypeSlice(body, 0, brace), '(') ||
         RegExpPrototypeExec(classRegExp,
                             RegExpPrototypeSymbolReplace(stripCommentsRegExp, body)) !== null)) {
      return getClassBase(value, constructor, tag);
    }
  }
  let kind = 'Function';
  if (types.isGeneratorFunction(value)) kind = `Generator${kind}`;
  if (types.isAsyncFunction(value)) kind = `Async${kind}`;
  let base = `[${kind}`;
  if (constructor === null) base += ' (null prototype)';
  base += value.name === '' ? ' (anonymous)' : `: ${value.name}`;
  base += ']';
  if (constructor !== kind && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

module.exports = {
  getBoxedBase,
  getFunctionBase,
  getIteratorBraces,
};
