#include "jsonl_record.h"

#include "json_writer.h"
#include "utf.h"

namespace newsmark {

namespace {

constexpr int kMaxDepth = 256;

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  bool fail(const std::string& what) {
    if (error_.empty()) error_ = what + " at column " + std::to_string(pos_ + 1);
    return false;
  }
  const std::string& error() const { return error_; }

  void skip_ws() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\r' || s_[pos_] == '\n')) ++pos_;
  }
  bool at_end() const { return pos_ >= s_.size(); }
  char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }
  size_t pos() const { return pos_; }

  bool expect(char c) {
    skip_ws();
    if (peek() != c) {
      if (at_end()) return fail(std::string("unexpected end of line, expected '") + c + "'");
      return fail(std::string("expected '") + c + "'");
    }
    ++pos_;
    return true;
  }

  // A JSON string into UTF-16 (out may be null to skip).
  bool string(std::u16string* out) {
    skip_ws();
    if (peek() != '"') return fail(at_end() ? "unexpected end of line, expected a string" : "expected a string");
    ++pos_;
    while (true) {
      if (at_end()) return fail("unterminated string");
      size_t run = pos_;
      while (pos_ < s_.size() && s_[pos_] != '"' && s_[pos_] != '\\' && static_cast<unsigned char>(s_[pos_]) >= 0x20) ++pos_;
      if (pos_ > run) {
        std::u16string tmp;
        size_t bad;
        if (!utf8_to_utf16(s_.substr(run, pos_ - run), out ? *out : tmp, &bad)) {
          pos_ = run + bad;
          return fail("invalid UTF-8");
        }
      }
      if (at_end()) return fail("unterminated string");
      char c = s_[pos_];
      if (c == '"') { ++pos_; return true; }
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in string");
      ++pos_;  // backslash
      if (at_end()) return fail("unterminated escape");
      char e = s_[pos_++];
      char16_t unit;
      switch (e) {
        case '"': unit = '"'; break;
        case '\\': unit = '\\'; break;
        case '/': unit = '/'; break;
        case 'b': unit = '\b'; break;
        case 'f': unit = '\f'; break;
        case 'n': unit = '\n'; break;
        case 'r': unit = '\r'; break;
        case 't': unit = '\t'; break;
        case 'u': {
          if (pos_ + 4 > s_.size()) return fail("truncated \\u escape");
          unit = 0;
          for (int k = 0; k < 4; ++k) {
            char h = s_[pos_++];
            int v = (h >= '0' && h <= '9') ? h - '0' : (h >= 'a' && h <= 'f') ? h - 'a' + 10 : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
            if (v < 0) return fail("bad \\u escape");
            unit = static_cast<char16_t>(unit * 16 + v);
          }
          break;
        }
        default: --pos_; return fail("bad escape");
      }
      if (out) out->push_back(unit);
    }
  }

  bool number() {
    skip_ws();
    size_t start = pos_;
    if (peek() == '-') ++pos_;
    if (peek() == '0') ++pos_;
    else if (peek() >= '1' && peek() <= '9') while (peek() >= '0' && peek() <= '9') ++pos_;
    else return fail("bad number");
    if (peek() == '.') {
      ++pos_;
      if (!(peek() >= '0' && peek() <= '9')) return fail("bad number");
      while (peek() >= '0' && peek() <= '9') ++pos_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!(peek() >= '0' && peek() <= '9')) return fail("bad number");
      while (peek() >= '0' && peek() <= '9') ++pos_;
    }
    return pos_ > start;
  }

  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return fail("unexpected character");
    pos_ += word.size();
    return true;
  }

  bool value(int depth) {
    if (depth > kMaxDepth) return fail("nesting too deep");
    skip_ws();
    switch (peek()) {
      case '"': return string(nullptr);
      case '{': return object(depth + 1, nullptr);
      case '[': {
        ++pos_;
        skip_ws();
        if (peek() == ']') { ++pos_; return true; }
        while (true) {
          if (!value(depth + 1)) return false;
          skip_ws();
          if (peek() == ',') { ++pos_; continue; }
          return expect(']');
        }
      }
      case 't': return literal("true");
      case 'f': return literal("false");
      case 'n': return literal("null");
      case '\0':
        if (at_end()) return fail("unexpected end of line");
        return fail("unexpected character");
      default: return number();
    }
  }

  // At top level (record != null) picks out "id" and "text".
  bool object(int depth, JsonlRecord* record, bool* has_text = nullptr) {
    if (!expect('{')) return false;
    skip_ws();
    if (peek() == '}') { ++pos_; return true; }
    while (true) {
      std::u16string key;
      if (!string(&key)) return false;
      if (!expect(':')) return false;
      skip_ws();
      if (record && key == u"text") {
        if (peek() != '"') return fail("\"text\" is not a string");
        record->text.clear();
        if (!string(&record->text)) return false;
        *has_text = true;
      } else if (record && key == u"id") {
        size_t start = pos();
        if (peek() == '"') {
          std::u16string id;
          if (!string(&id)) return false;
          record->id_json.clear();
          JsonWriter(record->id_json).string(std::u16string_view(id));
        } else {
          if (!value(depth)) return false;
          record->id_json.assign(s_.substr(start, pos() - start));
        }
      } else if (!value(depth)) {
        return false;
      }
      skip_ws();
      if (peek() == ',') { ++pos_; continue; }
      return expect('}');
    }
  }

 private:
  std::string_view s_;
  size_t pos_ = 0;
  std::string error_;
};

}  // namespace

bool parse_jsonl_record(std::string_view line, JsonlRecord* record, std::string* error) {
  Reader r(line);
  record->id_json.clear();
  record->text.clear();
  bool has_text = false;
  r.skip_ws();
  if (r.peek() != '{' ) {
    *error = r.at_end() ? "empty line" : "not a JSON object at column " + std::to_string(r.pos() + 1);
    return false;
  }
  if (!r.object(0, record, &has_text)) {
    *error = r.error();
    return false;
  }
  r.skip_ws();
  if (!r.at_end()) {
    r.fail("unexpected text after the object");
    *error = r.error();
    return false;
  }
  if (!has_text) {
    *error = "no \"text\" field";
    return false;
  }
  return true;
}

}  // namespace newsmark
