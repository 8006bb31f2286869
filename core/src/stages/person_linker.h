// Stage: person linking. The person tagger writes one Person per mention (name only, in text
// order); this stage turns them into one Person per real person:
//   - mentions of the same person are grouped: full name, surname, first name, honorific +
//     surname ("Ms Haberman"), spelling variants ("Kim Jong Un" / "Kim Jong-un"), ALL-CAPS;
//     two people sharing a surname stay apart, and a bare surname goes to the one the
//     honorific's gender, the article's earlier usage or dominance points to;
//   - exact, word-bounded occurrences of a linked person's name that the tagger missed are
//     added, except where the name heads something else ("Trump administration");
//   - mentions that head such a non-person phrase are dropped ("Logan Act");
//   - `name` is the fullest form the article uses, `descriptors` the role phrases tied to
//     the person (see role_descriptors.h), and "the former president"-style definite
//     phrases when one person clearly holds that role.
#pragma once

#include <memory>

#include "newsmark/pipeline.h"

namespace newsmark {

class PersonLinker : public Stage {
 public:
  PersonLinker();
  ~PersonLinker() override;
  const char* name() const override { return "person_linker"; }
  // It reads the per-mention people the tagger wrote and rewrites them.
  std::vector<std::string> requires_layers() const override { return {"tokens", "sentences", "people"}; }
  std::vector<std::string> assigns_layers() const override { return {"people"}; }
  void run(Document& doc) override;

  // The string maps of the linking (person_linker.cpp), kept from document to document.
  struct Maps;

 private:
  std::unique_ptr<Maps> maps_;
};

}  // namespace newsmark
