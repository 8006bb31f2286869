// newsmark: the command-line face of the core, for tests, evaluation and benchmarks.
//
//   newsmark analyze [--format json|jsonl|ansi] [--jobs N] [FILE|-]
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
#include <vector>

#include "ansi_renderer.h"
#include "jsonl_batch.h"
#include "newsmark/newsmark.h"
#include "utf.h"

namespace {

constexpr const char* kUsage =
    "usage: newsmark analyze [--format json|jsonl|ansi] [--jobs N] [FILE|-]\n"
    "       newsmark --version | --help\n"
    "  json   (default) the whole input is one article; prints one result\n"
    "  jsonl  one {\"id\": ..., \"text\": ...} object a line; prints one result a line\n"
    "  ansi   the article with coloured highlights and a summary, for a terminal\n"
    "  --jobs N  jsonl: analyze N articles at once (default: the machine's cores);\n"
    "            the output is the same, in input order, for any N\n";

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

// A batch is what the threads share out between two writes: large enough that their start
// and the wait for the slowest article are small against the work, small enough that a
// file of huge lines is not held in memory at once.
constexpr size_t kBatchLines = 512;
constexpr size_t kBatchBytes = size_t(16) << 20;

// Reads up to one batch of non-blank lines; false when the input has none left.
bool read_batch(Input& in, size_t& line_no, std::vector<newsmark::JsonlLine>& batch) {
  batch.clear();
  size_t bytes = 0;
  std::string line;
  while (batch.size() < kBatchLines && bytes < kBatchBytes && std::getline(*in.stream, line)) {
    ++line_no;
    if (line_no == 1) strip_bom(line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines carry nothing
    bytes += line.size();
    batch.push_back({line_no, std::move(line), {}, {}});
  }
  return !batch.empty();
}

bool parse_jobs(const std::string& value, unsigned& jobs) {
  if (value.empty() || value.size() > 3 || value.find_first_not_of("0123456789") != std::string::npos) return false;
  jobs = unsigned(std::stoul(value));
  return jobs >= 1 && jobs <= 256;
}

int analyze_lines(Input& in, unsigned jobs) {
  newsmark::JsonlBatchAnalyzer analyzer(jobs);
  std::vector<newsmark::JsonlLine> batch;
  size_t line_no = 0, done = 0, failed = 0;
  const bool progress = isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO);
  while (read_batch(in, line_no, batch)) {
    analyzer.run(batch);
    for (const newsmark::JsonlLine& l : batch) {
      if (!l.error.empty()) {
        std::fprintf(stderr, "newsmark: %s line %zu: malformed JSONL: %s\n", in.name.c_str(), l.line_no, l.error.c_str());
        ++failed;
        continue;
      }
      std::fwrite(l.result.data(), 1, l.result.size(), stdout);
      ++done;
    }
    if (progress) std::fprintf(stderr, "\rnewsmark: %zu documents", done);
  }
  if (progress && done + failed > 0) std::fputc('\n', stderr);
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
  unsigned jobs = newsmark::default_jobs();
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--format" || a == "-f") {
      if (i + 1 >= argc) return usage_error("--format needs a value");
      format = argv[++i];
    } else if (a.rfind("--format=", 0) == 0) {
      format = a.substr(9);
    } else if (a == "--jobs" || a == "-j" || a.rfind("--jobs=", 0) == 0) {
      std::string value;
      if (a.rfind("--jobs=", 0) == 0) {
        value = a.substr(7);
      } else if (i + 1 < argc) {
        value = argv[++i];
      }
      if (!parse_jobs(value, jobs)) return usage_error("--jobs needs a whole number from 1 to 256");
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
    int rc = format == "jsonl" ? analyze_lines(in, jobs) : analyze_whole(in, format == "ansi");
    std::fflush(stdout);
    return rc;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsmark: internal error: %s\n", e.what());
    return 1;
  }
}
