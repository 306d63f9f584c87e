// SPDX-License-Identifier: MIT
// internalBinding('zlib'): deflate/inflate/gzip (zlib) and brotli engines
// behind one handle class, used by lib/zlib.js. A write processes one chunk,
// either at once (writeSync) or on the libuv thread pool (write).

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>

#include <atomic>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "binding.h"
#include "request.h"

namespace nodus::zlib {
namespace {

// The modes lib/ passes (zlib.constants.DEFLATE ...).
enum Mode : int32_t {
  kNone,
  kDeflate,
  kInflate,
  kGzip,
  kGunzip,
  kDeflateRaw,
  kInflateRaw,
  kUnzip,
  kBrotliDecode,
  kBrotliEncode,
};

constexpr uint8_t kGzipId1 = 0x1f;
constexpr uint8_t kGzipId2 = 0x8b;

// A failed step as lib/ reports it: message, errno and code.
struct Failure {
  std::string message;
  int errno_value = 0;
  std::string code;
  bool failed() const { return !message.empty(); }
};

const char* ZlibCodeName(int err) {
  switch (err) {
    case Z_OK:
      return "Z_OK";
    case Z_STREAM_END:
      return "Z_STREAM_END";
    case Z_NEED_DICT:
      return "Z_NEED_DICT";
    case Z_ERRNO:
      return "Z_ERRNO";
    case Z_STREAM_ERROR:
      return "Z_STREAM_ERROR";
    case Z_DATA_ERROR:
      return "Z_DATA_ERROR";
    case Z_MEM_ERROR:
      return "Z_MEM_ERROR";
    case Z_BUF_ERROR:
      return "Z_BUF_ERROR";
    case Z_VERSION_ERROR:
      return "Z_VERSION_ERROR";
  }
  return "Z_UNKNOWN_ERROR";
}

// Counts the bytes an engine holds so that V8 sees the native memory behind
// a small JS object (a deflate state is ~256 KiB). The pool thread allocates
// too, so the count is atomic; the JS thread reports the change to V8.
class MemoryCounter {
 public:
  static void* Alloc(void* opaque, size_t items, size_t size) {
    auto* self = static_cast<MemoryCounter*>(opaque);
    size_t bytes = items * size;
    auto* block = static_cast<size_t*>(malloc(bytes + sizeof(size_t) * 2));
    if (block == nullptr) return nullptr;
    block[0] = bytes;
    self->unreported_ += static_cast<int64_t>(bytes);
    return block + 2;
  }
  static void Free(void* opaque, void* pointer) {
    if (pointer == nullptr) return;
    auto* self = static_cast<MemoryCounter*>(opaque);
    size_t* block = static_cast<size_t*>(pointer) - 2;
    self->unreported_ -= static_cast<int64_t>(block[0]);
    free(block);
  }
  // zlib's allocator signature.
  static void* ZAlloc(void* opaque, unsigned items, unsigned size) {
    return Alloc(opaque, items, size);
  }
  // brotli's allocator signature.
  static void* BAlloc(void* opaque, size_t size) {
    return Alloc(opaque, 1, size);
  }

  // JS thread only.
  void Report(v8::Isolate* isolate) {
    int64_t delta = unreported_.exchange(0);
    if (delta == 0) return;
    isolate->AdjustAmountOfExternalAllocatedMemory(delta);
  }

 private:
  std::atomic<int64_t> unreported_{0};
};

// One compression or decompression state. Step() runs on whichever thread
// processes the chunk and never touches V8.
class Engine {
 public:
  virtual ~Engine() = default;
  virtual void SetChunk(int flush, const uint8_t* in, uint32_t in_len,
                        uint8_t* out, uint32_t out_len) = 0;
  virtual void Step() = 0;
  // After Step(): what failed, if anything.
  virtual Failure Check() const = 0;
  virtual uint32_t avail_in() const = 0;
  virtual uint32_t avail_out() const = 0;
  virtual Failure Reset() = 0;
};

class ZlibEngine final : public Engine {
 public:
  explicit ZlibEngine(MemoryCounter* memory) {
    strm_.zalloc = MemoryCounter::ZAlloc;
    strm_.zfree = MemoryCounter::Free;
    strm_.opaque = memory;
  }
  ~ZlibEngine() override { End(); }

  // Returns a zlib error code (Z_OK on success).
  int Init(Mode mode, int window_bits, int level, int mem_level, int strategy,
           std::vector<uint8_t> dictionary) {
    mode_ = mode;
    level_ = level;
    strategy_ = strategy;
    dictionary_ = std::move(dictionary);
    if (mode == kGzip || mode == kGunzip) window_bits += 16;
    if (mode == kUnzip) window_bits += 32;
    // zlib refuses a raw deflate window of 256 bytes; it uses 512 anyway.
    if (mode == kDeflateRaw && window_bits == 8) window_bits = 9;
    if (mode == kDeflateRaw || mode == kInflateRaw) window_bits = -window_bits;
    int err = Z_OK;
    if (IsDeflate()) {
      err = deflateInit2(&strm_, level, Z_DEFLATED, window_bits, mem_level,
                         strategy);
    } else {
      err = inflateInit2(&strm_, window_bits);
    }
    if (err != Z_OK) {
      mode_ = kNone;
      return err;
    }
    initialized_ = true;
    return SetDictionary();
  }

  void SetChunk(int flush, const uint8_t* in, uint32_t in_len, uint8_t* out,
                uint32_t out_len) override {
    flush_ = flush;
    strm_.next_in = const_cast<uint8_t*>(in);
    strm_.avail_in = in_len;
    strm_.next_out = out;
    strm_.avail_out = out_len;
  }

  void Step() override {
    err_ = Z_OK;
    if (IsDeflate()) {
      err_ = deflate(&strm_, flush_);
      return;
    }
    if (mode_ == kUnzip) DetectGzip();
    err_ = inflate(&strm_, flush_);
    if (mode_ != kInflateRaw && err_ == Z_NEED_DICT && !dictionary_.empty()) {
      err_ = inflateSetDictionary(&strm_, dictionary_.data(),
                                  static_cast<uInt>(dictionary_.size()));
      if (err_ == Z_OK) {
        err_ = inflate(&strm_, flush_);
      } else if (err_ == Z_DATA_ERROR) {
        // The dictionary does not match the stream's Adler-32.
        err_ = Z_NEED_DICT;
      }
    }
    // More gzip members may follow the one that ended; zero bytes after a
    // member are padding, anything else is decoded as the next member (and
    // fails as garbage if it is not one).
    while (mode_ == kGunzip && err_ == Z_STREAM_END && strm_.avail_in > 0 &&
           strm_.next_in[0] != 0) {
      err_ = inflateReset(&strm_);
      if (err_ != Z_OK) break;
      err_ = inflate(&strm_, flush_);
    }
  }

  Failure Check() const override {
    switch (err_) {
      case Z_OK:
      case Z_BUF_ERROR:
        if (strm_.avail_out != 0 && flush_ == Z_FINISH)
          return Fail("unexpected end of file");
        return {};
      case Z_STREAM_END:
        return {};
      case Z_NEED_DICT:
        return Fail(dictionary_.empty() ? "Missing dictionary"
                                        : "Bad dictionary");
      default:
        return Fail("Zlib error");
    }
  }

  uint32_t avail_in() const override { return strm_.avail_in; }
  uint32_t avail_out() const override { return strm_.avail_out; }

  Failure Reset() override {
    if (!initialized_) return {};
    err_ = Z_OK;
    if (IsDeflate()) {
      err_ = deflateReset(&strm_);
    } else if (mode_ != kUnzip) {
      err_ = inflateReset(&strm_);
    }
    if (err_ != Z_OK) return Fail("Failed to reset stream");
    err_ = SetDictionary();
    if (err_ != Z_OK) return Fail("Failed to set dictionary");
    return {};
  }

  // Returns Z_OK or the error deflateParams reported.
  int Params(int level, int strategy) {
    if (!initialized_ || !IsDeflate()) return Z_OK;
    err_ = deflateParams(&strm_, level, strategy);
    if (err_ == Z_BUF_ERROR) err_ = Z_OK;
    if (err_ == Z_OK) {
      level_ = level;
      strategy_ = strategy;
    }
    return err_;
  }

  Failure ParamsFailure() const { return Fail("Failed to set parameters"); }

 private:
  bool IsDeflate() const {
    return mode_ == kDeflate || mode_ == kGzip || mode_ == kDeflateRaw;
  }

  int SetDictionary() {
    if (dictionary_.empty()) return Z_OK;
    auto size = static_cast<uInt>(dictionary_.size());
    if (mode_ == kDeflate || mode_ == kDeflateRaw)
      return deflateSetDictionary(&strm_, dictionary_.data(), size);
    if (mode_ == kInflateRaw)
      return inflateSetDictionary(&strm_, dictionary_.data(), size);
    return Z_OK;
  }

  // Unzip decodes both formats (windowBits + 32); it only needs to know
  // whether the input is gzip, so that later members are decoded too. The
  // two id bytes may arrive in separate chunks.
  void DetectGzip() {
    const uint8_t* next = strm_.next_in;
    uint32_t avail = strm_.avail_in;
    if (gzip_id_bytes_ == 0) {
      if (avail == 0) return;
      if (*next != kGzipId1) {
        mode_ = kInflate;
        return;
      }
      gzip_id_bytes_ = 1;
      next++;
      avail--;
    }
    if (avail == 0) return;
    mode_ = *next == kGzipId2 ? kGunzip : kInflate;
  }

  Failure Fail(const char* fallback) const {
    Failure f;
    f.message = strm_.msg != nullptr ? strm_.msg : fallback;
    f.errno_value = err_;
    f.code = ZlibCodeName(err_);
    return f;
  }

  void End() {
    if (!initialized_) return;
    if (IsDeflate()) {
      deflateEnd(&strm_);
    } else {
      inflateEnd(&strm_);
    }
    initialized_ = false;
  }

  z_stream strm_{};
  Mode mode_ = kNone;
  bool initialized_ = false;
  int level_ = 0;
  int strategy_ = 0;
  int flush_ = Z_NO_FLUSH;
  int err_ = Z_OK;
  int gzip_id_bytes_ = 0;
  std::vector<uint8_t> dictionary_;
};

// "ERR_" and the name of a brotli decoder error after "BROTLI_DECODER", as
// node names them ("ERR__ERROR_FORMAT_PADDING_1"), whatever the library's
// own BrotliDecoderErrorString says.
std::string BrotliErrorCode(int error);

// The parameters lib/ passes: one value per BROTLI_PARAM_* key, with
// 0xffffffff meaning "unset".
constexpr uint32_t kParamUnset = 0xffffffff;

class BrotliEncoderEngine final : public Engine {
 public:
  explicit BrotliEncoderEngine(MemoryCounter* memory) : memory_(memory) {}
  ~BrotliEncoderEngine() override {
    if (state_ != nullptr) BrotliEncoderDestroyInstance(state_);
  }

  bool Init(std::vector<uint32_t> params) {
    params_ = std::move(params);
    return Create();
  }

  void SetChunk(int flush, const uint8_t* in, uint32_t in_len, uint8_t* out,
                uint32_t out_len) override {
    op_ = static_cast<BrotliEncoderOperation>(flush);
    next_in_ = in;
    avail_in_ = in_len;
    next_out_ = out;
    avail_out_ = out_len;
  }

  void Step() override {
    ok_ = BrotliEncoderCompressStream(state_, op_, &avail_in_, &next_in_,
                                      &avail_out_, &next_out_, nullptr);
  }

  Failure Check() const override {
    if (ok_) return {};
    return {"Compression failed", -1, "ERR_BROTLI_COMPRESSION_FAILED"};
  }

  uint32_t avail_in() const override {
    return static_cast<uint32_t>(avail_in_);
  }
  uint32_t avail_out() const override {
    return static_cast<uint32_t>(avail_out_);
  }

  Failure Reset() override {
    if (!Create()) return {"Failed to reset stream", -1, "ERR_ZLIB_RESET"};
    return {};
  }

 private:
  bool Create() {
    if (state_ != nullptr) BrotliEncoderDestroyInstance(state_);
    state_ = BrotliEncoderCreateInstance(MemoryCounter::BAlloc,
                                         MemoryCounter::Free, memory_);
    if (state_ == nullptr) return false;
    for (size_t key = 0; key < params_.size(); key++) {
      if (params_[key] == kParamUnset) continue;
      if (!BrotliEncoderSetParameter(
              state_, static_cast<BrotliEncoderParameter>(key), params_[key]))
        return false;
    }
    return true;
  }

  MemoryCounter* memory_;
  BrotliEncoderState* state_ = nullptr;
  std::vector<uint32_t> params_;
  BrotliEncoderOperation op_ = BROTLI_OPERATION_PROCESS;
  const uint8_t* next_in_ = nullptr;
  size_t avail_in_ = 0;
  uint8_t* next_out_ = nullptr;
  size_t avail_out_ = 0;
  bool ok_ = true;
};

class BrotliDecoderEngine final : public Engine {
 public:
  explicit BrotliDecoderEngine(MemoryCounter* memory) : memory_(memory) {}
  ~BrotliDecoderEngine() override {
    if (state_ != nullptr) BrotliDecoderDestroyInstance(state_);
  }

  bool Init(std::vector<uint32_t> params) {
    params_ = std::move(params);
    return Create();
  }

  void SetChunk(int flush, const uint8_t* in, uint32_t in_len, uint8_t* out,
                uint32_t out_len) override {
    finishing_ = flush == BROTLI_OPERATION_FINISH;
    next_in_ = in;
    avail_in_ = in_len;
    next_out_ = out;
    avail_out_ = out_len;
  }

  void Step() override {
    result_ = BrotliDecoderDecompressStream(state_, &avail_in_, &next_in_,
                                            &avail_out_, &next_out_, nullptr);
    if (result_ == BROTLI_DECODER_RESULT_ERROR) {
      error_ = BrotliDecoderGetErrorCode(state_);
    }
  }

  Failure Check() const override {
    if (result_ == BROTLI_DECODER_RESULT_ERROR) {
      return {"Decompression failed", static_cast<int>(error_),
              BrotliErrorCode(error_)};
    }
    if (finishing_ && result_ == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      // The stream ended inside a brotli stream.
      return {"unexpected end of file", Z_BUF_ERROR, "Z_BUF_ERROR"};
    }
    return {};
  }

  uint32_t avail_in() const override {
    return static_cast<uint32_t>(avail_in_);
  }
  uint32_t avail_out() const override {
    return static_cast<uint32_t>(avail_out_);
  }

  Failure Reset() override {
    if (!Create()) return {"Failed to reset stream", -1, "ERR_ZLIB_RESET"};
    return {};
  }

 private:
  bool Create() {
    if (state_ != nullptr) BrotliDecoderDestroyInstance(state_);
    state_ = BrotliDecoderCreateInstance(MemoryCounter::BAlloc,
                                         MemoryCounter::Free, memory_);
    if (state_ == nullptr) return false;
    result_ = BROTLI_DECODER_RESULT_SUCCESS;
    error_ = BROTLI_DECODER_NO_ERROR;
    for (size_t key = 0; key < params_.size(); key++) {
      if (params_[key] == kParamUnset) continue;
      if (!BrotliDecoderSetParameter(
              state_, static_cast<BrotliDecoderParameter>(key), params_[key]))
        return false;
    }
    return true;
  }

  MemoryCounter* memory_;
  BrotliDecoderState* state_ = nullptr;
  std::vector<uint32_t> params_;
  bool finishing_ = false;
  const uint8_t* next_in_ = nullptr;
  size_t avail_in_ = 0;
  uint8_t* next_out_ = nullptr;
  size_t avail_out_ = 0;
  BrotliDecoderResult result_ = BROTLI_DECODER_RESULT_SUCCESS;
  BrotliDecoderErrorCode error_ = BROTLI_DECODER_NO_ERROR;
};

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
    memory_.Report(env().isolate());
  }

  MemoryCounter* memory() { return &memory_; }
  void set_engine(std::unique_ptr<Engine> engine) {
    engine_ = std::move(engine);
  }
  ZlibEngine* zlib() { return zlib_; }
  void set_zlib(ZlibEngine* zlib) { zlib_ = zlib; }

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
    memory_.Report(env().isolate());
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
    memory_.Report(env().isolate());
    return failure;
  }

  void Close() {
    if (write_in_progress_) {
      pending_close_ = true;
      return;
    }
    pending_close_ = false;
    engine_.reset();
    zlib_ = nullptr;
    memory_.Report(env().isolate());
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
    self->memory_.Report(env.isolate());
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
  ZlibEngine* zlib_ = nullptr;
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
int32_t InitZlib(Environment& env, Receiver<ZlibStream> self, int32_t mode,
                 int32_t window_bits, int32_t level, int32_t mem_level,
                 int32_t strategy, v8::Local<v8::Value> write_state,
                 v8::Local<v8::Value> dictionary) {
  CHECK(mode >= kDeflate && mode <= kUnzip);
  self->SetWriteState(write_state);
  auto engine = std::make_unique<ZlibEngine>(self->memory());
  int err = engine->Init(static_cast<Mode>(mode), window_bits, level, mem_level,
                         strategy, CopyBytes(dictionary));
  self->set_zlib(engine.get());
  self->set_engine(std::move(engine));
  if (err != Z_OK) self->Close();
  self->memory()->Report(env.isolate());
  return err;
}

// initBrotli(mode, params: Uint32Array, writeState) -> whether every
// parameter was accepted.
bool InitBrotli(Environment& env, Receiver<ZlibStream> self, int32_t mode,
                v8::Local<v8::Value> param_array,
                v8::Local<v8::Value> write_state) {
  CHECK(mode == kBrotliEncode || mode == kBrotliDecode);
  CHECK(param_array->IsUint32Array());
  auto params = param_array.As<v8::Uint32Array>();
  self->SetWriteState(write_state);
  std::vector<uint32_t> values(params->Length());
  if (!values.empty())
    params->CopyContents(values.data(), values.size() * sizeof(uint32_t));
  bool ok;
  if (mode == kBrotliEncode) {
    auto engine = std::make_unique<BrotliEncoderEngine>(self->memory());
    ok = engine->Init(std::move(values));
    self->set_engine(std::move(engine));
  } else {
    auto engine = std::make_unique<BrotliDecoderEngine>(self->memory());
    ok = engine->Init(std::move(values));
    self->set_engine(std::move(engine));
  }
  if (!ok) self->Close();
  self->memory()->Report(env.isolate());
  return ok;
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
  ZlibEngine* zlib = self->zlib();
  if (zlib == nullptr || !self->usable()) return v8::Undefined(env.isolate());
  if (zlib->Params(level, strategy) != Z_OK)
    return FailureArray(env, zlib->ParamsFailure());
  return v8::Undefined(env.isolate());
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

std::string BrotliErrorCode(int error) {
  constexpr std::string_view kPrefix = "BROTLI_DECODER_ERROR_";
  for (const Constant& constant : kConstants) {
    std::string_view name = constant.name;
    if (name.starts_with(kPrefix) && constant.value == error)
      return "ERR_" + std::string(name.substr(strlen("BROTLI_DECODER")));
  }
  return "ERR_BROTLI_DECODER_ERROR";
}

}  // namespace

extern const Binding kZlibBinding{"zlib", kMethods, kConstants, kClasses};

}  // namespace nodus::zlib
