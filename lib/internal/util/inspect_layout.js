'use strict';

// How util.inspect() lays out the parts of an object: the `Foo [tag] `
// prefix, one line or one entry per line (breakLength, compact), and the
// grouping of short array entries into aligned columns.

const {
  Array,
  ArrayPrototypePush,
  MathFloor,
  MathMax,
  MathMin,
  MathRound,
  MathSqrt,
  StringPrototypeIncludes,
  StringPrototypePadEnd,
  StringPrototypePadStart,
  StringPrototypeRepeat,
} = primordials;

const { join, removeColors } = require('internal/util');
const { getStringWidth } = require('internal/util/string_width');

// What the entries of `output` are: properties of an object, entries of an
// array (no `key:`), or an array-like with extra keys.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// `Foo(2) [tag] `, or for a null prototype `[Foo(2): null prototype] [tag] `.
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) {
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

// Whether `output` fits on one line after `start` columns.
function isBelowBreakLength(ctx, output, start, base) {
  // Every entry is followed by a separator of at least one character.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // A base that spans lines (an error's stack) never shares a line.
  return base === '' || !StringPrototypeIncludes(base, '\n');
}

// Arranges more than six short array entries into columns: about as many
// columns as make a square of text (a character is ~2.5 times as high as
// wide), at most 15 and at most compact * 4, right-aligned for numbers.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... n more items" entry stays on its own line.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Group only when three entries fit on a line and entries are of similar
  // length (no single entry longer than a fifth of all of them together).
  if (!(actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6))) {
    return output;
  }

  const approxCharHeights = 2.5;
  const averageBias = MathSqrt(actualMax - totalLength / output.length);
  const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
  const columns = MathMin(
    MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
    MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;

  const maxLineLength = [];
  for (let column = 0; column < columns; column++) {
    let widest = 0;
    for (let j = column; j < output.length; j += columns) {
      if (dataLen[j] > widest) widest = dataLen[j];
    }
    ArrayPrototypePush(maxLineLength, widest + separatorSpace);
  }

  let pad = StringPrototypePadStart;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        pad = StringPrototypePadEnd;
        break;
      }
    }
  }

  const grouped = [];
  for (let i = 0; i < outputLength; i += columns) {
    const lineEnd = MathMin(i + columns, outputLength);
    let line = '';
    let j = i;
    for (; j < lineEnd - 1; j++) {
      // Colour codes take no column: widen the padding by their length.
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
      line += pad(`${output[j]}, `, padding, ' ');
    }
    if (pad === StringPrototypePadStart) {
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j] -
        separatorSpace;
      line += StringPrototypePadStart(output[j], padding, ' ');
    } else {
      line += output[j];
    }
    ArrayPrototypePush(grouped, line);
  }
  if (ctx.maxArrayLength < output.length) {
    ArrayPrototypePush(grouped, output[outputLength]);
  }
  return grouped;
}

// Joins the formatted entries with their braces: on one line when they fit
// (and, with a numeric `compact`, when the object holds at most `compact`
// nested levels), else one entry per line.
function reduceToSingleString(ctx, output, base, braces, extrasType,
                              recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // ctx.currentDepth is the deepest level reached below this object.
      if (ctx.currentDepth - recurseTimes < ctx.compact &&
          entries === output.length) {
        const start = output.length + ctx.indentationLvl +
          braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = join(output, ', ');
          if (!StringPrototypeIncludes(joined, '\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ` +
      `${join(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }

  // compact === true: as much as fits on each line.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${join(output, ', ')} ${braces[1]}`;
  }
  const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
  // After a long opening brace ("Set {"), start the entries on a new line.
  const firstBreak = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${firstBreak}${join(output, `,\n${indentation}  `)} ${braces[1]}`;
}

module.exports = {
  getPrefix,
  groupArrayElements,
  isBelowBreakLength,
  kArrayExtrasType,
  kArrayType,
  kObjectType,
  reduceToSingleString,
};
