// ner: states, organizations, people and treaties; resolve: node ids.
#ifndef ACTORGRAPH_NER_H_
#define ACTORGRAPH_NER_H_

#include <memory>
#include <string>
#include <vector>

#include "actorgraph/status.h"
#include "actorgraph/types.h"

namespace actorgraph {

// Gazetteers and entity patterns (rules/gazetteers/*.tsv, rules/entities/*),
// compiled once, immutable, shared by threads.
class EntityRecognizer {
 public:
  virtual ~EntityRecognizer() = default;
  static Result<std::shared_ptr<const EntityRecognizer>> Load(const std::string& rules_dir,
                                                              std::vector<Diagnostic>* diags);
  // Entity mentions of an analyzed document, sorted by span. `dates` are the
  // date mentions already found (never taken as names). Mentions may nest
  // ("Council of Europe" inside "Budapest Convention of the Council of Europe";
  // "U.S." inside "U.S. State Department"). Gazetteer mentions already carry
  // their entity id (the entry valid at doc.date when an alias is shared); a
  // capital is emitted only where it acts for its state ("Moscow argued", not
  // "in Moscow"). `rule` names the recognizer ("gazetteer", "person.title",
  // "org.keyword-of", "treaty.described", ...); persons carry their `role`.
  virtual std::vector<Mention> Find(const Document& doc,
                                    const std::vector<Mention>& dates) const = 0;
  // Gives every mention its node id and canonical label: aliases, demonyms and
  // capitals to their state, surname-only mentions to the full name, "the
  // pact" / "the Convention" to the treaty last named, validity dates against
  // doc.date. Mentions that resolve to nothing are removed. "both countries"
  // is not a mention: the relation rules name the states themselves.
  virtual void Resolve(const Document& doc, std::vector<Mention>* mentions) const = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_NER_H_
