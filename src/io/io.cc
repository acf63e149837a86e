// Format names, dispatch, file writes and the shared text helpers.
#include "actorgraph/io.h"

#include <fstream>
#include <iostream>

#include "actorgraph/util.h"
#include "io/internal.h"

namespace actorgraph {

namespace io_internal {

std::string CleanText(std::string_view s) {
  std::string t(s);
  RepairUtf8(&t);
  return StripXmlInvalid(t);
}

std::string XmlEscape(std::string_view s, bool attribute) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : CleanText(s)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\'':
        out += attribute ? "&apos;" : "'";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string OneLine(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

const std::string& LabelOf(const NodeProps& n) { return n.label.empty() ? n.id : n.label; }

std::string JoinSet(const std::set<std::string>& s) {
  std::string out;
  for (const std::string& x : s) {
    if (!out.empty()) out += '|';
    out += x;
  }
  return out;
}

}  // namespace io_internal

namespace {

struct FormatInfo {
  Format format;
  const char* name;
};
constexpr FormatInfo kFormats[] = {
    {Format::kJson, "json"},   {Format::kGraphml, "graphml"}, {Format::kGexf, "gexf"},
    {Format::kCyjs, "cyjs"},   {Format::kDot, "dot"},         {Format::kCsv, "csv"},
    {Format::kJsonl, "jsonl"},
};

}  // namespace

Result<Format> ParseFormat(const std::string& name) {
  std::string n = AsciiLower(name);
  if (n == "cytoscape" || n == "cyjs.json") n = "cyjs";
  if (n == "gv") n = "dot";
  for (const FormatInfo& f : kFormats)
    if (n == f.name) return f.format;
  return Status::InvalidArgument("unknown format '" + name +
                                 "' (json, graphml, gexf, cyjs, dot, csv, jsonl)");
}

Result<Format> FormatFromPath(const std::string& path) {
  std::string p = AsciiLower(path);
  if (EndsWith(p, ".cyjs.json") || EndsWith(p, ".cy.json") || EndsWith(p, ".cyjs"))
    return Format::kCyjs;
  if (EndsWith(p, ".jsonl")) return Format::kJsonl;
  if (EndsWith(p, ".json")) return Format::kJson;
  if (EndsWith(p, ".graphml")) return Format::kGraphml;
  if (EndsWith(p, ".gexf")) return Format::kGexf;
  if (EndsWith(p, ".dot") || EndsWith(p, ".gv")) return Format::kDot;
  if (EndsWith(p, ".csv")) return Format::kCsv;
  return Status::InvalidArgument("cannot tell the format of '" + path +
                                 "' from its extension; use --format");
}

const char* FormatName(Format f) {
  for (const FormatInfo& i : kFormats)
    if (i.format == f) return i.name;
  return "json";
}

Status WriteGraph(const KnowledgeGraph& g, Format f, std::ostream& out) {
  using namespace io_internal;  // NOLINT
  switch (f) {
    case Format::kJson:
      return WriteJson(g, out);
    case Format::kJsonl:
      return WriteJsonl(g, out);
    case Format::kGraphml:
      return WriteGraphml(g, out);
    case Format::kGexf:
      return WriteGexf(g, out);
    case Format::kCyjs:
      return WriteCyjs(g, out);
    case Format::kDot:
      return WriteDot(g, out);
    case Format::kCsv: {
      Status s = WriteCsvNodes(g, out);
      if (!s.ok()) return s;
      out << "\r\n";
      return WriteCsvEdges(g, out);
    }
  }
  return Status::InvalidArgument("unknown format");
}

Status WriteGraphFile(const KnowledgeGraph& g, Format f, const std::string& path) {
  if (path == "-") {
    Status s = WriteGraph(g, f, std::cout);
    std::cout.flush();
    return s.ok() && !std::cout ? Status::IOError("writing to stdout failed") : s;
  }
  if (f != Format::kCsv) {
    AtomicFile file(path);
    Status s = file.Open();
    if (s.ok()) s = WriteGraph(g, f, file.stream());
    if (s.ok()) s = file.Finish();
    if (s.ok()) s = file.Commit();
    return s;
  }
  std::string base = path;
  for (const char* ext : {".nodes.csv", ".edges.csv", ".csv"}) {
    if (EndsWith(base, ext)) {
      base.resize(base.size() - std::string(ext).size());
      break;
    }
  }
  AtomicFile nodes(base + ".nodes.csv"), edges(base + ".edges.csv");
  Status s = nodes.Open();
  if (s.ok()) s = edges.Open();
  if (s.ok()) s = io_internal::WriteCsvNodes(g, nodes.stream());
  if (s.ok()) s = io_internal::WriteCsvEdges(g, edges.stream());
  if (s.ok()) s = nodes.Finish();
  if (s.ok()) s = edges.Finish();
  if (s.ok()) s = nodes.Commit();
  if (s.ok()) s = edges.Commit();
  return s;
}

}  // namespace actorgraph
