#include "triggers.h"

#include <algorithm>

#include "morphology.h"
#include "rules.h"
#include "text.h"
#include "tsv.h"

namespace sg::extract {

std::string plural_of(const std::string& noun) {
  const std::size_t n = noun.size();
  auto ends = [&](std::string_view s) { return n >= s.size() && noun.compare(n - s.size(), s.size(), s) == 0; };
  if (n == 0 || ends("s")) return noun;  // "talks", "sanctions", "arms"
  if (ends("x") || ends("z") || ends("ch") || ends("sh") || ends("o")) return noun + "es";
  if (ends("y") && n >= 2 && std::string_view("aeiou").find(noun[n - 2]) == std::string_view::npos)
    return noun.substr(0, n - 1) + "ies";
  return noun + "s";
}

namespace {

bool parse_cue(const std::string& text, Vocabulary& vocabulary, std::vector<Trigger::Cue>& out, std::string& error) {
  for (auto part : text::split(text, ";")) {
    std::string_view cue = text::trim(part);
    if (cue.empty()) continue;
    Trigger::Cue c;
    auto words = [&](std::string_view list) {
      for (auto w : text::split(list, "|")) {
        auto t = text::trim(w);
        if (!t.empty()) c.words.push_back(vocabulary.add(text::fold(t)));
      }
      return !c.words.empty();
    };
    if (cue == "object=place") c.kind = Trigger::Cue::Kind::ObjectPlace;
    else if (cue == "object=actor") c.kind = Trigger::Cue::Kind::ObjectActor;
    else if (cue == "object=institution") c.kind = Trigger::Cue::Kind::ObjectInstitution;
    else if (cue == "subject=person") c.kind = Trigger::Cue::Kind::SubjectPerson;
    else if (cue == "subject=force") c.kind = Trigger::Cue::Kind::SubjectForce;
    else if (cue == "subject=several") c.kind = Trigger::Cue::Kind::SubjectSeveral;
    else if (cue.starts_with("object=") && words(cue.substr(7))) c.kind = Trigger::Cue::Kind::ObjectWords;
    else if (cue.starts_with("after=") && words(cue.substr(6))) c.kind = Trigger::Cue::Kind::After;
    else if (cue.starts_with("subject=") && words(cue.substr(8))) c.kind = Trigger::Cue::Kind::SubjectWords;
    else {
      error = "unknown cue '" + std::string(cue) +
              "' (use object=place, object=actor, object=institution, object=WORD|..., after=WORD|..., subject=person, subject=force, subject=several, subject=WORD|...)";
      return false;
    }
    out.push_back(std::move(c));
  }
  return true;
}

}  // namespace

bool TriggerLexicon::read(const std::string& path, const std::vector<std::string>& event_types,
                          const Morphology* morphology, Vocabulary& vocabulary, std::vector<Diagnostic>& diagnostics) {
  TsvTable table;
  if (!read_tsv(path, {"lemma", "pos", "event", "cameo", "target"}, table, diagnostics)) return false;
  bool ok = true;
  auto fail = [&](const TsvRow& row, std::string_view column, std::string message) {
    diagnostics.push_back(table.error(row, column, std::move(message)));
    ok = false;
  };
  for (const auto& row : table.rows) {
    Trigger t;
    t.file = path;
    t.line = row.line;
    t.lemma = text::fold(text::trim(table.cell(row, "lemma")));
    const std::string& pos = table.cell(row, "pos");
    if (pos == "verb") t.pos = Trigger::Pos::Verb;
    else if (pos == "noun") t.pos = Trigger::Pos::Noun;
    else if (pos == "adj") t.pos = Trigger::Pos::Adjective;
    else if (pos == "light") t.pos = Trigger::Pos::Light;
    else {
      fail(row, "pos", "unknown pos '" + pos + "' (use verb, noun, adj or light)");
      continue;
    }
    t.event = table.cell(row, "event");
    if (t.event == "-") {
      t.event.clear();
      if (t.pos != Trigger::Pos::Light) {
        fail(row, "event", "only a light verb has no event ('-')");
        continue;
      }
    } else if (t.event != "NONE" && std::find(event_types.begin(), event_types.end(), t.event) == event_types.end()) {
      fail(row, "event", "unknown event type '" + t.event + "'");
      continue;
    }
    t.cameo = table.cell(row, "cameo");
    const std::string& target = table.cell(row, "target");
    if (target == "none") t.no_target = true;
    else if (target != "-")
      for (auto p : text::split(target, "/")) t.target_after.push_back(text::fold(text::trim(p)));
    std::string error;
    if (!parse_cue(table.cell(row, "when"), vocabulary, t.when, error)) {
      fail(row, "when", error);
      continue;
    }
    std::vector<std::string> words;
    for (const auto& tok : tokenize(t.lemma))
      if (tok.kind != Token::Kind::Quote) words.push_back(tok.norm);
    if (words.empty()) {
      fail(row, "lemma", "empty lemma");
      continue;
    }
    for (std::size_t k = 1; k < words.size(); ++k) t.rest.push_back(vocabulary.add(words[k]));
    if (t.pos == Trigger::Pos::Noun && words.size() > 1) t.rest_plural = vocabulary.add(plural_of(words.back()));
    const auto index = static_cast<std::uint32_t>(entries_.size());
    const bool guard_phrase = t.event == "NONE" && !t.rest.empty();
    auto add = [&](const std::string& form, VerbForm f, bool plural) {
      const std::uint32_t id = vocabulary.add(form);
      if (guard_phrase) {
        if (guard_starts_.size() <= id) guard_starts_.resize(id + 1, false);
        guard_starts_[id] = true;
      }
      if (by_word_.size() <= id) by_word_.resize(id + 1);
      auto& list = by_word_[id];
      for (const auto& x : list)
        if (x.entry == index && x.form == f && x.plural == plural) return;
      list.push_back({index, f, plural});
    };
    const std::string& head = words.front();
    if (t.pos == Trigger::Pos::Verb || t.pos == Trigger::Pos::Light) {
      // The first word inflects: "cracked down", "pulls out".
      for (const auto& [form, kind] : verb_forms(morphology, {head})) add(form, kind, false);
    } else if (t.pos == Trigger::Pos::Noun && words.size() == 1) {
      // The head of a one-word noun inflects; "phone call" is matched by its words.
      add(head, VerbForm::Other, false);
      add(plural_of(head), VerbForm::Other, true);
    } else {
      add(head, VerbForm::Other, false);
    }
    entries_.push_back(std::move(t));
  }
  return ok;
}

}  // namespace sg::extract
