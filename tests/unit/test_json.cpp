// Tests for the JSON writer (src/core/json.h): string escaping, whose fast path skips eight
// bytes at a time, must escape exactly what the byte-by-byte rule escapes, wherever the
// special byte falls in the word.
#include <doctest/doctest.h>

#include <string>

#include "core/json.h"

namespace {

// The rule, one byte at a time: '"', '\\' and bytes below 0x20 are escaped, nothing else.
std::string Reference(const std::string& s) {
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

}  // namespace

TEST_CASE("json: strings are escaped exactly, wherever the special byte falls") {
  // Each special byte, and bytes next to the limits of the word tests (0x1F / 0x20, 0x21 / 0x23
  // around '"', 0x5B / 0x5D around '\\', 0x7F, 0x80, 0xFF and UTF-8), at every position of
  // strings of 0 to 27 bytes (so in the first, a middle and the last word, and the tail).
  const unsigned char specials[] = {'"', '\\', '\n', '\t', 0x00, 0x01, 0x1F, 0x20, 0x21, 0x23,
                                    0x5B, 0x5D, 0x7F, 0x80, 0xE2, 0xFF};
  for (size_t len = 0; len < 28; ++len) {
    for (size_t pos = 0; pos < len; ++pos) {
      for (unsigned char c : specials) {
        std::string s(len, 'a');
        s[pos] = static_cast<char>(c);
        std::string out;
        ae::AppendJsonString(s, &out);
        CHECK_MESSAGE(out == Reference(s), "len " << len << " pos " << pos << " byte " << int(c));
      }
    }
  }
  std::string out;
  ae::AppendJsonString("He said \"no\" \xE2\x80\x94 twice.\n\\end", &out);
  CHECK(out == "\"He said \\\"no\\\" \xE2\x80\x94 twice.\\n\\\\end\"");
}
