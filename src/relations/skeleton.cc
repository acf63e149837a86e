// Sentence skeletons: lower-cased tokens, one typed placeholder per top-level
// mention, quotation regions for modality scoping.
#include <algorithm>

#include "actorgraph/util.h"
#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

const char kTypeLetter[] = {'S', 'O', 'P', 'T', 'D'};

// Appends `src` lower-cased, with typographic apostrophes and quotes folded
// to ' and ".
void AppendNormalized(std::string_view src, std::string* out) {
  for (size_t i = 0; i < src.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(src[i]);
    if (c >= 'A' && c <= 'Z') {
      out->push_back(static_cast<char>(c + 32));
    } else if (c == '`') {
      out->push_back('\'');
    } else if (c == 0xC2 && i + 1 < src.size() &&
               (static_cast<unsigned char>(src[i + 1]) == 0xB4)) {  // ´
      out->push_back('\'');
      ++i;
    } else if (c == 0xC2 && i + 1 < src.size() &&
               (static_cast<unsigned char>(src[i + 1]) == 0xAB ||
                static_cast<unsigned char>(src[i + 1]) == 0xBB)) {  // « »
      out->push_back('"');
      ++i;
    } else if (c == 0xE2 && i + 2 < src.size() && static_cast<unsigned char>(src[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(src[i + 2]);
      if (d == 0x98 || d == 0x99 || d == 0x9A || d == 0x9B) {  // ‘ ’ ‚ ‛
        out->push_back('\'');
      } else if (d >= 0x9C && d <= 0x9F) {  // “ ” „ ‟
        out->push_back('"');
      } else if (d == 0x93 || d == 0x94) {  // – —
        out->push_back('-');
      } else {
        out->append(src.substr(i, 3));
      }
      i += 2;
    } else if (c == ' ') {
      out->push_back('_');  // never split a token
    } else {
      out->push_back(static_cast<char>(c));
    }
  }
}

void AppendWord(std::string_view text, Span span, Skeleton* skel) {
  if (text.empty()) return;
  SkelToken t;
  t.span = span;
  t.offset = static_cast<uint32_t>(skel->text.size());
  AppendNormalized(text, &skel->text);
  // "'" + "s" written apart by the tokenizer read as one possessive "'s".
  if (!skel->tokens.empty() && skel->text.compare(t.offset, std::string::npos, "s") == 0) {
    SkelToken& prev = skel->tokens.back();
    if (prev.mention < 0 && prev.size == 1 && skel->text[prev.offset] == '\'' &&
        prev.span.end == span.begin) {
      skel->text.pop_back();  // "s"
      skel->text.back() = 's';  // the space after "'" becomes "s"
      prev.size = 2;
      prev.span.end = span.end;
      skel->text.push_back(' ');
      return;
    }
  }
  t.size = static_cast<uint32_t>(skel->text.size() - t.offset);
  skel->text.push_back(' ');
  skel->tokens.push_back(t);
}

}  // namespace

size_t Skeleton::TokenAt(size_t pos) const {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), pos,
                             [](const SkelToken& t, size_t p) { return t.offset < p; });
  return static_cast<size_t>(it - tokens.begin());
}

void AppendPlaceholder(const Mention& m, int index, Skeleton* skel) {
  SkelToken t;
  t.span = m.span;
  t.mention = index;
  t.offset = static_cast<uint32_t>(skel->text.size());
  skel->text += "§";
  skel->text.push_back(kTypeLetter[static_cast<int>(m.type)]);
  skel->text += std::to_string(index);
  t.size = static_cast<uint32_t>(skel->text.size() - t.offset);
  skel->text.push_back(' ');
  skel->tokens.push_back(t);
}

void AppendMarker(const char* text, Span span, Skeleton* skel) {
  SkelToken t;
  t.span = span;
  t.offset = static_cast<uint32_t>(skel->text.size());
  skel->text += text;
  t.size = static_cast<uint32_t>(skel->text.size() - t.offset);
  skel->text.push_back(' ');
  skel->tokens.push_back(t);
}

void AppendSkeleton(const Document& doc, const std::vector<Mention>& mentions,
                    uint32_t token_begin, uint32_t token_end, const std::vector<int>& top,
                    Skeleton* skel) {
  if (skel->text.empty()) skel->text.push_back(' ');
  size_t mi = 0;
  for (uint32_t ti = token_begin; ti < token_end && ti < doc.tokens.size(); ++ti) {
    Span ts = doc.tokens[ti].span;
    uint32_t pos = ts.begin;
    // A token may hold several pieces: "Sino-" glued to a name, "Russia's".
    while (pos < ts.end) {
      while (mi < top.size() && mentions[top[mi]].span.end <= pos) ++mi;
      if (mi < top.size() && mentions[top[mi]].span.begin <= pos) {
        if (skel->tokens.empty() || skel->tokens.back().mention != top[mi])
          AppendPlaceholder(mentions[top[mi]], top[mi], skel);
        pos = mentions[top[mi]].span.end;
      } else if (mi < top.size() && mentions[top[mi]].span.begin < ts.end) {
        Span piece{pos, mentions[top[mi]].span.begin};
        AppendWord(doc.Text(piece), piece, skel);
        pos = piece.end;
      } else {
        Span piece{pos, ts.end};
        AppendWord(doc.Text(piece), piece, skel);
        pos = ts.end;
      }
    }
  }
}

void Compiled::Compact(const Skeleton& skel, std::string* out) const {
  out->assign(1, ' ');
  for (const SkelToken& t : skel.tokens) {
    std::string_view w(skel.text.data() + t.offset, t.size);
    // Names, markers ("§="), clause breaks and rule words stay; the rest is "_".
    bool keep = t.mention >= 0 || w.empty() || w[0] == ';' || w[0] == ':' ||
                StartsWith(w, "\xC2\xA7") ||
                std::binary_search(vocab.begin(), vocab.end(), w,
                                   [](std::string_view a, std::string_view b) { return a < b; });
    for (size_t i = 0; !keep && i < prefixes.size(); ++i) keep = StartsWith(w, prefixes[i]);
    if (keep) {
      out->append(w);
    } else {
      out->push_back('_');
    }
    out->push_back(' ');
  }
}

void MarkQuotes(Skeleton* skel) {
  // Regions change at every quote mark; '"' toggles. Typographic openers and
  // closers are all folded to '"', which also toggles: „...“ and “...” both
  // pair up.
  int region = 0;
  for (SkelToken& t : skel->tokens) {
    bool quote = t.mention < 0 && t.size == 1 && skel->text[t.offset] == '"';
    if (quote) ++region;
    t.quote = region;
    if (quote) t.quote = -1;  // the mark itself belongs to no region
  }
}

}  // namespace relations
}  // namespace actorgraph
