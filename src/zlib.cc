// SPDX-License-Identifier: MIT
// internalBinding('zlib'): one handle class over the engines of
// src/zlib_engine.h, used by lib/zlib.js. A write processes one chunk,
// either at once (writeSync) or on the libuv thread pool (write).

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "binding.h"
#include "request.h"
#include "zlib_engine.h"

namespace nodus::zlib {
namespace {

// The JS handle (`new binding.Zlib()`) of one zlib or brotli stream.
// Lifetime: a Request<uv_work_t>: weak while idle, so the stream object in
// lib/ keeps it alive and GC frees the engine if close() never came; strong
// and counted as pending from write() until its completion. The chunk's
// input and output buffers are held (Globals) while a write is in flight.
// close() during a write only marks the handle; the completion frees the
// engine. Teardown lets in-flight work finish (the loop runs it out).
class ZlibStream final : public Request<uv_work_t> {
 public:
  static const WrapType kType;
  ZlibStream(Environment& env, v8::Local<v8::Object> object)
      : Request(env, object, kType) {}
  // Freeing the engine returns what it had reported to V8.
  ~ZlibStream() override {
    engine_.reset();
    ReportMemory();
  }

  MemoryCounter* memory() { return &memory_; }
  void set_engine(std::unique_ptr<Engine> engine) {
    engine_ = std::move(engine);
    ReportMemory();
  }
  Engine* engine() { return engine_.get(); }

  // JS thread only: tells V8 how the engine's native memory changed.
  void ReportMemory() {
    int64_t delta = memory_.TakeDelta();
    if (delta != 0)
      env().isolate()->AdjustAmountOfExternalAllocatedMemory(delta);
  }

  void SetWriteState(v8::Local<v8::Value> value) {
    CHECK(value->IsUint32Array());
    auto state = value.As<v8::Uint32Array>();
    CHECK_GE(state->Length(), 2u);
    write_state_.Reset(env().isolate(), state);
    write_state_data_ = reinterpret_cast<uint32_t*>(
        static_cast<uint8_t*>(state->Buffer()->Data()) + state->ByteOffset());
  }

  bool usable() const { return engine_ != nullptr && !write_in_progress_; }

  void Prepare(int flush, v8::Local<v8::ArrayBufferView> in, uint32_t in_off,
               uint32_t in_len, v8::Local<v8::ArrayBufferView> out,
               uint32_t out_off, uint32_t out_len) {
    CHECK(usable());
    CHECK_LE(static_cast<size_t>(in_off) + in_len, in->ByteLength());
    CHECK_LE(static_cast<size_t>(out_off) + out_len, out->ByteLength());
    engine_->SetChunk(flush, BytesOf(in) + in_off, in_len,
                      BytesOf(out) + out_off, out_len);
  }

  // Runs the chunk now; returns the failure, if any.
  Failure RunSync() {
    engine_->Step();
    UpdateWriteState();
    Failure failure = engine_->Check();
    ReportMemory();
    return failure;
  }

  int Queue(v8::Local<v8::ArrayBufferView> in,
            v8::Local<v8::ArrayBufferView> out) {
    int err = Dispatch([this](uv_work_t* work) {
      return uv_queue_work(env().loop(), work, DoWork, AfterWork);
    });
    if (err != 0) return err;
    write_in_progress_ = true;
    in_.Reset(env().isolate(), in);
    out_.Reset(env().isolate(), out);
    return 0;
  }

  Failure Reset() {
    if (engine_ == nullptr) return {};
    Failure failure = engine_->Reset();
    ReportMemory();
    return failure;
  }

  void Close() {
    if (write_in_progress_) {
      pending_close_ = true;
      return;
    }
    pending_close_ = false;
    engine_.reset();
    ReportMemory();
  }

 private:
  static uint8_t* BytesOf(v8::Local<v8::ArrayBufferView> view) {
    return static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  }

  void UpdateWriteState() {
    write_state_data_[0] = engine_->avail_out();
    write_state_data_[1] = engine_->avail_in();
  }

  static void DoWork(uv_work_t* work) {
    auto* self = static_cast<ZlibStream*>(From(work));
    self->engine_->Step();
  }

  static void AfterWork(uv_work_t* work, int status) {
    auto* self = static_cast<ZlibStream*>(From(work));
    CompletionScope<uv_work_t> scope(self);
    self->write_in_progress_ = false;
    self->in_.Reset();
    self->out_.Reset();
    Environment& env = scope.env();
    if (status == UV_ECANCELED || !env.can_call_into_js()) {
      self->Close();
      return;
    }
    self->UpdateWriteState();
    Failure failure = self->engine_->Check();
    self->ReportMemory();
    v8::Isolate* isolate = env.isolate();
    if (failure.failed()) {
      v8::Local<v8::Value> argv[3];
      if (!v8::String::NewFromUtf8(isolate, failure.message.c_str())
               .ToLocal(&argv[0]) ||
          !v8::String::NewFromUtf8(isolate, failure.code.c_str())
               .ToLocal(&argv[2]))
        return;
      argv[1] = v8::Integer::New(isolate, failure.errno_value);
      CallOnComplete(env, scope.object(), 3, argv);
    } else {
      CallOnComplete(env, scope.object(), 0, nullptr);
    }
    if (self->pending_close_) self->Close();
  }

  MemoryCounter memory_;
  std::unique_ptr<Engine> engine_;
  v8::Global<v8::Uint32Array> write_state_;
  uint32_t* write_state_data_ = nullptr;
  v8::Global<v8::ArrayBufferView> in_;
  v8::Global<v8::ArrayBufferView> out_;
  bool write_in_progress_ = false;
  bool pending_close_ = false;
};

const WrapType ZlibStream::kType{"Zlib", "ZLIB"};

std::vector<uint8_t> CopyBytes(v8::Local<v8::Value> value) {
  if (!value->IsArrayBufferView()) return {};
  auto view = value.As<v8::ArrayBufferView>();
  std::vector<uint8_t> bytes(view->ByteLength());
  if (!bytes.empty()) view->CopyContents(bytes.data(), bytes.size());
  return bytes;
}

v8::Local<v8::Value> FailureArray(Environment& env, const Failure& failure) {
  v8::Isolate* isolate = env.isolate();
  if (!failure.failed()) return v8::Undefined(isolate);
  v8::Local<v8::String> message;
  v8::Local<v8::String> code;
  if (!v8::String::NewFromUtf8(isolate, failure.message.c_str())
           .ToLocal(&message) ||
      !v8::String::NewFromUtf8(isolate, failure.code.c_str()).ToLocal(&code))
    return v8::Undefined(isolate);
  v8::Local<v8::Value> items[] = {
      message, v8::Integer::New(isolate, failure.errno_value), code};
  return v8::Array::New(isolate, items, 3);
}

// init(mode, windowBits, level, memLevel, strategy, writeState, dictionary)
// -> 0 or the zlib error that stopped initialisation.
int32_t InitZlib(Environment&, Receiver<ZlibStream> self, int32_t mode,
                 int32_t window_bits, int32_t level, int32_t mem_level,
                 int32_t strategy, v8::Local<v8::Value> write_state,
                 v8::Local<v8::Value> dictionary) {
  CHECK(mode >= kDeflate && mode <= kUnzip);
  self->SetWriteState(write_state);
  int err = Z_OK;
  self->set_engine(NewZlibEngine(self->memory(), static_cast<Mode>(mode),
                                 window_bits, level, mem_level, strategy,
                                 CopyBytes(dictionary), &err));
  return err;
}

// initBrotli(mode, params: Uint32Array, writeState) -> whether every
// parameter was accepted.
bool InitBrotli(Environment&, Receiver<ZlibStream> self, int32_t mode,
                v8::Local<v8::Value> param_array,
                v8::Local<v8::Value> write_state) {
  CHECK(mode == kBrotliEncode || mode == kBrotliDecode);
  CHECK(param_array->IsUint32Array());
  auto params = param_array.As<v8::Uint32Array>();
  self->SetWriteState(write_state);
  std::vector<uint32_t> values(params->Length());
  if (!values.empty())
    params->CopyContents(values.data(), values.size() * sizeof(uint32_t));
  self->set_engine(NewBrotliEngine(self->memory(), static_cast<Mode>(mode),
                                   std::move(values)));
  return self->engine() != nullptr;
}

// writeSync(flush, in, inOff, inLen, out, outOff, outLen) -> undefined, or
// [message, errno, code] when the engine failed. writeState holds
// [availOut, availIn] after the step either way.
v8::Local<v8::Value> WriteSync(Environment& env, Receiver<ZlibStream> self,
                               int32_t flush, v8::Local<v8::ArrayBufferView> in,
                               uint32_t in_off, uint32_t in_len,
                               v8::Local<v8::ArrayBufferView> out,
                               uint32_t out_off, uint32_t out_len) {
  self->Prepare(flush, in, in_off, in_len, out, out_off, out_len);
  return FailureArray(env, self->RunSync());
}

// write(...same...): runs the step on the pool, then calls
// handle.oncomplete() or handle.oncomplete(message, errno, code). Returns 0
// or the libuv error that kept it from starting.
int32_t Write(Environment&, Receiver<ZlibStream> self, int32_t flush,
              v8::Local<v8::ArrayBufferView> in, uint32_t in_off,
              uint32_t in_len, v8::Local<v8::ArrayBufferView> out,
              uint32_t out_off, uint32_t out_len) {
  self->Prepare(flush, in, in_off, in_len, out, out_off, out_len);
  return self->Queue(in, out);
}

// params(level, strategy) -> undefined or [message, errno, code].
v8::Local<v8::Value> Params(Environment& env, Receiver<ZlibStream> self,
                            int32_t level, int32_t strategy) {
  if (!self->usable()) return v8::Undefined(env.isolate());
  return FailureArray(env, self->engine()->Params(level, strategy));
}

v8::Local<v8::Value> ResetStream(Environment& env, Receiver<ZlibStream> self) {
  if (!self->usable()) return v8::Undefined(env.isolate());
  return FailureArray(env, self->Reset());
}

void Close(Environment&, Receiver<ZlibStream> self) { self->Close(); }

uint32_t Crc32(Environment&, BytesArg data, uint32_t value) {
  // zlib's crc32 takes at most 4 GiB - 1 per call.
  uint64_t crc = value;
  size_t done = 0;
  while (done < data.size) {
    size_t n = std::min<size_t>(data.size - done, 1u << 30);
    crc =
        crc32(static_cast<uLong>(crc), data.data + done, static_cast<uInt>(n));
    done += n;
  }
  return static_cast<uint32_t>(crc);
}

constexpr Method kZlibMethods[] = {
    {"init", Fn<&InitZlib>}, {"initBrotli", Fn<&InitBrotli>},
    {"write", Fn<&Write>},   {"writeSync", Fn<&WriteSync>},
    {"params", Fn<&Params>}, {"reset", Fn<&ResetStream>},
    {"close", Fn<&Close>},
};

constexpr Class kClasses[] = {
    {"Zlib", Construct<ZlibStream>, kZlibMethods},
};

constexpr Method kMethods[] = {
    {"crc32", Fn<&Crc32>},
};

// zlib.constants, in node's order.
constexpr Constant kConstants[] = {
    {"Z_NO_FLUSH", Z_NO_FLUSH},
    {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
    {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
    {"Z_FULL_FLUSH", Z_FULL_FLUSH},
    {"Z_FINISH", Z_FINISH},
    {"Z_BLOCK", Z_BLOCK},
    {"Z_OK", Z_OK},
    {"Z_STREAM_END", Z_STREAM_END},
    {"Z_NEED_DICT", Z_NEED_DICT},
    {"Z_ERRNO", Z_ERRNO},
    {"Z_STREAM_ERROR", Z_STREAM_ERROR},
    {"Z_DATA_ERROR", Z_DATA_ERROR},
    {"Z_MEM_ERROR", Z_MEM_ERROR},
    {"Z_BUF_ERROR", Z_BUF_ERROR},
    {"Z_VERSION_ERROR", Z_VERSION_ERROR},
    {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
    {"Z_BEST_SPEED", Z_BEST_SPEED},
    {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
    {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
    {"Z_FILTERED", Z_FILTERED},
    {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
    {"Z_RLE", Z_RLE},
    {"Z_FIXED", Z_FIXED},
    {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
    {"ZLIB_VERNUM", ZLIB_VERNUM},
    {"DEFLATE", kDeflate},
    {"INFLATE", kInflate},
    {"GZIP", kGzip},
    {"GUNZIP", kGunzip},
    {"DEFLATERAW", kDeflateRaw},
    {"INFLATERAW", kInflateRaw},
    {"UNZIP", kUnzip},
    {"BROTLI_DECODE", kBrotliDecode},
    {"BROTLI_ENCODE", kBrotliEncode},
    {"Z_MIN_WINDOWBITS", 8},
    {"Z_MAX_WINDOWBITS", 15},
    {"Z_DEFAULT_WINDOWBITS", 15},
    {"Z_MIN_CHUNK", 64},
    {"Z_MAX_CHUNK", std::numeric_limits<double>::infinity()},
    {"Z_DEFAULT_CHUNK", 16 * 1024},
    {"Z_MIN_MEMLEVEL", 1},
    {"Z_MAX_MEMLEVEL", 9},
    {"Z_DEFAULT_MEMLEVEL", 8},
    {"Z_MIN_LEVEL", -1},
    {"Z_MAX_LEVEL", 9},
    {"Z_DEFAULT_LEVEL", Z_DEFAULT_COMPRESSION},
    {"BROTLI_OPERATION_PROCESS", BROTLI_OPERATION_PROCESS},
    {"BROTLI_OPERATION_FLUSH", BROTLI_OPERATION_FLUSH},
    {"BROTLI_OPERATION_FINISH", BROTLI_OPERATION_FINISH},
    {"BROTLI_OPERATION_EMIT_METADATA", BROTLI_OPERATION_EMIT_METADATA},
    {"BROTLI_PARAM_MODE", BROTLI_PARAM_MODE},
    {"BROTLI_MODE_GENERIC", BROTLI_MODE_GENERIC},
    {"BROTLI_MODE_TEXT", BROTLI_MODE_TEXT},
    {"BROTLI_MODE_FONT", BROTLI_MODE_FONT},
    {"BROTLI_DEFAULT_MODE", BROTLI_DEFAULT_MODE},
    {"BROTLI_PARAM_QUALITY", BROTLI_PARAM_QUALITY},
    {"BROTLI_MIN_QUALITY", BROTLI_MIN_QUALITY},
    {"BROTLI_MAX_QUALITY", BROTLI_MAX_QUALITY},
    {"BROTLI_DEFAULT_QUALITY", BROTLI_DEFAULT_QUALITY},
    {"BROTLI_PARAM_LGWIN", BROTLI_PARAM_LGWIN},
    {"BROTLI_MIN_WINDOW_BITS", BROTLI_MIN_WINDOW_BITS},
    {"BROTLI_MAX_WINDOW_BITS", BROTLI_MAX_WINDOW_BITS},
    {"BROTLI_LARGE_MAX_WINDOW_BITS", BROTLI_LARGE_MAX_WINDOW_BITS},
    {"BROTLI_DEFAULT_WINDOW", BROTLI_DEFAULT_WINDOW},
    {"BROTLI_PARAM_LGBLOCK", BROTLI_PARAM_LGBLOCK},
    {"BROTLI_MIN_INPUT_BLOCK_BITS", BROTLI_MIN_INPUT_BLOCK_BITS},
    {"BROTLI_MAX_INPUT_BLOCK_BITS", BROTLI_MAX_INPUT_BLOCK_BITS},
    {"BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING",
     BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING},
    {"BROTLI_PARAM_SIZE_HINT", BROTLI_PARAM_SIZE_HINT},
    {"BROTLI_PARAM_LARGE_WINDOW", BROTLI_PARAM_LARGE_WINDOW},
    {"BROTLI_PARAM_NPOSTFIX", BROTLI_PARAM_NPOSTFIX},
    {"BROTLI_PARAM_NDIRECT", BROTLI_PARAM_NDIRECT},
    {"BROTLI_DECODER_RESULT_ERROR", BROTLI_DECODER_RESULT_ERROR},
    {"BROTLI_DECODER_RESULT_SUCCESS", BROTLI_DECODER_RESULT_SUCCESS},
    {"BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT",
     BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT},
    {"BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT",
     BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT},
    {"BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION",
     BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION},
    {"BROTLI_DECODER_PARAM_LARGE_WINDOW", BROTLI_DECODER_PARAM_LARGE_WINDOW},
    {"BROTLI_DECODER_NO_ERROR", BROTLI_DECODER_NO_ERROR},
    {"BROTLI_DECODER_SUCCESS", BROTLI_DECODER_SUCCESS},
    {"BROTLI_DECODER_NEEDS_MORE_INPUT", BROTLI_DECODER_NEEDS_MORE_INPUT},
    {"BROTLI_DECODER_NEEDS_MORE_OUTPUT", BROTLI_DECODER_NEEDS_MORE_OUTPUT},
    {"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE",
     BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE},
    {"BROTLI_DECODER_ERROR_FORMAT_RESERVED",
     BROTLI_DECODER_ERROR_FORMAT_RESERVED},
    {"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE",
     BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE},
    {"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET",
     BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET},
    {"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME",
     BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME},
    {"BROTLI_DECODER_ERROR_FORMAT_CL_SPACE",
     BROTLI_DECODER_ERROR_FORMAT_CL_SPACE},
    {"BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE",
     BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE},
    {"BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT",
     BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT},
    {"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1",
     BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1},
    {"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2",
     BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2},
    {"BROTLI_DECODER_ERROR_FORMAT_TRANSFORM",
     BROTLI_DECODER_ERROR_FORMAT_TRANSFORM},
    {"BROTLI_DECODER_ERROR_FORMAT_DICTIONARY",
     BROTLI_DECODER_ERROR_FORMAT_DICTIONARY},
    {"BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS",
     BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS},
    {"BROTLI_DECODER_ERROR_FORMAT_PADDING_1",
     BROTLI_DECODER_ERROR_FORMAT_PADDING_1},
    {"BROTLI_DECODER_ERROR_FORMAT_PADDING_2",
     BROTLI_DECODER_ERROR_FORMAT_PADDING_2},
    {"BROTLI_DECODER_ERROR_FORMAT_DISTANCE",
     BROTLI_DECODER_ERROR_FORMAT_DISTANCE},
    {"BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET",
     BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET},
    {"BROTLI_DECODER_ERROR_INVALID_ARGUMENTS",
     BROTLI_DECODER_ERROR_INVALID_ARGUMENTS},
    {"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES",
     BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES},
    {"BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS",
     BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS},
    {"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP",
     BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP},
    {"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1",
     BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1},
    {"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2",
     BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2},
    {"BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES",
     BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES},
    {"BROTLI_DECODER_ERROR_UNREACHABLE", BROTLI_DECODER_ERROR_UNREACHABLE},
};

}  // namespace

extern const Binding kZlibBinding{"zlib", kMethods, kConstants, kClasses};

}  // namespace nodus::zlib
