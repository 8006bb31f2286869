// newsmark: the command-line face of the core, for tests, evaluation and benchmarks.
//
//   newsmark analyze [--format json|jsonl|ansi] [FILE|-]
//
// Bad input gets one clear line on stderr and exit status 2; jsonl keeps going past a bad
// line (its results are not lost) and exits 2 at the end.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

#include "ansi_renderer.h"
#include "jsonl_record.h"
#include "newsmark/newsmark.h"
#include "utf.h"

namespace {

constexpr const char* kUsage =
    "usage: newsmark analyze [--format json|jsonl|ansi] [FILE|-]\n"
    "       newsmark --version | --help\n"
    "  json   (default) the whole input is one article; prints one result\n"
    "  jsonl  one {\"id\": ..., \"text\": ...} object a line; prints one result a line\n"
    "  ansi   the article with coloured highlights and a summary, for a terminal\n";

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "newsmark: %s\n%s", msg.c_str(), kUsage);
  return 2;
}

struct Input {
  std::istream* stream = nullptr;
  std::ifstream file;
  std::string name;
};

bool open_input(const std::string& path, Input& in) {
  if (path == "-") {
    in.stream = &std::cin;
    in.name = "standard input";
    return true;
  }
  in.file.open(path, std::ios::binary);
  if (!in.file) {
    std::fprintf(stderr, "newsmark: cannot read '%s': %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  in.stream = &in.file;
  in.name = "'" + path + "'";
  return true;
}

// A leading UTF-8 byte-order mark is invisible to readers; offsets start after it.
void strip_bom(std::string& s) {
  if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.erase(0, 3);
}

int analyze_whole(Input& in, bool ansi) {
  std::string bytes((std::istreambuf_iterator<char>(*in.stream)), std::istreambuf_iterator<char>());
  if (in.stream->bad()) {
    std::fprintf(stderr, "newsmark: error reading %s\n", in.name.c_str());
    return 2;
  }
  strip_bom(bytes);
  std::u16string text;
  size_t bad = 0;
  if (!newsmark::utf8_to_utf16(bytes, text, &bad)) {
    std::fprintf(stderr, "newsmark: invalid UTF-8 at byte %zu of %s\n", bad, in.name.c_str());
    return 2;
  }
  newsmark::Analyzer analyzer;
  newsmark::Document doc = analyzer.analyze(std::move(text));
  std::string out = ansi ? newsmark::render_ansi(doc) : newsmark::to_json(doc) + "\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

int analyze_lines(Input& in) {
  newsmark::Analyzer analyzer;
  newsmark::JsonlRecord record;
  std::string line, error, out;
  size_t line_no = 0, done = 0, failed = 0;
  const bool progress = isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO);
  while (std::getline(*in.stream, line)) {
    ++line_no;
    if (line_no == 1) strip_bom(line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines carry nothing
    if (!newsmark::parse_jsonl_record(line, &record, &error)) {
      std::fprintf(stderr, "newsmark: %s line %zu: malformed JSONL: %s\n", in.name.c_str(), line_no, error.c_str());
      ++failed;
      continue;
    }
    out = analyzer.analyze_json(std::move(record.text), std::move(record.id_json));
    out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
    if (progress && ++done % 200 == 0) std::fprintf(stderr, "\rnewsmark: %zu documents", done);
  }
  if (progress && done >= 200) std::fprintf(stderr, "\rnewsmark: %zu documents\n", done);
  if (in.stream->bad()) {
    std::fprintf(stderr, "newsmark: error reading %s\n", in.name.c_str());
    return 2;
  }
  if (failed) {
    std::fprintf(stderr, "newsmark: %zu malformed line%s skipped\n", failed, failed == 1 ? "" : "s");
    return 2;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2) return usage_error("missing command");
  std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (cmd == "--version") {
    std::printf("newsmark %s (result schema %d)\n", newsmark::version(), newsmark::kSchemaVersion);
    return 0;
  }
  if (cmd != "analyze") return usage_error("unknown command '" + cmd + "'");

  std::string format = "json", path;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--format" || a == "-f") {
      if (i + 1 >= argc) return usage_error("--format needs a value");
      format = argv[++i];
    } else if (a.rfind("--format=", 0) == 0) {
      format = a.substr(9);
    } else if (a == "-" || a[0] != '-') {
      if (!path.empty()) return usage_error("more than one input given");
      path = a;
    } else {
      return usage_error("unknown option '" + a + "'");
    }
  }
  if (format != "json" && format != "jsonl" && format != "ansi") {
    return usage_error("unknown format '" + format + "' (json, jsonl or ansi)");
  }
  if (path.empty()) path = "-";

  Input in;
  if (!open_input(path, in)) return 2;
  try {
    int rc = format == "jsonl" ? analyze_lines(in) : analyze_whole(in, format == "ansi");
    std::fflush(stdout);
    return rc;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsmark: internal error: %s\n", e.what());
    return 1;
  }
}
