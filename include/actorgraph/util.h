// Small string helpers shared by every module.
#ifndef ACTORGRAPH_UTIL_H_
#define ACTORGRAPH_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

// ASCII lower-casing; other bytes unchanged.
std::string AsciiLower(std::string_view s);
// The same in place on s[0, n), sixteen bytes a step (for whole documents).
void AsciiLowerInPlace(char* s, size_t n);

// Lower-cases ASCII and the common Latin-1/Latin Extended-A capitals, and
// folds their diacritics ("Türkiye" -> "turkiye", "Côte" -> "cote").
std::string FoldCase(std::string_view s);

// Node-id slug: FoldCase, then every run of characters outside [a-z0-9]
// becomes one '-', trimmed at both ends ("Budapest Convention" ->
// "budapest-convention"). Never empty: "x" for an empty result.
std::string Slug(std::string_view s);

// True if s is valid UTF-8.
bool IsValidUtf8(std::string_view s);

// Replaces every invalid UTF-8 sequence with U+FFFD (maximal subpart rule).
// Returns true if anything was replaced.
bool RepairUtf8(std::string* s);

// Removes characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/FFFF).
std::string StripXmlInvalid(std::string_view s);

std::string_view Trim(std::string_view s);
// Collapses every run of whitespace to one space and trims ("United\nNations").
std::string SquashSpace(std::string_view s);
std::vector<std::string_view> Split(std::string_view s, char sep);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
// True if `part` occurs in `whole` at word boundaries: no letter, digit or
// non-ASCII byte right before or after it ("budapest convention" in "budapest
// convention of the council of europe", not "pact" in "impact").
bool ContainsWords(std::string_view whole, std::string_view part);
// True if text[begin, end) is a wire dateline's date: after a place in
// capitals and a comma opening its line ("GENEVA, ", "SAO PAULO, Brazil, "),
// before a dash, an agency credit in brackets at most between them
// ("LONDON, March 25 (Reuters) - ").
bool IsDatelineDate(std::string_view text, size_t begin, size_t end);

// A thread count as the options take it: `requested` if above 0, else one per
// core (at least 1).
int ThreadCount(int requested);

// Decodes one UTF-8 code point at s[*i], advancing *i; returns U+FFFD on error.
char32_t DecodeUtf8(std::string_view s, size_t* i);
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_UTIL_H_
