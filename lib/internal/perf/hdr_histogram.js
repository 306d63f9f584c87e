'use strict';

// The storage behind perf_hooks' histograms: HdrHistogram in JavaScript.
// node keeps its histograms in HdrHistogram_c (3 significant figures by
// default); we use the same layout and the same arithmetic so that min, max,
// mean, stddev, percentile() and the percentiles map give node's numbers,
// rounding included:
// - values are integers >= 0; `figures` significant digits need
//   subBucketCount = 2^ceil(log2(2 * 10^figures)) sub-buckets; bucket 0
//   counts [0, subBucketCount << unit) with step 1 << unit (unit =
//   floor(log2(lowest))), each further bucket doubles range and step;
// - a value above `highest` is not recorded (the caller counts it in
//   `exceeds`);
// - percentile(p) is the highest value equivalent to the first bucket whose
//   cumulative count reaches round(p% of count); min is the lowest and max
//   the highest equivalent value; mean and stddev use bucket medians; the
//   percentiles map walks the distribution at 0, 50, 75, 87.5, ... %, keyed
//   by the lowest value of each bucket, as hdr_iter_percentile does.
// Counts live in Float64Arrays (exact to 2^53) of subBucketCount / 2 slots,
// allocated when first used, so an unused range costs no memory. Values
// above 2^53 (only with BigInt bounds) lose precision.

const {
  BigInt,
  Float64Array,
  MathCeil,
  MathClz32,
  MathFloor,
  MathLog,
  MathPow,
  MathSqrt,
  MathTrunc,
  Number,
} = primordials;

const kInt64Max = 2n ** 63n - 1n;
// What HdrHistogram reports as the minimum of an empty histogram.
const kEmptyMin = 9223372036854775807;

// floor(log2(value)) of an integer 1 <= value < 2^64 held in a double.
function log2Floor(value) {
  if (value < 4294967296) return 31 - MathClz32(value);
  return 63 - MathClz32(MathFloor(value / 4294967296));
}

function pow2(exponent) {
  return MathPow(2, exponent);
}

class HdrHistogram {
  // lowest, highest: integers (Number or BigInt) with highest >= 2 * lowest;
  // figures: 1 to 5. The caller validates.
  constructor(lowest, highest, figures) {
    const largestSingleUnit = 2 * MathPow(10, figures);
    const subBucketCountMagnitude =
      MathCeil(MathLog(largestSingleUnit) / MathLog(2));
    this.subBucketHalfCountMagnitude =
      (subBucketCountMagnitude > 1 ? subBucketCountMagnitude : 1) - 1;
    this.unitMagnitude = MathTrunc(MathLog(Number(lowest)) / MathLog(2));
    this.subBucketCount = pow2(this.subBucketHalfCountMagnitude + 1);
    this.subBucketHalfCount = this.subBucketCount / 2;

    // Buckets needed to reach `highest`, counted exactly in BigInt.
    let smallestUntrackable = BigInt(this.subBucketCount) <<
      BigInt(this.unitMagnitude);
    let bucketCount = 1;
    const top = BigInt(highest);
    while (smallestUntrackable <= top) {
      if (smallestUntrackable > kInt64Max / 2n) {
        bucketCount++;
        break;
      }
      smallestUntrackable <<= 1n;
      bucketCount++;
    }
    this.bucketCount = bucketCount;
    this.highestTrackableValue = Number(highest);
    this.countsLen = (bucketCount + 1) * this.subBucketHalfCount;
    this.chunks = [];
    this.reset();
  }

  reset() {
    for (let i = 0; i <= this.bucketCount; i++) this.chunks[i] = undefined;
    this.totalCount = 0;
    this.minValue = kEmptyMin;
    this.maxValue = 0;
  }

  bucketIndex(value) {
    const top = value > 0 ? log2Floor(value) : 0;
    const index = top - this.unitMagnitude - this.subBucketHalfCountMagnitude;
    return index > 0 ? index : 0;
  }

  countsIndexFor(value) {
    const bucket = this.bucketIndex(value);
    const subBucket = MathFloor(value / pow2(bucket + this.unitMagnitude));
    return bucket * this.subBucketHalfCount + subBucket;
  }

  valueAtIndex(index) {
    let bucket = (index >> this.subBucketHalfCountMagnitude) - 1;
    let subBucket = (index & (this.subBucketHalfCount - 1)) +
      this.subBucketHalfCount;
    if (bucket < 0) {
      subBucket -= this.subBucketHalfCount;
      bucket = 0;
    }
    return subBucket * pow2(bucket + this.unitMagnitude);
  }

  countAtIndex(index) {
    const chunk = this.chunks[index >> this.subBucketHalfCountMagnitude];
    return chunk === undefined ? 0 :
      chunk[index & (this.subBucketHalfCount - 1)];
  }

  sizeOfEquivalentRange(value) {
    const bucket = this.bucketIndex(value);
    const subBucket = MathFloor(value / pow2(bucket + this.unitMagnitude));
    const adjusted = subBucket >= this.subBucketCount ? bucket + 1 : bucket;
    return pow2(this.unitMagnitude + adjusted);
  }

  lowestEquivalentValue(value) {
    const bucket = this.bucketIndex(value);
    const step = pow2(bucket + this.unitMagnitude);
    return MathFloor(value / step) * step;
  }

  highestEquivalentValue(value) {
    return this.lowestEquivalentValue(value) +
      this.sizeOfEquivalentRange(value) - 1;
  }

  // The same, exact beyond 2^53 (lowest and size are exact doubles there).
  highestEquivalentValueBigInt(value) {
    return BigInt(this.lowestEquivalentValue(value)) +
      BigInt(this.sizeOfEquivalentRange(value)) - 1n;
  }

  medianEquivalentValue(value) {
    return this.lowestEquivalentValue(value) +
      MathFloor(this.sizeOfEquivalentRange(value) / 2);
  }

  // Records `count` occurrences of `value`; false if it is out of range:
  // above `highest`, even where the last bucket would still hold it (as in
  // node, for record() and add() alike).
  recordValues(value, count) {
    if (value < 0 || value > this.highestTrackableValue) return false;
    const index = this.countsIndexFor(value);
    if (index < 0 || index >= this.countsLen) return false;
    const slot = index >> this.subBucketHalfCountMagnitude;
    let chunk = this.chunks[slot];
    if (chunk === undefined) {
      chunk = new Float64Array(this.subBucketHalfCount);
      this.chunks[slot] = chunk;
    }
    chunk[index & (this.subBucketHalfCount - 1)] += count;
    this.totalCount += count;
    if (value < this.minValue && value !== 0) this.minValue = value;
    if (value > this.maxValue) this.maxValue = value;
    return true;
  }

  // Calls fn(index, count) for each bucket with a count, in value order.
  forEachRecorded(fn) {
    const half = this.subBucketHalfCount;
    for (let slot = 0; slot < this.chunks.length; slot++) {
      const chunk = this.chunks[slot];
      if (chunk === undefined) continue;
      for (let i = 0; i < half; i++) {
        if (chunk[i] !== 0) fn(slot * half + i, chunk[i]);
      }
    }
  }

  // Adds every recorded value of `other`; returns how many did not fit.
  add(other) {
    let dropped = 0;
    other.forEachRecorded((index, count) => {
      if (!this.recordValues(other.valueAtIndex(index), count)) {
        dropped += count;
      }
    });
    return dropped;
  }

  min() {
    if (this.countAtIndex(0) > 0) return 0;
    if (this.minValue === kEmptyMin) return kEmptyMin;
    return this.lowestEquivalentValue(this.minValue);
  }

  minBigInt() {
    const min = this.min();
    return min === kEmptyMin ? kInt64Max : BigInt(min);
  }

  max() {
    if (this.maxValue === 0) return 0;
    return this.highestEquivalentValue(this.maxValue);
  }

  maxBigInt() {
    if (this.maxValue === 0) return 0n;
    return this.highestEquivalentValueBigInt(this.maxValue);
  }

  mean() {
    let total = 0;
    this.forEachRecorded((index, count) => {
      total += count * this.medianEquivalentValue(this.valueAtIndex(index));
    });
    return total / this.totalCount;
  }

  stddev() {
    const mean = this.mean();
    let total = 0;
    this.forEachRecorded((index, count) => {
      const dev = this.medianEquivalentValue(this.valueAtIndex(index)) - mean;
      total += dev * dev * count;
    });
    return MathSqrt(total / this.totalCount);
  }

  valueAtPercentile(percentile) {
    const value = this.valueAtPercentileIndexValue(percentile);
    if (percentile === 0) return this.lowestEquivalentValue(value);
    return this.highestEquivalentValue(value);
  }

  valueAtPercentileBigInt(percentile) {
    const value = this.valueAtPercentileIndexValue(percentile);
    if (percentile === 0) return BigInt(this.lowestEquivalentValue(value));
    return this.highestEquivalentValueBigInt(value);
  }

  // The lowest value of the first bucket whose cumulative count reaches
  // `percentile` % of the count (0 if empty).
  valueAtPercentileIndexValue(percentile) {
    const requested = percentile < 100 ? percentile : 100;
    let countAtPercentile =
      MathTrunc((requested / 100) * this.totalCount + 0.5);
    if (countAtPercentile < 1) countAtPercentile = 1;
    let value = 0;
    let cumulative = 0;
    for (let index = 0; index < this.countsLen; index++) {
      const slot = index >> this.subBucketHalfCountMagnitude;
      if (this.chunks[slot] === undefined) {
        index = (slot + 1) * this.subBucketHalfCount - 1;
        continue;
      }
      cumulative += this.countAtIndex(index);
      if (cumulative >= countAtPercentile) {
        value = this.valueAtIndex(index);
        break;
      }
    }
    return value;
  }

  // The first index after `index` with a count, or countsLen.
  nextRecordedIndex(index) {
    const half = this.subBucketHalfCount;
    for (index++; index < this.countsLen; index++) {
      const chunk = this.chunks[index >> this.subBucketHalfCountMagnitude];
      if (chunk === undefined) {
        index = ((index >> this.subBucketHalfCountMagnitude) + 1) * half - 1;
      } else if (chunk[index & (half - 1)] !== 0) {
        break;
      }
    }
    return index;
  }

  // Calls fn(percentile, value) along the distribution, ending with 100
  // (hdr_iter_percentile_init with one tick per half distance). Buckets
  // without a count never report, so the walk skips them.
  percentiles(fn) {
    const total = this.totalCount;
    let index = -1;
    let count = 0;
    let cumulative = 0;
    let value = 0;
    let target = 0;
    let reported = 0;
    const moveNext = () => {
      if (cumulative >= total) return false;
      index = this.nextRecordedIndex(index);
      if (index >= this.countsLen) return false;
      count = this.countAtIndex(index);
      cumulative += count;
      value = this.valueAtIndex(index);
      return true;
    };
    while (cumulative < total) {
      if (index === -1 && !moveNext()) break;
      let found = false;
      do {
        const current = (100 * cumulative) / total;
        if (count !== 0 && target <= current) {
          reported = target;
          const steps =
            MathTrunc(MathLog(100 / (100 - target)) / MathLog(2)) + 1;
          target += 100 / pow2(steps);
          found = true;
          break;
        }
      } while (moveNext());
      fn(reported, value);
      if (!found) break;
    }
    fn(100, value);
  }
}

module.exports = {
  HdrHistogram,
  kEmptyMin,
  kInt64Max,
};
