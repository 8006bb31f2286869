#include <doctest/doctest.h>

#include <stdexcept>

#include "newsmark/pipeline.h"

using namespace newsmark;

namespace {
struct Recorder : Stage {
  Recorder(const char* n, std::vector<std::string> req, std::vector<std::string> out, std::string* log)
      : name_(n), req_(std::move(req)), out_(std::move(out)), log_(log) {}
  const char* name() const override { return name_; }
  std::vector<std::string> requires_layers() const override { return req_; }
  std::vector<std::string> assigns_layers() const override { return out_; }
  void run(Document&) override { *log_ += name_; }
  const char* name_;
  std::vector<std::string> req_, out_;
  std::string* log_;
};
}  // namespace

TEST_CASE("stages run in order") {
  std::string log;
  Pipeline p;
  p.add(std::make_unique<Recorder>("a", std::vector<std::string>{}, std::vector<std::string>{"tokens"}, &log));
  p.add(std::make_unique<Recorder>("b", std::vector<std::string>{"tokens"}, std::vector<std::string>{"people"}, &log));
  Document doc(u"x");
  p.run(doc);
  CHECK(log == "ab");
  CHECK(p.stage_names() == std::vector<std::string>{"a", "b"});
}

TEST_CASE("a stage whose input no earlier stage assigns is refused") {
  std::string log;
  Pipeline p;
  CHECK_THROWS_AS(p.add(std::make_unique<Recorder>("b", std::vector<std::string>{"tokens"},
                                                   std::vector<std::string>{"people"}, &log)),
                  std::logic_error);
}

TEST_CASE("the standard pipeline starts with segmentation") {
  Pipeline p = Pipeline::standard();
  REQUIRE(!p.stage_names().empty());
  CHECK(p.stage_names().front() == "segmenter");
}

TEST_CASE("run with a stage callback reports each stage before it runs, then the end") {
  std::string log;
  Pipeline p;
  p.add(std::make_unique<Recorder>("a", std::vector<std::string>{}, std::vector<std::string>{"tokens"}, &log));
  p.add(std::make_unique<Recorder>("b", std::vector<std::string>{"tokens"}, std::vector<std::string>{"people"}, &log));
  Document doc(u"x");
  p.run(doc, [&log](size_t i, size_t n, const char* name) {
    log += "[" + std::to_string(i) + "/" + std::to_string(n) + " " + name + "]";
  });
  CHECK(log == "[0/2 a]a[1/2 b]b[2/2 done]");
}
