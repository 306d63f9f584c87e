'use strict';

// A binary min-heap of objects ordered by a compare function. `setPosition`
// lets an element remember its index so that it can be removed or moved in
// O(log n) (used by the timer lists).

const { Array } = primordials;

module.exports = class PriorityQueue {
  #compare;
  #setPosition;
  #heap = new Array(64);
  #size = 0;

  constructor(compare, setPosition) {
    this.#compare = compare;
    this.#setPosition = setPosition;
  }

  peek() {
    return this.#heap[1];
  }

  get size() {
    return this.#size;
  }

  insert(value) {
    const heap = this.#heap;
    const pos = ++this.#size;
    heap[pos] = value;
    this.percolateUp(pos);
  }

  percolateDown(pos) {
    const compare = this.#compare;
    const setPosition = this.#setPosition;
    const heap = this.#heap;
    const size = this.#size;
    const item = heap[pos];
    const half = size >> 1;
    while (pos <= half) {
      let child = pos << 1;
      const right = child + 1;
      let childItem = heap[child];
      if (right <= size && compare(heap[right], childItem) < 0) {
        child = right;
        childItem = heap[right];
      }
      if (compare(item, childItem) <= 0) break;
      if (setPosition !== undefined) setPosition(childItem, pos);
      heap[pos] = childItem;
      pos = child;
    }
    heap[pos] = item;
    if (setPosition !== undefined) setPosition(item, pos);
  }

  percolateUp(pos) {
    const heap = this.#heap;
    const compare = this.#compare;
    const setPosition = this.#setPosition;
    const item = heap[pos];
    while (pos > 1) {
      const parent = pos >> 1;
      const parentItem = heap[parent];
      if (compare(parentItem, item) <= 0) break;
      heap[pos] = parentItem;
      if (setPosition !== undefined) setPosition(parentItem, pos);
      pos = parent;
    }
    heap[pos] = item;
    if (setPosition !== undefined) setPosition(item, pos);
  }

  removeAt(pos) {
    const heap = this.#heap;
    const size = --this.#size;
    heap[pos] = heap[size + 1];
    heap[size + 1] = undefined;
    if (size > 0 && pos <= size) {
      if (pos > 1 && this.#compare(heap[pos >> 1], heap[pos]) > 0) {
        this.percolateUp(pos);
      } else {
        this.percolateDown(pos);
      }
    }
  }

  shift() {
    const heap = this.#heap;
    const value = heap[1];
    if (value === undefined) return;
    this.removeAt(1);
    return value;
  }
};
