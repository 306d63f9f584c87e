// SPDX-License-Identifier: MIT
// DNS answers (raw bytes from c-ares) made into the JS values lib/dns.js
// hands to resolve* callbacks: strings for A/AAAA/CNAME/NS/PTR, objects for
// MX/SRV/NAPTR/SOA/CAA, arrays of chunks for TXT, and resolveAny's mix of
// all of them, each with its `type`. Names are one-byte strings (latin1), as
// in node.

#include <arpa/inet.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "cares_wrap.h"

namespace nodus::dns {
namespace {

// The most addresses one answer is parsed into (node's limit too).
constexpr int kMaxAddresses = 256;

class Builder {
 public:
  explicit Builder(Environment& env)
      : isolate_(env.isolate()), context_(env.context()) {}

  v8::Local<v8::String> Str(const void* text, size_t length) {
    return v8::String::NewFromOneByte(
               isolate_, static_cast<const uint8_t*>(text),
               v8::NewStringType::kNormal, static_cast<int>(length))
        .ToLocalChecked();
  }
  v8::Local<v8::String> Str(const char* text) {
    return Str(text, strlen(text));
  }
  v8::Local<v8::Number> Num(double value) {
    return v8::Number::New(isolate_, value);
  }
  void Set(v8::Local<v8::Object> object, const char* key,
           v8::Local<v8::Value> value) {
    object->Set(context_, Str(key), value).Check();
  }
  void Push(v8::Local<v8::Array> array, v8::Local<v8::Value> value) {
    array->Set(context_, array->Length(), value).Check();
  }
  v8::Local<v8::Value> At(v8::Local<v8::Array> array, uint32_t i) {
    return array->Get(context_, i).ToLocalChecked();
  }
  v8::Local<v8::Object> Obj() { return v8::Object::New(isolate_); }
  v8::Local<v8::Array> Arr() { return v8::Array::New(isolate_); }
  // Adds `type` to an object when it is one entry of resolveAny.
  void Type(v8::Local<v8::Object> object, const char* type, bool with_type) {
    if (with_type) Set(object, "type", Str(type));
  }

 private:
  v8::Isolate* isolate_;
  v8::Local<v8::Context> context_;
};

struct HostentDeleter {
  void operator()(hostent* host) const { ares_free_hostent(host); }
};
using HostentPtr = std::unique_ptr<hostent, HostentDeleter>;

struct DataDeleter {
  void operator()(void* data) const { ares_free_data(data); }
};
template <typename T>
using DataPtr = std::unique_ptr<T, DataDeleter>;

bool Ok(int status) { return status == ARES_SUCCESS || status == ARES_ENODATA; }

// Whether the answer section holds a record of `type`. c-ares' SOA parser
// (1.18) reports EBADRESP, not ENODATA, for an answer without one, so
// resolveAny asks first.
bool HasAnswerOfType(const unsigned char* buf, int len, int type) {
  constexpr int kHeaderSize = 12;
  if (len < kHeaderSize) return false;
  int questions = (buf[4] << 8) | buf[5];
  int answers = (buf[6] << 8) | buf[7];
  const unsigned char* p = buf + kHeaderSize;
  auto skip_name = [&]() {
    char* name = nullptr;
    long name_length = 0;
    if (ares_expand_name(p, buf, len, &name, &name_length) != ARES_SUCCESS)
      return false;
    ares_free_string(name);
    p += name_length;
    return true;
  };
  for (int i = 0; i < questions; i++) {
    if (!skip_name() || p + 4 > buf + len) return false;
    p += 4;  // type, class
  }
  for (int i = 0; i < answers; i++) {
    if (!skip_name() || p + 10 > buf + len) return false;
    int rr_type = (p[0] << 8) | p[1];
    int rdata_length = (p[8] << 8) | p[9];
    if (rr_type == type) return true;
    p += 10 + rdata_length;  // type, class, ttl, rdlength, rdata
    if (p > buf + len) return false;
  }
  return false;
}

// A or AAAA records: addresses into `out`, TTLs into `ttls` (may be empty).
// Sets `*cname` when the answer is an alias (then nothing else is added).
int ParseAddresses(Builder& b, int family, const unsigned char* buf, int len,
                   v8::Local<v8::Array> out, v8::Local<v8::Array> ttls,
                   bool* cname) {
  hostent* raw = nullptr;
  int count = kMaxAddresses;
  int status;
  std::vector<int> ttl_values;
  if (family == AF_INET) {
    std::vector<ares_addrttl> addrttls(kMaxAddresses);
    status = ares_parse_a_reply(buf, len, &raw, addrttls.data(), &count);
    if (status == ARES_SUCCESS)
      for (int i = 0; i < count; i++) ttl_values.push_back(addrttls[i].ttl);
  } else {
    std::vector<ares_addr6ttl> addrttls(kMaxAddresses);
    status = ares_parse_aaaa_reply(buf, len, &raw, addrttls.data(), &count);
    if (status == ARES_SUCCESS)
      for (int i = 0; i < count; i++) ttl_values.push_back(addrttls[i].ttl);
  }
  HostentPtr host(raw);
  if (status != ARES_SUCCESS) return status;
  if (cname != nullptr && host->h_name != nullptr &&
      host->h_aliases[0] != nullptr) {
    // An alias: its canonical name stands for the whole answer.
    *cname = true;
    b.Push(out, b.Str(host->h_name));
    return ARES_SUCCESS;
  }
  char ip[INET6_ADDRSTRLEN];
  for (int i = 0; host->h_addr_list[i] != nullptr; i++) {
    uv_inet_ntop(host->h_addrtype, host->h_addr_list[i], ip, sizeof(ip));
    b.Push(out, b.Str(ip));
  }
  if (!ttls.IsEmpty())
    for (int ttl : ttl_values) b.Push(ttls, b.Num(ttl));
  return ARES_SUCCESS;
}

// h_aliases of a hostent (NS and PTR answers list their names there).
int ParseNames(Builder& b, bool ptr, const unsigned char* buf, int len,
               v8::Local<v8::Array> out) {
  hostent* raw = nullptr;
  int status = ptr ? ares_parse_ptr_reply(buf, len, nullptr, 0, AF_INET, &raw)
                   : ares_parse_ns_reply(buf, len, &raw);
  HostentPtr host(raw);
  if (status != ARES_SUCCESS) return status;
  for (int i = 0; host->h_aliases[i] != nullptr; i++)
    b.Push(out, b.Str(host->h_aliases[i]));
  return ARES_SUCCESS;
}

int ParseCname(Builder& b, const unsigned char* buf, int len,
               v8::Local<v8::Array> out) {
  hostent* raw = nullptr;
  int status = ares_parse_a_reply(buf, len, &raw, nullptr, nullptr);
  HostentPtr host(raw);
  if (status != ARES_SUCCESS) return status;
  b.Push(out, b.Str(host->h_name));
  return ARES_SUCCESS;
}

int ParseMx(Builder& b, const unsigned char* buf, int len,
            v8::Local<v8::Array> out, bool with_type) {
  ares_mx_reply* raw = nullptr;
  int status = ares_parse_mx_reply(buf, len, &raw);
  DataPtr<ares_mx_reply> list(raw);
  if (status != ARES_SUCCESS) return status;
  for (ares_mx_reply* mx = raw; mx != nullptr; mx = mx->next) {
    v8::Local<v8::Object> entry = b.Obj();
    b.Set(entry, "exchange", b.Str(mx->host));
    b.Set(entry, "priority", b.Num(mx->priority));
    b.Type(entry, "MX", with_type);
    b.Push(out, entry);
  }
  return ARES_SUCCESS;
}

// Each TXT record is an array of its character strings.
int ParseTxt(Builder& b, const unsigned char* buf, int len,
             v8::Local<v8::Array> out, bool with_type) {
  ares_txt_ext* raw = nullptr;
  int status = ares_parse_txt_reply_ext(buf, len, &raw);
  DataPtr<ares_txt_ext> list(raw);
  if (status != ARES_SUCCESS) return status;
  v8::Local<v8::Array> record;
  auto flush = [&] {
    if (record.IsEmpty()) return;
    if (with_type) {
      v8::Local<v8::Object> entry = b.Obj();
      b.Set(entry, "entries", record);
      b.Type(entry, "TXT", true);
      b.Push(out, entry);
    } else {
      b.Push(out, record);
    }
  };
  for (ares_txt_ext* txt = raw; txt != nullptr; txt = txt->next) {
    if (txt->record_start || record.IsEmpty()) {
      flush();
      record = b.Arr();
    }
    b.Push(record, b.Str(txt->txt, txt->length));
  }
  flush();
  return ARES_SUCCESS;
}

int ParseSrv(Builder& b, const unsigned char* buf, int len,
             v8::Local<v8::Array> out, bool with_type) {
  ares_srv_reply* raw = nullptr;
  int status = ares_parse_srv_reply(buf, len, &raw);
  DataPtr<ares_srv_reply> list(raw);
  if (status != ARES_SUCCESS) return status;
  for (ares_srv_reply* srv = raw; srv != nullptr; srv = srv->next) {
    v8::Local<v8::Object> entry = b.Obj();
    b.Set(entry, "name", b.Str(srv->host));
    b.Set(entry, "port", b.Num(srv->port));
    b.Set(entry, "priority", b.Num(srv->priority));
    b.Set(entry, "weight", b.Num(srv->weight));
    b.Type(entry, "SRV", with_type);
    b.Push(out, entry);
  }
  return ARES_SUCCESS;
}

int ParseNaptr(Builder& b, const unsigned char* buf, int len,
               v8::Local<v8::Array> out, bool with_type) {
  ares_naptr_reply* raw = nullptr;
  int status = ares_parse_naptr_reply(buf, len, &raw);
  DataPtr<ares_naptr_reply> list(raw);
  if (status != ARES_SUCCESS) return status;
  auto text = [&](const unsigned char* s) {
    return b.Str(s, strlen(reinterpret_cast<const char*>(s)));
  };
  for (ares_naptr_reply* n = raw; n != nullptr; n = n->next) {
    v8::Local<v8::Object> entry = b.Obj();
    b.Set(entry, "flags", text(n->flags));
    b.Set(entry, "service", text(n->service));
    b.Set(entry, "regexp", text(n->regexp));
    b.Set(entry, "replacement", b.Str(n->replacement));
    b.Set(entry, "order", b.Num(n->order));
    b.Set(entry, "preference", b.Num(n->preference));
    b.Type(entry, "NAPTR", with_type);
    b.Push(out, entry);
  }
  return ARES_SUCCESS;
}

int ParseSoa(Builder& b, const unsigned char* buf, int len,
             v8::Local<v8::Object>* out, bool with_type) {
  ares_soa_reply* raw = nullptr;
  int status = ares_parse_soa_reply(buf, len, &raw);
  DataPtr<ares_soa_reply> soa(raw);
  if (status != ARES_SUCCESS) return status;
  v8::Local<v8::Object> entry = b.Obj();
  b.Set(entry, "nsname", b.Str(soa->nsname));
  b.Set(entry, "hostmaster", b.Str(soa->hostmaster));
  b.Set(entry, "serial", b.Num(soa->serial));
  b.Set(entry, "refresh", b.Num(soa->refresh));
  b.Set(entry, "retry", b.Num(soa->retry));
  b.Set(entry, "expire", b.Num(soa->expire));
  b.Set(entry, "minttl", b.Num(soa->minttl));
  b.Type(entry, "SOA", with_type);
  *out = entry;
  return ARES_SUCCESS;
}

// { critical, <tag>: value }.
int ParseCaa(Builder& b, const unsigned char* buf, int len,
             v8::Local<v8::Array> out, bool with_type) {
  ares_caa_reply* raw = nullptr;
  int status = ares_parse_caa_reply(buf, len, &raw);
  DataPtr<ares_caa_reply> list(raw);
  if (status != ARES_SUCCESS) return status;
  for (ares_caa_reply* caa = raw; caa != nullptr; caa = caa->next) {
    v8::Local<v8::Object> entry = b.Obj();
    b.Set(entry, "critical", b.Num(caa->critical));
    std::string tag(reinterpret_cast<const char*>(caa->property), caa->plength);
    b.Set(entry, tag.c_str(), b.Str(caa->value, caa->length));
    b.Type(entry, "CAA", with_type);
    b.Push(out, entry);
  }
  return ARES_SUCCESS;
}

// resolveAny: every kind of record the answer holds, grouped by type in a
// fixed order (A or CNAME, AAAA, MX, NS, TXT, SRV, PTR, NAPTR, SOA, CAA).
int ParseAny(Builder& b, const unsigned char* buf, int len,
             v8::Local<v8::Array> out) {
  auto wrap_values = [&](v8::Local<v8::Array> values, v8::Local<v8::Array> ttls,
                         const char* type, const char* key) {
    for (uint32_t i = 0; i < values->Length(); i++) {
      v8::Local<v8::Object> entry = b.Obj();
      b.Set(entry, key, b.At(values, i));
      if (!ttls.IsEmpty() && i < ttls->Length())
        b.Set(entry, "ttl", b.At(ttls, i));
      b.Type(entry, type, true);
      b.Push(out, entry);
    }
  };
  int status;
  {
    v8::Local<v8::Array> values = b.Arr();
    v8::Local<v8::Array> ttls = b.Arr();
    bool cname = false;
    status = ParseAddresses(b, AF_INET, buf, len, values, ttls, &cname);
    if (!Ok(status)) return status;
    if (cname) {
      wrap_values(values, {}, "CNAME", "value");
    } else {
      wrap_values(values, ttls, "A", "address");
    }
  }
  {
    v8::Local<v8::Array> values = b.Arr();
    v8::Local<v8::Array> ttls = b.Arr();
    status = ParseAddresses(b, AF_INET6, buf, len, values, ttls, nullptr);
    if (!Ok(status)) return status;
    wrap_values(values, ttls, "AAAA", "address");
  }
  status = ParseMx(b, buf, len, out, true);
  if (!Ok(status)) return status;
  {
    v8::Local<v8::Array> values = b.Arr();
    status = ParseNames(b, false, buf, len, values);
    if (!Ok(status)) return status;
    wrap_values(values, {}, "NS", "value");
  }
  status = ParseTxt(b, buf, len, out, true);
  if (!Ok(status)) return status;
  status = ParseSrv(b, buf, len, out, true);
  if (!Ok(status)) return status;
  {
    v8::Local<v8::Array> values = b.Arr();
    status = ParseNames(b, true, buf, len, values);
    if (!Ok(status)) return status;
    wrap_values(values, {}, "PTR", "value");
  }
  status = ParseNaptr(b, buf, len, out, true);
  if (!Ok(status)) return status;
  constexpr int kTypeSoa = 6;
  if (HasAnswerOfType(buf, len, kTypeSoa)) {
    v8::Local<v8::Object> soa;
    status = ParseSoa(b, buf, len, &soa, true);
    if (!Ok(status)) return status;
    if (!soa.IsEmpty()) b.Push(out, soa);
  }
  status = ParseCaa(b, buf, len, out, true);
  if (!Ok(status)) return status;
  return ARES_SUCCESS;
}

}  // namespace

int ParseAnswer(Environment& env, QueryKind kind, const unsigned char* buf,
                int len, v8::Local<v8::Value>* result,
                v8::Local<v8::Value>* ttls) {
  Builder b(env);
  v8::Local<v8::Array> out = b.Arr();
  int status = ARES_EBADRESP;
  switch (kind) {
    case QueryKind::kA:
    case QueryKind::kAaaa: {
      v8::Local<v8::Array> ttl_list = b.Arr();
      status = ParseAddresses(b, kind == QueryKind::kA ? AF_INET : AF_INET6,
                              buf, len, out, ttl_list, nullptr);
      *ttls = ttl_list;
      break;
    }
    case QueryKind::kAny:
      status = ParseAny(b, buf, len, out);
      break;
    case QueryKind::kCaa:
      status = ParseCaa(b, buf, len, out, false);
      break;
    case QueryKind::kCname:
      status = ParseCname(b, buf, len, out);
      break;
    case QueryKind::kMx:
      status = ParseMx(b, buf, len, out, false);
      break;
    case QueryKind::kNaptr:
      status = ParseNaptr(b, buf, len, out, false);
      break;
    case QueryKind::kNs:
      status = ParseNames(b, false, buf, len, out);
      break;
    case QueryKind::kPtr:
      status = ParseNames(b, true, buf, len, out);
      break;
    case QueryKind::kSoa: {
      v8::Local<v8::Object> soa;
      status = ParseSoa(b, buf, len, &soa, false);
      if (status == ARES_SUCCESS) {
        *result = soa;
        return status;
      }
      break;
    }
    case QueryKind::kSrv:
      status = ParseSrv(b, buf, len, out, false);
      break;
    case QueryKind::kTxt:
      status = ParseTxt(b, buf, len, out, false);
      break;
    case QueryKind::kReverse:
      break;
  }
  *result = out;
  return status;
}

}  // namespace nodus::dns
