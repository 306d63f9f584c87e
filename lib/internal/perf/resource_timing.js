'use strict';

// Resource Timing: PerformanceResourceTiming, whose fields are read from the
// fetch "timing info" it was created with, and markResourceTiming(), which
// fetch implementations call to add one to the timeline.

const {
  ObjectDefineProperties,
  Symbol,
  SymbolToStringTag,
} = primordials;

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR },
  internalAssert,
} = require('internal/errors');
const { validateInternalField } = require('internal/validators');
const { kEnumerableProperty } = require('internal/util');
const {
  PerformanceEntry,
  kEntryType,
  kSkipThrow,
} = require('internal/perf/performance_entry');
const { bufferResourceTiming, enqueue } = require('internal/perf/observe');

const kInitiatorType = Symbol('kInitiatorType');
const kRequestedUrl = Symbol('kRequestedUrl');
const kTimingInfo = Symbol('kTimingInfo');
const kCacheMode = Symbol('kCacheMode');

function timingInfoOf(entry) {
  validateInternalField(entry, kTimingInfo, 'PerformanceResourceTiming');
  return entry[kTimingInfo];
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined,
              type = undefined) {
    if (skipThrowSymbol !== kSkipThrow) {
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
    super(skipThrowSymbol, name, type);
  }

  get name() {
    timingInfoOf(this);
    return this[kRequestedUrl];
  }

  get startTime() {
    return timingInfoOf(this).startTime;
  }

  get duration() {
    const info = timingInfoOf(this);
    return info.endTime - info.startTime;
  }

  get initiatorType() {
    timingInfoOf(this);
    return this[kInitiatorType];
  }

  get workerStart() {
    return timingInfoOf(this).finalServiceWorkerStartTime;
  }

  get redirectStart() {
    return timingInfoOf(this).redirectStartTime;
  }

  get redirectEnd() {
    return timingInfoOf(this).redirectEndTime;
  }

  get fetchStart() {
    return timingInfoOf(this).postRedirectStartTime;
  }

  get domainLookupStart() {
    return timingInfoOf(this).finalConnectionTimingInfo?.domainLookupStartTime;
  }

  get domainLookupEnd() {
    return timingInfoOf(this).finalConnectionTimingInfo?.domainLookupEndTime;
  }

  get connectStart() {
    return timingInfoOf(this).finalConnectionTimingInfo?.connectionStartTime;
  }

  get connectEnd() {
    return timingInfoOf(this).finalConnectionTimingInfo?.connectionEndTime;
  }

  get secureConnectionStart() {
    return timingInfoOf(this)
      .finalConnectionTimingInfo?.secureConnectionStartTime;
  }

  get nextHopProtocol() {
    return timingInfoOf(this)
      .finalConnectionTimingInfo?.ALPNNegotiatedProtocol;
  }

  get requestStart() {
    return timingInfoOf(this).finalNetworkRequestStartTime;
  }

  get responseStart() {
    return timingInfoOf(this).finalNetworkResponseStartTime;
  }

  get responseEnd() {
    return timingInfoOf(this).endTime;
  }

  get encodedBodySize() {
    return timingInfoOf(this).encodedBodySize;
  }

  get decodedBodySize() {
    return timingInfoOf(this).decodedBodySize;
  }

  get transferSize() {
    const info = timingInfoOf(this);
    if (this[kCacheMode] === 'local') return 0;
    if (this[kCacheMode] === 'validated') return 300;
    return info.encodedBodySize + 300;
  }

  toJSON() {
    timingInfoOf(this);
    return {
      name: this.name,
      entryType: this[kEntryType],
      startTime: this.startTime,
      duration: this.duration,
      initiatorType: this[kInitiatorType],
      nextHopProtocol: this.nextHopProtocol,
      workerStart: this.workerStart,
      redirectStart: this.redirectStart,
      redirectEnd: this.redirectEnd,
      fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart,
      domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart,
      connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart,
      requestStart: this.requestStart,
      responseStart: this.responseStart,
      responseEnd: this.responseEnd,
      transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize,
      decodedBodySize: this.decodedBodySize,
    };
  }
}
ObjectDefineProperties(PerformanceResourceTiming.prototype, {
  initiatorType: kEnumerableProperty,
  workerStart: kEnumerableProperty,
  redirectStart: kEnumerableProperty,
  redirectEnd: kEnumerableProperty,
  fetchStart: kEnumerableProperty,
  domainLookupStart: kEnumerableProperty,
  domainLookupEnd: kEnumerableProperty,
  connectStart: kEnumerableProperty,
  connectEnd: kEnumerableProperty,
  secureConnectionStart: kEnumerableProperty,
  nextHopProtocol: kEnumerableProperty,
  requestStart: kEnumerableProperty,
  responseStart: kEnumerableProperty,
  responseEnd: kEnumerableProperty,
  encodedBodySize: kEnumerableProperty,
  decodedBodySize: kEnumerableProperty,
  transferSize: kEnumerableProperty,
  toJSON: kEnumerableProperty,
  [SymbolToStringTag]: {
    __proto__: null,
    configurable: true,
    value: 'PerformanceResourceTiming',
  },
});

function createPerformanceResourceTiming(requestedUrl, initiatorType,
                                         timingInfo, cacheMode = '') {
  const resource = new PerformanceResourceTiming(kSkipThrow, requestedUrl,
                                                 'resource');
  resource[kInitiatorType] = initiatorType;
  resource[kRequestedUrl] = requestedUrl;
  resource[kTimingInfo] = timingInfo;
  resource[kCacheMode] = cacheMode;
  return resource;
}

// https://w3c.github.io/resource-timing/#dfn-mark-resource-timing
function markResourceTiming(timingInfo, requestedUrl, initiatorType, global,
                            cacheMode) {
  internalAssert(cacheMode === '' || cacheMode === 'local',
                 "cache must be an empty string or 'local'");
  const resource = createPerformanceResourceTiming(requestedUrl,
                                                   initiatorType, timingInfo,
                                                   cacheMode);
  enqueue(resource);
  bufferResourceTiming(resource);
  return resource;
}

module.exports = {
  PerformanceResourceTiming,
  markResourceTiming,
};
