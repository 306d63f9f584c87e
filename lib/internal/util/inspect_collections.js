'use strict';

// The entries util.inspect() lists inside the braces of arrays (holes as
// `<n empty items>`), typed arrays, ArrayBuffers (`[Uint8Contents]`), Sets,
// Maps, their iterators, WeakSets/WeakMaps, promises, module namespaces and
// proxies. Each formatter returns the array of entry strings.

const {
  Array,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  MathMax,
  MathMin,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  Uint8Array,
} = primordials;

const {
  constants: { kPending, kRejected },
  getPromiseDetails,
  previewEntries,
} = internalBinding('util');

const { formatBigInt, formatNumber } = require('internal/util/inspect_primitives');
const {
  kArrayExtrasType,
  kArrayType,
  kObjectType,
  reduceToSingleString,
} = require('internal/util/inspect_layout');

// formatValue and formatProperty live in internal/util/inspect, which loads
// this file: reach them once both are loaded.
let inspectInternals;
const formatValue = (ctx, value, recurseTimes, typedArray) =>
  (inspectInternals ??= require('internal/util/inspect'))
    .formatValue(ctx, value, recurseTimes, typedArray);
const formatProperty = (ctx, value, recurseTimes, key, type, desc, original) =>
  (inspectInternals ??= require('internal/util/inspect'))
    .formatProperty(ctx, value, recurseTimes, key, type, desc, original);

const remainingText = (remaining) =>
  `... ${remaining} more item${remaining > 1 ? 's' : ''}`;

const emptyItems = (ctx, count) =>
  ctx.stylize(`<${count} empty item${count > 1 ? 's' : ''}>`, 'undefined');

// Array indices are canonical numeric strings below 2 ** 32 - 1.
const indexRegExp = /^(0|[1-9][0-9]*)$/;

// Arrays with holes: walks the own keys from index `i` on.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const number = +key;
    if (number > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (RegExpPrototypeExec(indexRegExp, key) === null) break;
      ArrayPrototypePush(output, emptyItems(ctx, number - index));
      index = number;
      if (output.length === maxLength) break;
    }
    ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) ArrayPrototypePush(output, emptyItems(ctx, remaining));
  } else if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  return output;
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const shown = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < shown; i++) {
    if (!ObjectPrototypeHasOwnProperty(value, i)) {
      return formatSparseArray(ctx, value, recurseTimes, shown, output, i);
    }
    ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (length > shown) ArrayPrototypePush(output, remainingText(length - shown));
  return output;
}

// `value` may be a copy of the inspected array (for a null prototype).
function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  const shown = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = value.length - shown;
  const output = new Array(shown);
  const formatElement = value.length > 0 && typeof value[0] === 'number' ?
    formatNumber : formatBigInt;
  for (let i = 0; i < shown; i++) {
    output[i] = formatElement(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[shown] = remainingText(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      ArrayPrototypePush(output, `[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

const hexDigits = '0123456789abcdef';

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = MathMin(ctx.maxArrayLength, bytes.length);
  let hex = '';
  for (let i = 0; i < shown; i++) {
    if (i !== 0) hex += ' ';
    hex += hexDigits[bytes[i] >> 4] + hexDigits[bytes[i] & 15];
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

// `iterable` is the Set, or its values() for a null-prototype Set (whose
// `size` reads undefined: then every entry is shown, as in node).
function formatSet(iterable, ctx, set, recurseTimes) {
  const size = set.size;
  const shown = MathMin(MathMax(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const entry of iterable) {
    if (i >= shown) break;
    ArrayPrototypePush(output, formatValue(ctx, entry, recurseTimes));
    i++;
  }
  if (size > shown) ArrayPrototypePush(output, remainingText(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

// `iterable` is the Map, or its entries() for a null-prototype Map.
function formatMap(iterable, ctx, map, recurseTimes) {
  const size = map.size;
  const shown = MathMin(MathMax(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: key, 1: entry } of iterable) {
    if (i >= shown) break;
    ArrayPrototypePush(output, `${formatValue(ctx, key, recurseTimes)} => ` +
      formatValue(ctx, entry, recurseTimes));
    i++;
  }
  if (size > shown) ArrayPrototypePush(output, remainingText(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

// Values previewed from a Set iterator or a WeakSet (`weak`: sorted, as
// their order is not stable).
function formatSetPreview(ctx, recurseTimes, entries, weak) {
  const shown = MathMin(MathMax(ctx.maxArrayLength, 0), entries.length);
  const output = new Array(shown);
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) {
    output[i] = formatValue(ctx, entries[i], recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) ArrayPrototypeSort(output);
  const remaining = entries.length - shown;
  if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
  return output;
}

// [k1, v1, k2, v2, ...] previewed from a Map iterator (as `[ k, v ]`) or a
// WeakMap (as `k => v`, sorted).
function formatMapPreview(ctx, recurseTimes, entries, weak) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const length = entries.length / 2;
  const remaining = length - maxArrayLength;
  const shown = MathMin(maxArrayLength, length);
  const output = new Array(shown);
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) {
    const key = formatValue(ctx, entries[i * 2], recurseTimes);
    const entry = formatValue(ctx, entries[i * 2 + 1], recurseTimes);
    output[i] = weak ? `${key} => ${entry}` :
      reduceToSingleString(ctx, [key, entry], '', ['[', ']'], kArrayExtrasType,
                           recurseTimes);
  }
  if (weak && !ctx.sorted) ArrayPrototypeSort(output);
  ctx.indentationLvl -= 2;
  if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  return formatSetPreview(ctx, recurseTimes, previewEntries(value), true);
}

function formatWeakMap(ctx, value, recurseTimes) {
  return formatMapPreview(ctx, recurseTimes, previewEntries(value), true);
}

// `braces` is shared with formatRaw: entry iterators rename themselves.
function formatIterator(braces, ctx, value, recurseTimes) {
  const { 0: entries, 1: isKeyValue } = previewEntries(value, true);
  if (isKeyValue) {
    braces[0] = RegExpPrototypeSymbolReplace(/ Iterator] {$/, braces[0], ' Entries] {');
    return formatMapPreview(ctx, recurseTimes, entries, false);
  }
  return formatSetPreview(ctx, recurseTimes, entries, false);
}

function formatPromise(ctx, value, recurseTimes) {
  const { 0: state, 1: result } = getPromiseDetails(value);
  if (state === kPending) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

// Bindings still in their TDZ read as <uninitialized>.
function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch {
      // Format an empty string in its place to get the key and layout right.
      const placeholder = { [keys[i]]: '' };
      const line = formatProperty(ctx, placeholder, recurseTimes, keys[i], kObjectType);
      output[i] = StringPrototypeSlice(line, 0, StringPrototypeLastIndexOf(line, ' ') + 1) +
        ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys are done: nothing is left for formatRaw to list.
  keys.length = 0;
  return output;
}

// showProxy: `Proxy [ target, handler ]`.
function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const output = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, output, '', ['Proxy [', ']'], kArrayExtrasType,
                              recurseTimes);
}

module.exports = {
  formatArray,
  formatArrayBuffer,
  formatIterator,
  formatMap,
  formatNamespaceObject,
  formatPromise,
  formatProxy,
  formatSet,
  formatTypedArray,
  formatWeakCollection,
  formatWeakMap,
  formatWeakSet,
};
