// SPDX-License-Identifier: MIT
// The .env parser shared by --env-file, process.loadEnvFile() and
// util.parseEnv(). It reproduces node 20's parser rule for rule, quirks
// included, so that a file means the same thing under both runtimes.

#include "dotenv.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace nodus::dotenv {
namespace {

constexpr size_t kNone = std::string_view::npos;

// Node trims only the space character (never tabs or other white space).
std::string_view TrimSpaces(std::string_view s) {
  size_t first = s.find_first_not_of(' ');
  if (first == kNone) return {};
  size_t last = s.find_last_not_of(' ');
  return s.substr(first, last - first + 1);
}

// The text of one definition's key. A key made only of spaces does not
// read as empty in node 20: its trimming steps back one character, onto
// the newline that ends the previous line, so the key is "\n". A key
// always starts right after a newline when it can be all spaces (the text
// as a whole is trimmed first).
std::string_view ReadKey(std::string_view text, size_t begin, size_t end) {
  std::string_view raw = text.substr(begin, end - begin);
  std::string_view key = TrimSpaces(raw);
  if (key.empty() && !raw.empty() && begin > 0)
    return text.substr(begin - 1, 1);
  return key;
}

// In a double-quoted value the two characters `\n` become a newline (and
// no other escape exists).
std::string ExpandNewlines(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (size_t i = 0; i < value.size(); i++) {
    if (value[i] == '\\' && i + 1 < value.size() && value[i + 1] == 'n') {
      out += '\n';
      i++;
    } else {
      out += value[i];
    }
  }
  return out;
}

bool IsQuote(char c) { return c == '"' || c == '\'' || c == '`'; }

}  // namespace

void Parse(std::string_view input, Variables* out) {
  // Carriage returns vanish wherever they are (CRLF files, and inside
  // quoted values too).
  std::string buffer;
  buffer.reserve(input.size());
  for (char c : input) {
    if (c != '\r') buffer += c;
  }
  // Spaces around the whole text go; `pos` walks what is left.
  std::string_view text = buffer;
  size_t pos = text.find_first_not_of(' ');
  if (pos == kNone) return;
  text = text.substr(0, text.find_last_not_of(' ') + 1);

  while (pos < text.size()) {
    // Blank lines and comment lines are skipped; a comment on the last
    // line (no newline after it) is not, and is read as a key.
    if (text[pos] == '\n' || text[pos] == '#') {
      size_t newline = text.find('\n', pos);
      if (newline != kNone) {
        pos = newline + 1;
        continue;
      }
    }
    // The key runs to the next '=', across newlines if need be; with no
    // '=' left, or an empty key, the rest of the text is ignored.
    size_t equals = text.find('=', pos);
    if (equals == kNone) break;
    std::string_view key = ReadKey(text, pos, equals);
    if (key.empty()) break;
    if (key.starts_with("export ")) key.remove_prefix(7);
    std::string name(key);
    pos = equals + 1;
    while (pos < text.size() && text[pos] == ' ') pos++;
    if (pos == text.size()) {
      (*out)[name] = "";
      break;
    }

    char first = text[pos];
    if (IsQuote(first)) {
      size_t closing = text.find(first, pos + 1);
      if (closing != kNone) {
        // A quoted value may span lines; whatever follows the closing
        // quote on its line is ignored.
        std::string_view value = text.substr(pos + 1, closing - pos - 1);
        (*out)[name] =
            first == '"' ? ExpandNewlines(value) : std::string(value);
        size_t newline = text.find('\n', closing + 1);
        pos = newline == kNone ? text.size() : newline;
        continue;
      }
      // No closing quote: the line, opening quote included, untrimmed and
      // with '#' kept, is the value. On the last line nothing is defined,
      // and reading goes on from the quote as if a new key started there.
      size_t newline = text.find('\n', pos);
      if (newline == kNone) continue;
      (*out)[name] = std::string(text.substr(pos, newline - pos));
      pos = newline;
      continue;
    }

    // An unquoted value ends at the line's end or at a '#', trimmed.
    size_t newline = text.find('\n', pos);
    size_t end = newline == kNone ? text.size() : newline;
    std::string_view value = text.substr(pos, end - pos);
    value = TrimSpaces(value.substr(0, value.find('#')));
    (*out)[name] = std::string(value);
    pos = end;
  }
}

ReadStatus ReadFile(const std::string& path, std::string* content) {
  int fd;
  do {
    fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return ReadStatus::kOpenFailed;
  content->clear();
  char chunk[8192];
  ReadStatus status = ReadStatus::kOk;
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof(chunk));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      status = ReadStatus::kReadFailed;
      break;
    }
    if (n == 0) break;
    content->append(chunk, static_cast<size_t>(n));
  }
  close(fd);
  return status;
}

}  // namespace nodus::dotenv
