'use strict';

// console.table: tabular data drawn with box characters, cells
// left-aligned, values shown with a shallow util.inspect.

const {
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  ArrayPrototypeUnshift,
  MathMax,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectValues,
  StringPrototypeRepeat,
} = primordials;

const { inspect, getStringWidth } = require('internal/util/inspect');
const {
  isMap,
  isMapIterator,
  isSet,
  isSetIterator,
} = require('internal/util/types');
const { validateArray } = require('internal/validators');
const { previewEntries } = internalBinding('util');

function renderRow(row, widths) {
  let out = '│';
  for (let i = 0; i < widths.length; i++) {
    const cell = row[i] ?? '';
    out += ` ${cell}${StringPrototypeRepeat(' ', widths[i] - getStringWidth(cell) - 1)}│`;
  }
  return out;
}

// head: column titles; columns: one array of cell strings per column.
function renderTable(head, columns) {
  const rowCount = MathMax(0, ...ArrayPrototypeMap(columns, (c) => c.length));
  const widths = ArrayPrototypeMap(head, (title, i) => {
    let width = getStringWidth(title);
    const column = columns[i];
    for (let r = 0; r < column.length; r++) {
      width = MathMax(width, getStringWidth(column[r] ?? ''));
    }
    return width + 2;
  });
  const line = (left, middle, right) => left + ArrayPrototypeJoin(
    ArrayPrototypeMap(widths, (w) => StringPrototypeRepeat('─', w)), middle) +
    right;
  const lines = [line('┌', '┬', '┐'), renderRow(head, widths),
                 line('├', '┼', '┤')];
  for (let r = 0; r < rowCount; r++) {
    ArrayPrototypePush(lines, renderRow(
      ArrayPrototypeMap(columns, (column) => column[r]), widths));
  }
  ArrayPrototypePush(lines, line('└', '┴', '┘'));
  return ArrayPrototypeJoin(lines, '\n');
}

function printTable(console, tabularData, properties) {
  if (properties !== undefined) validateArray(properties, 'properties');
  if (tabularData === null || typeof tabularData !== 'object') {
    return console.log(tabularData);
  }
  const show = (value) => {
    const depth = value !== null && typeof value === 'object' &&
      !ArrayIsArray(value) && ObjectKeys(value).length > 2 ? -1 : 0;
    return inspect(value, {
      depth, maxArrayLength: 3, breakLength: Infinity, colors: false,
    });
  };
  const iterationIndex = (count) => {
    const index = [];
    for (let i = 0; i < count; i++) ArrayPrototypePush(index, `${i}`);
    return index;
  };

  // Maps and their iterators: key/value pairs (entries()) or single values
  // (keys(), values()), read without consuming the iterator.
  const mapIterator = isMapIterator(tabularData);
  let isKeyValue = false;
  let entries;
  if (mapIterator) {
    ({ 0: entries, 1: isKeyValue } = previewEntries(tabularData, true));
  } else if (isMap(tabularData)) {
    entries = previewEntries(tabularData);
    isKeyValue = true;
  }
  if (isKeyValue) {
    const keys = [];
    const values = [];
    for (let i = 0; i < entries.length; i += 2) {
      ArrayPrototypePush(keys, show(entries[i]));
      ArrayPrototypePush(values, show(entries[i + 1]));
    }
    return console.log(renderTable(['(iteration index)', 'Key', 'Values'],
                                   [iterationIndex(keys.length), keys, values]));
  }
  if (mapIterator || isSetIterator(tabularData) || isSet(tabularData)) {
    entries ??= previewEntries(tabularData);
    const values = [];
    for (let i = 0; i < entries.length; i++) {
      ArrayPrototypePush(values, show(entries[i]));
    }
    return console.log(renderTable(['(iteration index)', 'Values'],
                                   [iterationIndex(values.length), values]));
  }

  const map = { __proto__: null };
  let hasPrimitives = false;
  const primitiveValues = [];
  const indexKeys = ObjectKeys(tabularData);
  for (let i = 0; i < indexKeys.length; i++) {
    const item = tabularData[indexKeys[i]];
    const primitive = item === null ||
      (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveValues[i] = show(item);
    } else {
      const keys = properties || ObjectKeys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) ||
            !ObjectPrototypeHasOwnProperty(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = show(item[key]);
        }
      }
    }
  }
  const head = ObjectKeys(map);
  const columns = ObjectValues(map);
  if (hasPrimitives) {
    ArrayPrototypePush(head, 'Values');
    ArrayPrototypePush(columns, primitiveValues);
  }
  ArrayPrototypeUnshift(head, '(index)');
  ArrayPrototypeUnshift(columns, indexKeys);
  return console.log(renderTable(head, columns));
}

module.exports = { printTable };
