// A small tokenizer of its own for the date grammar: words, numbers (with
// their suffix, "1990s", "27th"), and single punctuation characters, each with
// its byte span and its vocabulary entry. It does not depend on the text
// module's tokens, so the grammar sees "Sept." and "mid-1990s" the same way
// whatever the sentence splitter does.
#ifndef ACTORGRAPH_DATES_SCANNER_H_
#define ACTORGRAPH_DATES_SCANNER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dates/lexicon.h"

namespace actorgraph {
namespace dates {

enum class Kind : uint8_t { kWord, kNumber, kPunct, kOther };

struct Tok {
  uint32_t begin = 0, end = 0;
  Kind kind = Kind::kOther;
  bool space_before = false;  // whitespace (or start of text) precedes it
  bool cap = false;           // word starting with an upper-case letter
  bool upper = false;         // word written all in capitals (headline)
  char punct = 0;             // kPunct: the character ('\'' for any apostrophe)
  // kNumber: value of the digits (-1 if more than 9 digits), digit count, and
  // whether it had thousands separators or a decimal part.
  int32_t num = -1;
  uint8_t digits = 0;
  bool grouped = false;
  char suffix[3] = {0, 0, 0};      // "s", "th", "st", "nd", "rd" directly attached
  const WordInfo* info = nullptr;  // kWord: vocabulary entry or nullptr
  uint64_t hash = 0;               // kWord: Lexicon::Hash of the lower-cased word
};

// Tokenizes text. `lowered` receives an ASCII-lower-cased copy of the text
// (same offsets, then eight NUL bytes of padding); both buffers are
// overwritten, their capacity reused.
void Scan(std::string_view text, const Lexicon& lex, std::string* lowered, std::vector<Tok>* toks);

}  // namespace dates
}  // namespace actorgraph

#endif  // ACTORGRAPH_DATES_SCANNER_H_
