// The CLI's `--format ansi`: the article with coloured highlights, then a short summary,
// for a person reading at a terminal.
#pragma once

#include <string>

#include "newsmark/document.h"

namespace newsmark {

std::string render_ansi(const Document& doc);

}  // namespace newsmark
