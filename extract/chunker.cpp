#include "chunker.h"

#include <algorithm>
#include <array>
#include <mutex>
#include <optional>
#include <shared_mutex>

#include "clauses.h"
#include "dates.h"
#include "text.h"

namespace sg::extract {

// A string in a hot loop (a token's norm, mostly) is compared with a literal
// as a string_view ("of"sv): the length is known, so most tests end at the
// size, where std::string's operator== with a C string (GCC 12) calls
// strlen() and compare() each time.
using namespace std::string_view_literals;

bool is_actor_type(EntityType type) { return type != EntityType::Place; }

namespace {

// One person's mention, not a list and not a copied subject.
bool one_person(const Item& it) {
  return it.kind == Item::Kind::Entity && it.keys.size() == 1 && it.types[0] == EntityType::Person && !it.shared;
}

// items[from, person) join the person's mention ("Mr", "S", "analyst");
// returns where the mention now is.
std::size_t join_into_person(std::vector<Item>& items, std::size_t from, std::size_t person) {
  if (from == person) return person;
  items[person].tb = items[from].tb;
  items.erase(items.begin() + static_cast<long>(from), items.begin() + static_cast<long>(person));
  return from;
}

std::string_view surface(std::string_view text, const std::vector<Token>& tokens, std::size_t tb, std::size_t te) {
  if (tb >= te) return {};
  return text.substr(tokens[tb].begin, tokens[te - 1].end - tokens[tb].begin);
}

Item make_item(Item::Kind kind, std::size_t tb, std::size_t te) {
  Item item;
  item.kind = kind;
  item.tb = tb;
  item.te = te;
  return item;
}

// The same, built in place at the end of `items`: an Item is some 250 bytes
// of strings and vectors, and moving a finished one in (then destroying the
// husk) cost base_items() about 140 instructions an item, 28M of its 175M
// on the 1 MB corpus.
Item& add_item(std::vector<Item>& items, Item::Kind kind, std::size_t tb, std::size_t te) {
  Item& item = items.emplace_back();
  item.kind = kind;
  item.tb = tb;
  item.te = te;
  return item;
}

// Replaces items[s, e) by one mention of the entity `key` (of one type, no
// metonym) that `source` found; the new item.
Item& mention_over(std::vector<Item>& items, std::size_t s, std::size_t e, const std::string& key, EntityType type,
                   Mention::Source source) {
  Item item = make_item(Item::Kind::Entity, items[s].tb, items[e - 1].te);
  item.source = source;
  // One push each: a braced list copies the key into the list, then again
  // into the vector.
  item.keys.push_back(key);
  item.types.push_back(type);
  item.metonyms.emplace_back();
  // In the place of the first item, the rest erased: the items after move
  // down once, not down and back up again.
  items[s] = std::move(item);
  items.erase(items.begin() + static_cast<long>(s) + 1, items.begin() + static_cast<long>(e));
  return items[s];
}

}  // namespace

bool Chunker::capital_is_name(const Item& item) const {
  // (month_from_name() turns most words away by length and initial.)
  if (in(item, rules_.builtin.stop) || month_from_name(item.norm)) return false;
  return true;
}

void Chunker::note_gates(const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  // A word's senses are its classes: Lexicon::add_sense() sets the bit in()
  // reads with each one. The gate of each class, by class id, once.
  if (gate_of_class_.empty()) {
    const std::pair<int, Gate> gates[] = {
        {b.org_head, kOrgHead},         {b.company_suffix, kCompanySuffix},
        {b.lower_head, kLowerHead},     {b.owned_body_head, kOwnedBodyHead},
        {b.group_noun, kGroupNoun},     {rules_.if_defined.crowd_noun, kCrowdNoun},
        {rules_.if_defined.ethnic, kEthnic}, {b.refer_org, kReferOrg},
        {b.place_suffix, kPlaceSuffix},     {b.place_head, kPlaceHead},
        {b.refer_government, kReferGovernment}, {b.refer_state, kReferState}};
    gate_of_class_.assign(rules_.lexicon.size(), 0);
    for (const auto& [word_class, gate] : gates) {
      if (word_class < 0) continue;  // a class the lexicon lacks: no word is in it
      const auto at = static_cast<std::size_t>(word_class);
      if (at >= gate_of_class_.size()) gate_of_class_.resize(at + 1, 0);
      gate_of_class_[at] |= gate;
    }
  }
  gates_ = 0;
  for (const auto& t : tokens)
    for (const WordSense& sense : rules_.lexicon.senses(t.word))
      if (sense.word_class < gate_of_class_.size()) gates_ |= gate_of_class_[sense.word_class];
}

std::size_t Chunker::name_after_of(const std::vector<Item>& items, std::size_t of) const {
  if (of >= items.size() || items[of].norm != "of"sv) return 0;
  std::size_t e = 0;
  for (std::size_t q = of + 1; q < items.size(); ++q) {
    if (is_name_word(items[q]) && !in(items[q], rules_.builtin.org_head_stop)) {
      e = q + 1;
      continue;
    }
    if (items[q].kind == Item::Kind::Adjective && items[q].upper && q + 1 < items.size() && is_name_word(items[q + 1]))
      continue;
    break;
  }
  return e;
}

const std::string& Chunker::add_entity(Entity&& entity) {
  // The key's place, found once for the test and the insertion.
  auto it = entities_.lower_bound(entity.key);
  if (it == entities_.end() || it->first != entity.key) {
    std::string key = entity.key;
    return entities_.emplace_hint(it, std::move(key), std::move(entity))->first;
  }
  Entity& e = it->second;
  for (auto& a : entity.alt_labels)
    if (a != e.label && std::find(e.alt_labels.begin(), e.alt_labels.end(), a) == e.alt_labels.end())
      e.alt_labels.push_back(std::move(a));
  for (auto& p : entity.positions)
    if (std::find(e.positions.begin(), e.positions.end(), p) == e.positions.end()) e.positions.push_back(std::move(p));
  if (e.located_in.empty()) e.located_in = std::move(entity.located_in);
  return e.key;
}

std::string Chunker::state_code(const std::string& key) const {
  std::string k = key;
  for (int depth = 0; depth < 6 && !k.empty(); ++depth) {
    if (k.starts_with("state/")) return text::fold(std::string_view(k).substr(6));
    auto it = entities_.find(k);
    if (it == entities_.end()) return {};
    k = !it->second.force_of.empty() ? it->second.force_of : it->second.part_of;
  }
  return {};
}

const std::string& Chunker::use_entry(std::uint32_t index) {
  const std::string& key = gaz_.key(index);
  // Once an entity of that key is in the table it stays there: remember so.
  if (in_table_.empty()) in_table_.assign(gaz_.entries().size(), false);
  if (in_table_[index]) return key;
  const EntryTemplate& t = templates_[index];
  if (t.nationality != EntryTemplate::kNone) nationality_[key] = t.nationality;
  // Where the key is, or would go: one look-up serves the test and the
  // insertion (a map's iterators outlive insertions elsewhere).
  auto at = entities_.lower_bound(key);
  auto here = [&] { return at != entities_.end() && at->first == key; };
  if (here()) {
    in_table_[index] = true;
    return key;
  }
  for (auto r : t.refers_to) use_entry(r);
  // The first person of the report with that surname keeps it.
  if (!t.surname.empty()) ctx_.alias(t.surname, key, false);
  in_table_[index] = true;
  // The entries referred to went in first, so the place is looked up again.
  if (!t.refers_to.empty()) at = entities_.lower_bound(key);
  // The entity is new to the table (unless an entry it refers to shares its
  // key): it goes in at its place, copied once from the template, rather
  // than through add_entity(), which would look the key up again and move
  // the copy once more (use_entry 38M -> 28M instructions on the 1 MB corpus).
  if (here()) {
    if (!learning_) return add_entity(Entity(t.entity));
    return at->first;  // a lean entity adds nothing to one already there
  }
  if (!learning_) return entities_.emplace_hint(at, key, t.entity)->first;
  // Built in its node: no empty entity moved in and destroyed (5,300 a run).
  Entity& lean = entities_.try_emplace(at, key)->second;
  lean.key = key;
  lean.type = t.entity.type;
  lean.part_of = t.entity.part_of;  // state_code() reads them
  lean.force_of = t.entity.force_of;
  return lean.key;
}

namespace {

// A listed person's surname as the report would write it alone, and its
// folded words: "Barrack", "von der Leyen", "Xi" (family name first in
// Chinese, Korean and Vietnamese names). Empty for a one-word name.
std::pair<std::vector<std::string>, std::string> surname_of(const GazetteerEntry& person, const RuleSet& rules) {
  std::vector<std::string> words, surfaces;
  for (const auto& t : tokenize(person.label))
    if (t.kind == Token::Kind::Word) {
      words.push_back(t.norm);
      surfaces.push_back(person.label.substr(t.begin, t.end - t.begin));
    }
  while (!words.empty() && (words.back() == "jr" || words.back() == "sr" || words.back() == "ii" || words.back() == "iii")) {
    words.pop_back();
    surfaces.pop_back();
  }
  if (words.size() < 2) return {};
  static const std::array<const char*, 5> family_first{"CN", "TW", "KP", "KR", "VN"};
  if (std::find(family_first.begin(), family_first.end(), person.part_of) != family_first.end())
    return {{words.front()}, surfaces.front()};
  std::size_t first = words.size() - 1;
  for (std::size_t q = 1; q + 1 < words.size(); ++q)
    if (rules.lexicon.in(words[q], rules.builtin.particle)) {
      first = q;
      break;
    }
  std::string shown;
  for (std::size_t q = first; q < surfaces.size(); ++q) shown += (q > first ? " " : "") + surfaces[q];
  return {std::vector<std::string>(words.begin() + static_cast<long>(first), words.end()), shown};
}

}  // namespace

std::vector<EntryTemplate> entry_templates(const Gazetteer& gazetteer, const RuleSet& rules) {
  const auto& entries = gazetteer.entries();
  std::vector<EntryTemplate> out(entries.size());
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    const GazetteerEntry& g = entries[i];
    EntryTemplate& t = out[i];
    Entity& e = t.entity;
    e.key = gazetteer.key(i);
    e.type = g.type;
    e.label = g.label;
    for (const auto& n : g.names)
      if (n != g.label && std::find(e.alt_labels.begin(), e.alt_labels.end(), n) == e.alt_labels.end())
        e.alt_labels.push_back(n);
    e.iso3166 = g.iso3166;
    // A reference is the key of the entry it names, which is used first.
    auto ref = [&](const std::string& id) -> std::string {
      if (id.empty()) return {};
      const GazetteerEntry* target = gazetteer.find(id);
      if (!target) return {};
      auto index = static_cast<std::uint32_t>(target - entries.data());
      t.refers_to.push_back(index);
      return gazetteer.key(index);
    };
    if (g.type == EntityType::Organization || g.type == EntityType::ArmedForce) {
      e.org_kind = g.kind;
      std::string parent = ref(g.part_of);
      const GazetteerEntry* p = gazetteer.find(g.part_of);
      if (g.type == EntityType::ArmedForce && p && p->type == EntityType::State) e.force_of = parent;
      else e.part_of = parent;
    }
    if (g.type == EntityType::Place) e.located_in = ref(g.located_in);
    if (g.type == EntityType::Person) {
      if (const GazetteerEntry* state = gazetteer.find(g.part_of); state && state->type == EntityType::State)
        t.nationality = static_cast<std::uint32_t>(state - entries.data());
      auto [words, shown] = surname_of(g, rules);
      t.surname = std::move(words);
      if (!shown.empty() && shown != e.label &&
          std::find(e.alt_labels.begin(), e.alt_labels.end(), shown) == e.alt_labels.end())
        e.alt_labels.push_back(shown);
    }
  }
  return out;
}

KnownPeople::KnownPeople(const std::vector<KnownPerson>& people) { add(people); }

KnownPeople::Lock::Lock() {
  pthread_rwlockattr_t attr;
  pthread_rwlockattr_init(&attr);
  pthread_rwlockattr_setkind_np(&attr, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
  pthread_rwlock_init(&rw_, &attr);
  pthread_rwlockattr_destroy(&attr);
}
KnownPeople::Lock::~Lock() { pthread_rwlock_destroy(&rw_); }
void KnownPeople::Lock::lock_shared() { pthread_rwlock_rdlock(&rw_); }
void KnownPeople::Lock::unlock_shared() { pthread_rwlock_unlock(&rw_); }
void KnownPeople::Lock::lock() { pthread_rwlock_wrlock(&rw_); }
void KnownPeople::Lock::unlock() { pthread_rwlock_unlock(&rw_); }

void KnownPeople::add(const std::vector<KnownPerson>& people) {
  // The names' words, before the readers are kept waiting.
  std::vector<std::vector<std::vector<std::string>>> names(people.size());
  for (std::size_t k = 0; k < people.size(); ++k)
    for (const auto& name : people[k].names) {
      std::vector<std::string> words;
      for (const auto& t : tokenize(name))
        if (t.kind != Token::Kind::Quote) words.push_back(t.norm);
      if (!words.empty() && words.size() <= kMaxWords) names[k].push_back(std::move(words));
    }
  std::unique_lock lock(lock_);
  for (std::size_t k = 0; k < people.size(); ++k) add_held(people[k], names[k]);
}

void KnownPeople::add_held(const KnownPerson& p, const std::vector<std::vector<std::string>>& names) {
  // The label of the earliest mention, as the graph keeps the label minted first.
  auto [it, added] = people_.try_emplace(p.key);
  if (added || p.rank < it->second.second) {
    it->second.first.key = p.key;
    it->second.first.type = EntityType::Person;
    it->second.first.label = p.label;
    it->second.second = p.rank;
  }
  for (const auto& words : names) {
    first_words_.insert(word_hash(words.front()));
    auto& same_hash = names_[name_hash(words)];
    auto entry = std::find_if(same_hash.begin(), same_hash.end(), [&](const Name& n) { return n.words == words; });
    if (entry == same_hash.end()) entry = same_hash.insert(same_hash.end(), Name{words, {}});
    auto& who = entry->who;  // by key
    auto same = std::lower_bound(who.begin(), who.end(), p.key,
                                 [](const auto& x, const std::string& key) { return x.first < key; });
    bool lower = same == who.end() || same->first != p.key || p.rank < same->second;
    if (same != who.end() && same->first == p.key) same->second = std::min(same->second, p.rank);
    else who.emplace(same, p.key, p.rank);
    // What find() answers changes only when this name gets a key, or a key
    // gets a lower rank: only then can changed_since() need to know.
    if (lower) {
      std::vector<std::string> prefix(words.begin(), words.begin() + static_cast<long>(std::min<std::size_t>(2, words.size())));
      prefixes_[name_hash(prefix)].emplace_back(p.rank, words.size());
    }
  }
}

std::optional<std::string> KnownPeople::Reading::find(const std::vector<std::string_view>& words, std::uint64_t hash,
                                                      std::size_t before) const {
  auto it = people_.names_.find(hash);
  if (it == people_.names_.end()) return std::nullopt;
  for (const auto& name : it->second) {
    if (!std::equal(name.words.begin(), name.words.end(), words.begin(), words.end())) continue;
    for (const auto& [key, rank] : name.who)
      if (rank < before) return key;
  }
  return std::nullopt;
}

bool KnownPeople::Reading::starts_name(std::uint64_t word_hash) const {
  return people_.first_words_.count(word_hash) > 0;
}

bool KnownPeople::changed_since(const PeopleLookups& lookups, std::size_t from, std::size_t before) const {
  std::shared_lock lock(lock_);
  auto since = [&](std::size_t rank) { return rank >= from && rank < before; };
  for (const auto& asked : lookups.names)
    if (auto it = prefixes_.find(asked.prefix); it != prefixes_.end())
      for (const auto& [rank, words] : it->second)
        if (since(rank) && words >= asked.min_words) return true;
  for (const auto& key : lookups.keys)
    if (auto it = people_.find(key); it != people_.end() && since(it->second.second)) return true;
  return false;
}

std::optional<Entity> KnownPeople::Reading::entity(const std::string& key, std::size_t before) const {
  auto it = people_.people_.find(key);
  if (it == people_.people_.end() || it->second.second >= before) return std::nullopt;
  return it->second.first;
}

void Chunker::base_items(std::string_view text, const std::vector<Token>& tokens, const std::vector<TimeExpr>& times,
                         std::vector<Item>& items) {
  // The known people, for this sentence.
  std::optional<KnownPeople::Reading> known;
  if (ctx_.known) known.emplace(*ctx_.known);
  items.clear();
  items.reserve(tokens.size());
  const auto& b = rules_.builtin;
  std::size_t i = 0, next_time = 0;
  // A slipped title introduces a name, a capitalised word after it: none
  // can start at or after the sentence's last one, nor at a punctuation mark
  // (misspelt_title_at() 19.0M -> 16.4M instructions on the 1 MB corpus).
  // (Found from the end, where the search stops at the first capital.)
  std::size_t last_capital = 0;
  for (std::size_t t = tokens.size(); t > 0; --t)
    if (tokens[t - 1].kind == Token::Kind::Word && tokens[t - 1].upper) {
      last_capital = t - 1;
      break;
    }
  while (i < tokens.size()) {
    const Token& tok = tokens[i];
    while (next_time < times.size() && times[next_time].tb < i) ++next_time;
    // No name runs into a time expression: "September" starts "September 4".
    const std::size_t name_limit = next_time < times.size() ? times[next_time].tb : tokens.size();
    if (tok.kind == Token::Kind::Quote) {
      ++i;
      continue;
    }
    // Times: the time layer's expressions (find_times), one item each.
    if (next_time < times.size() && times[next_time].tb == i) {
      const TimeExpr& t = times[next_time++];
      Item& item = add_item(items, Item::Kind::Date, t.tb, t.te);
      item.dates = t.dates;
      item.date_unresolved = t.unresolved;
      item.weekday = static_cast<std::int8_t>(t.weekday);
      item.year_inferred = t.year_inferred;
      i = t.te;
      continue;
    }
    // Names: the gazetteer, and what this report defined itself.
    GazetteerMatch& gm = match_;
    gaz_.longest_at(tokens, i, gm);
    if (gm.end > name_limit) gm.end = i;
    // "the UN Security Council": a name with its article ("the UN") yields
    // to a longer one that starts after the article.
    if (gm.end > i + 1 && tokens[i].norm == "the"sv) {
      GazetteerMatch& after = match_after_article_;
      gaz_.longest_at(tokens, i + 1, after);
      if (after.end > gm.end && after.end <= name_limit) gm.end = i;
    }
    std::size_t alias_end = i;
    std::string alias_key;
    // The longest alias starting here: one map lookup per length, in what
    // the report defined, else in the people earlier reports named.
    bool gaz_has_name = false;
    for (auto* s : gm.senses) gaz_has_name |= s->kind == NameSense::Kind::Name;
    // Most capitalised words start no alias and no known name: then only
    // what `build -j` records of the known people's questions is left.
    const std::uint64_t first = token_hash(tokens[i]);
    const bool alias_start = tokens[i].upper && ctx_.starts_alias(first);
    const bool known_start = tokens[i].upper && known && known->starts_name(first);
    if (tokens[i].upper && (alias_start || known_start || ctx_.record)) {
      std::size_t longest = std::max(ctx_.longest_alias, known ? KnownPeople::kMaxWords : 0);
      std::vector<std::string_view>& words = words_;
      words.clear();
      std::uint64_t hash = kNameHashSeed, two_words = 0;
      bool noted_two = false;
      for (std::size_t n = 1; n <= longest && i + n <= name_limit; ++n) {
        words.push_back(tokens[i + n - 1].norm);
        hash = name_hash_step(hash, token_hash(tokens[i + n - 1]));
        if (const std::string* key = alias_start ? ctx_.find_alias(words, hash) : nullptr) {
          alias_end = i + n;
          alias_key = *key;
          continue;
        }
        if (!known || n > KnownPeople::kMaxWords) continue;
        // A surname an earlier report taught is not the end of a longer name
        // written here ("Abderaman Koulamallah"): the title pattern reads that.
        if (n == 1 && i > 0 && tokens[i - 1].kind == Token::Kind::Word && tokens[i - 1].upper &&
            !rules_.lexicon.in(tokens[i - 1].word, rules_.builtin.stop))
          continue;
        // The answer matters only if the name reaches past the gazetteer's
        // match, or as far as one that names nothing. A name of two words
        // or more is noted by its first two (as KnownPeople indexes them
        // for changed_since()): one note covers every length.
        if (n == 2) two_words = hash;
        if (ctx_.record && (i + n > gm.end || (i + n == gm.end && !gaz_has_name)) && !(n >= 2 && noted_two)) {
          ctx_.record->names.push_back({n == 1 ? hash : two_words, static_cast<std::uint8_t>(n)});
          noted_two = n >= 2;
        }
        auto key = known_start ? known->find(words, hash, ctx_.rank) : std::nullopt;
        if (!key) continue;
        alias_end = i + n;
        alias_key = *key;
      }
    }
    if (!alias_key.empty() && (alias_end > gm.end || (alias_end == gm.end && !gaz_has_name))) {
      auto it = entities_.find(alias_key);
      if (it == entities_.end() && known && ctx_.record) ctx_.record->keys.push_back(alias_key);
      if (it == entities_.end() && known)
        if (auto k = known->entity(alias_key, ctx_.rank)) {
          add_entity(std::move(*k));
          it = entities_.find(alias_key);
        }
      // "the Bush administration", "the Trump campaign": a person's name
      // before the lower-case head of a body names that body, not the person.
      if (it != entities_.end() && it->second.type == EntityType::Person && alias_end < tokens.size() &&
          tokens[alias_end].kind == Token::Kind::Word && !tokens[alias_end].upper &&
          rules_.lexicon.in(tokens[alias_end].word, b.org_head))
        it = entities_.end();
      if (it != entities_.end()) {
        Item& item = add_item(items, Item::Kind::Entity, i, alias_end);
        item.source = Mention::Source::Alias;
        item.keys.push_back(std::move(alias_key));
        item.types.push_back(it->second.type);
        item.metonyms.emplace_back();
        i = alias_end;
        continue;
      }
    }
    if (gm.end > i) {
      const NameSense* name = nullptr;
      const NameSense* adjective = nullptr;
      const NameSense* plural = nullptr;
      const NameSense* title = nullptr;
      const NameSense* region = nullptr;
      auto rank = [&](const NameSense* s) {
        switch (gaz_.entries()[s->index].type) {
          case EntityType::State: return 0;
          case EntityType::ArmedForce: return 1;
          case EntityType::Organization: return 2;
          case EntityType::Person: return 3;
          case EntityType::Place: return 4;
          default: return 5;
        }
      };
      for (auto* s : gm.senses) {
        switch (s->kind) {
          case NameSense::Kind::Name:
            if (!name || rank(s) < rank(name)) name = s;
            break;
          case NameSense::Kind::Adjective: adjective = s; break;
          case NameSense::Kind::Plural: plural = s; break;
          case NameSense::Kind::Title: title = s; break;
          case NameSense::Kind::RegionAdjective: region = s; break;
        }
      }
      // "Chinese" is an adjective before a noun and the people (the state)
      // before a verb or punctuation.
      if (adjective && plural) {
        bool noun_follows = gm.end < tokens.size() && tokens[gm.end].kind == Token::Kind::Word &&
                            !rules_.lexicon.in(tokens[gm.end].word, b.aux) &&
                            !rules_.lexicon.in(tokens[gm.end].word, b.neg) &&
                            !rules_.lexicon.in(tokens[gm.end].word, b.adverb) &&
                            !rules_.lexicon.in(tokens[gm.end].word, b.modal_future) &&
                            !rules_.lexicon.in(tokens[gm.end].word, b.modal_hypothetical);
        bool compound = gm.end < tokens.size() && tokens[gm.end].norm == "-"sv && tokens[gm.end].glued;  // "French-led"
        if (noun_follows || compound) plural = nullptr;
        else adjective = nullptr;
      }
      if (name || plural) {
        const NameSense* s = name ? name : plural;
        const GazetteerEntry& g = gaz_.entries()[s->index];
        Item& item = add_item(items, Item::Kind::Entity, i, gm.end);
        item.source = Mention::Source::Gazetteer;
        item.keys.push_back(use_entry(s->index));
        item.types.push_back(g.type);
        item.plural = !name;
        std::string& metonym = item.metonyms.emplace_back();
        if (!g.metonym_of.empty())
          if (const GazetteerEntry* st = gaz_.find(g.metonym_of))
            metonym = use_entry(static_cast<std::uint32_t>(st - gaz_.entries().data()));
        i = gm.end;
        continue;
      }
      if (title || adjective || region) {
        Item& item = add_item(items, title ? Item::Kind::Title : Item::Kind::Adjective, i, gm.end);
        item.ref = (title ? title : adjective ? adjective : region)->index;
        item.region_adjective = !title && !adjective;
        item.upper = tok.upper;
        i = gm.end;
        continue;
      }
    }
    // "Pakistan Prime Minster Imran Khan", "State Department spokeman
    // Matthew Miller": a title with a slip of the pen before a name (the
    // learning pass runs no morphology: it reads only the anchored slips).
    if (gm.end == i && tok.kind == Token::Kind::Word && i < last_capital)
      if (auto slip = gaz_.misspelt_title_at(tokens, i, name_limit, !learning_)) {
        Item& item = add_item(items, Item::Kind::Title, i, slip->end);
        item.ref = slip->title;
        item.norm = std::move(slip->spelt);
        item.upper = tok.upper;
        i = slip->end;
        continue;
      }
    std::optional<long long> number = token_number(tok);
    if (!number && rules_.lexicon.in(tok.word, b.number_word)) {
      number = rules_.lexicon.value(tok.word);
      // "Five hundred rebels", "two thousand troops", "3 thousand": one count.
      if (number && (*number == 100 || *number == 1000) && !items.empty() &&
          items.back().kind == Item::Kind::Number && items.back().te == i && items.back().number > 0 &&
          items.back().number < 1000) {
        items.back().number *= *number;
        items.back().te = i + 1;
        ++i;
        continue;
      }
    }
    const Item::Kind kind = number                           ? Item::Kind::Number
                            : tok.kind == Token::Kind::Punct ? Item::Kind::Punct
                                                             : Item::Kind::Word;
    Item& item = add_item(items, kind, i, i + 1);
    item.norm = tok.norm;
    item.word = tok.word;
    item.upper = tok.upper;
    if (number) item.number = *number;
    ++i;
  }
  (void)text;
}

void Chunker::acronyms(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens) {
  // Both steps need a bracket or an "or": most sentences have neither.
  if (std::none_of(items.begin(), items.end(), [](const Item& it) { return it.norm == "("sv || it.norm == "or"sv; }))
    return;
  for (std::size_t i = 0; i + 3 < items.size(); ++i) {
    Item& e = items[i];
    if (e.kind != Item::Kind::Entity || e.keys.size() != 1) continue;
    if (items[i + 1].norm != "("sv || items[i + 3].norm != ")"sv) continue;
    const Item& a = items[i + 2];
    std::string acronym;
    if (a.kind == Item::Kind::Word && tokens[a.tb].all_caps && a.norm.size() >= 2 && a.norm.size() <= 8) {
      acronym = a.norm;
    } else if (a.kind == Item::Kind::Entity && a.keys == e.keys) {
      // Already known under that name (the report defined it before, or
      // this is the second pass): it is still one of the entity's labels.
      if (a.te == a.tb + 1 && tokens[a.tb].all_caps) {
        Entity alias;
        alias.key = e.keys[0];
        alias.alt_labels.emplace_back(surface(text, tokens, a.tb, a.te));
        add_entity(std::move(alias));
      }
    } else {
      continue;
    }
    if (!acronym.empty()) {
      ctx_.alias({acronym}, e.keys[0], true);
      Entity alias;
      alias.key = e.keys[0];
      alias.alt_labels.emplace_back(surface(text, tokens, a.tb, a.te));
      add_entity(std::move(alias));
    }
    e.te = items[i + 3].te;
    items.erase(items.begin() + static_cast<long>(i) + 1, items.begin() + static_cast<long>(i) + 4);
  }
  // "the Presidency of Defense Industries, or SSB,": an acronym after a
  // comma and "or" names the body before it for the rest of the report; a
  // run of capitalised words no list holds, with "of", "for" or "on"
  // inside, that the report defines so is a body (states and places are
  // rarely given their acronym this way, and a person never).
  auto joiner = [](const Item& w) { return w.norm == "of"sv || w.norm == "for"sv || w.norm == "on"sv; };
  for (std::size_t i = 0; i + 4 < items.size(); ++i) {
    if (items[i + 1].norm != ","sv || items[i + 2].norm != "or"sv) continue;
    const Item& a = items[i + 3];
    const Item& after = items[i + 4];
    if (after.norm != ","sv && after.norm != "."sv && after.norm != ")"sv && after.norm != ";"sv) continue;
    const bool acronym_word =
        a.kind == Item::Kind::Word && tokens[a.tb].all_caps && a.norm.size() >= 2 && a.norm.size() <= 8;
    const bool acronym_known = a.kind == Item::Kind::Entity && a.te == a.tb + 1 && tokens[a.tb].all_caps;
    if (!acronym_word && !acronym_known) continue;
    std::size_t s = i;
    std::string key;
    if (items[i].kind == Item::Kind::Entity) {
      const EntityType type = items[i].keys.size() == 1 ? items[i].types[0] : EntityType::Place;
      if (type != EntityType::Organization && type != EntityType::ArmedForce) continue;
      key = items[i].keys[0];
    } else {
      if (!is_name_word(items[i])) continue;
      std::size_t words = 1;
      while (s > 0 && (is_name_word(items[s - 1]) || (joiner(items[s - 1]) && s >= 2 && is_name_word(items[s - 2])))) {
        words += is_name_word(items[s - 1]);
        --s;
      }
      if (joiner(items[s])) ++s;
      if (words < 2 || s == i || s == 0 || items[s - 1].norm != "the"sv) continue;
      Entity body;
      body.type = EntityType::Organization;
      body.label = text::squeeze_space(surface(text, tokens, items[s].tb, items[i].te));
      body.key = "org/" + slug(body.label);
      key = add_entity(std::move(body));
    }
    if (acronym_known && a.keys != std::vector<std::string>{key}) continue;
    if (acronym_word) ctx_.alias({a.norm}, key, true);
    Entity alias;
    alias.key = key;
    alias.alt_labels.emplace_back(surface(text, tokens, a.tb, a.te));
    add_entity(std::move(alias));
    // The mention spans the definition and its closing comma.
    const std::size_t end = after.norm == ","sv ? i + 5 : i + 4;
    if (s == i && items[i].kind == Item::Kind::Entity) {
      items[i].te = items[end - 1].te;
      items.erase(items.begin() + static_cast<long>(i) + 1, items.begin() + static_cast<long>(end));
    } else {
      mention_over(items, s, end, key, EntityType::Organization, Mention::Source::Name);
      i = s;
    }
  }
}

std::pair<std::size_t, std::size_t> Chunker::name_at(const std::vector<Item>& items, std::size_t k,
                                                    const std::vector<Token>& tokens, std::size_t max_words) const {
  const auto& b = rules_.builtin;
  // Capitalised words, with particles ("von der", "al-") inside.
  std::size_t m = k, last_name_word = k;
  std::size_t words = 0;
  while (m < items.size() && words < max_words) {
    const Item& w = items[m];
    // "Sofia Sapega", "Salvador Panelo": a first name that is also a city's.
    if (is_name_word(w) || (m == k && first_name_place(items, m))) {
      ++words;
      last_name_word = m + 1;
      ++m;
      continue;
    }
    // "Abdi Farah", "Ahmed Kabul": a place's one-word name right after a
    // name word no dictionary holds is a surname. (Not after a word of the
    // dictionary: "Green Kabul".)
    if (m > k && m == last_name_word && w.kind == Item::Kind::Entity && w.keys.size() == 1 && !w.types.empty() &&
        w.types[0] == EntityType::Place && w.te == w.tb + 1 && !tokens[w.tb].all_caps &&
        items[m - 1].te == items[m - 1].tb + 1 && tokens[items[m - 1].tb].lemma.empty() && is_name_word(items[m - 1])) {
      ++words;
      last_name_word = m + 1;
      ++m;
      continue;
    }
    // "Yang Chih-yuan", "Moon Jae-in": a lower-case syllable after a glued
    // hyphen goes on with the name.
    if (m > k && m == last_name_word + 1 && items[m - 1].norm == "-"sv && w.kind == Item::Kind::Word && !w.upper &&
        tokens[w.tb].glued && w.te == w.tb + 1 && tokens[w.tb].kind == Token::Kind::Word) {
      last_name_word = m + 1;
      ++m;
      continue;
    }
    bool particle = w.kind == Item::Kind::Word && in(w, b.particle) && m > k;
    bool hyphen = w.norm == "-"sv && tokens[w.tb].glued && m > k;
    if ((particle || hyphen) && m + 1 < items.size()) {
      ++m;
      continue;
    }
    break;
  }
  if (words == 0 || last_name_word <= k) return {k, 0};
  return {last_name_word, words};
}

bool Chunker::first_name_place(const std::vector<Item>& items, std::size_t k) const {
  const Item& w = items[k];
  return w.kind == Item::Kind::Entity && w.keys.size() == 1 && w.types[0] == EntityType::Place && w.te == w.tb + 1 &&
         k + 1 < items.size() && is_name_word(items[k + 1]);
}

bool Chunker::names_no_person(const std::vector<Item>& items, std::size_t k, std::size_t end,
                              const std::vector<Token>& tokens) const {
  const auto& b = rules_.builtin;
  // "the official CTK news agency": an acronym alone is nobody's name.
  if (end == k + 1 && items[k].te == items[k].tb + 1 && tokens[items[k].tb].all_caps) return true;
  for (std::size_t q = k; q < end; ++q)
    if (in(items[q], b.org_head) || in(items[q], b.place_suffix) || in(items[q], b.direction)) return true;
  return false;
}

const std::string& Chunker::mint_person(const std::vector<Item>& items, std::size_t k, std::size_t name_end,
                                        std::size_t words, const std::string& affiliation, std::string_view text,
                                        const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  std::string name(surface(text, tokens, items[k].tb, items[name_end - 1].te));
  Entity p;
  p.type = EntityType::Person;
  p.label = text::squeeze_space(name);
  // A person is known by name and by the state the position belongs
  // to: "Russian Ambassador John Smith" and "British Ambassador John
  // Smith" are two people.
  std::string state = state_code(affiliation);
  p.key = "person/" + (state.empty() ? "" : state + "/") + slug(p.label);
  const std::string& person = add_entity(std::move(p));
  // Later mentions by surname: "Zakharova", "von der Leyen".
  std::vector<std::string> all, tail;
  for (std::size_t q = items[k].tb; q < items[name_end - 1].te; ++q) all.push_back(tokens[q].norm);
  std::size_t first_particle = items[name_end - 1].tb;
  for (std::size_t q = k + 1; q < name_end; ++q)
    if (in(items[q], b.particle)) {
      first_particle = items[q].tb;
      break;
    }
  // The surname's tokens; "Xue Jian", "Lin Jian": Chinese, Korean and
  // Vietnamese names put the family name first.
  std::size_t surname_begin = first_particle, surname_end = items[name_end - 1].te;
  if (state == "cn"sv || state == "tw"sv || state == "kp"sv || state == "kr"sv || state == "vn"sv) {
    surname_begin = items[k].tb;
    surname_end = items[k].te;
  }
  for (std::size_t q = surname_begin; q < surname_end; ++q) tail.push_back(tokens[q].norm);
  ctx_.alias(std::move(all), person, true);
  if (words >= 2) {
    ctx_.alias(std::move(tail), person, true);
    // The surname is a name of the person in the graph too, which lets a
    // later report that names only "Youssef" find this node.
    Entity surname;
    surname.key = person;
    surname.alt_labels.emplace_back(text::squeeze_space(surface(text, tokens, surname_begin, surname_end)));
    add_entity(std::move(surname));
  }
  return person;
}

void Chunker::people(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  // "S Jaishankar", "J. Smith": an initial before a person's name is part of
  // the mention ("A" and "I" are words).
  auto initial = [](const Item& w) {
    return w.kind == Item::Kind::Word && w.upper && w.te == w.tb + 1 && w.norm.size() == 1 && w.norm != "a"sv &&
           w.norm != "i"sv;
  };
  for (std::size_t p = 1; p < items.size(); ++p) {
    if (!one_person(items[p])) continue;
    std::size_t q = p;
    if (p >= 2 && items[p - 1].norm == "."sv && initial(items[p - 2])) q = p - 2;
    else if (initial(items[p - 1])) q = p - 1;
    if (q < p) {  // the name as written is one of the person's names
      Entity written;
      written.key = items[p].keys[0];
      written.alt_labels.push_back(text::squeeze_space(surface(text, tokens, items[q].tb, items[p].te)));
      add_entity(std::move(written));
    }
    p = join_into_person(items, q, p);
  }
  official_written_.clear();
  for (std::size_t t = 0; t < items.size(); ++t) {
    if (items[t].kind != Item::Kind::Title) continue;
    const TitleEntry& entry = gaz_.titles()[items[t].ref];
    // The title as written starts at items[first]: "junta leader".
    std::size_t first = title_modifiers(items, t, 0, tokens);
    std::size_t start = first;
    std::string affiliation;
    // "Lebanon's new President": the body stands before adjectives that are
    // no part of the title too.
    std::size_t body_end = first;
    std::size_t acronym = items.size();
    while (body_end > 0 && plain_adjective(items[body_end - 1], tokens)) --body_end;
    if (body_end > 0) {
      std::size_t j = body_end - 1;
      bool possessive = items[j].norm == "'s"sv && j > 0;
      if (possessive) --j;
      const Item& a = items[j];
      if (a.kind == Item::Kind::Entity && a.keys.size() == 1 && a.types[0] != EntityType::Person &&
          !a.locative) {
        affiliation = a.metonyms[0].empty() ? a.keys[0] : a.metonyms[0];
        start = j;
      } else if (a.kind == Item::Kind::Adjective && !a.region_adjective && !possessive) {
        affiliation = use_entry(a.ref);
        start = j;
      } else if (a.kind == Item::Kind::Word && !possessive && a.te == a.tb + 1 && tokens[a.tb].all_caps &&
                 a.norm.size() >= 2) {
        acronym = j;  // read once a name follows
      }
    }
    // "a call by its founder Abdullah Ocalan": "its" or "their" stands for
    // the one body (or state) the sentence named before.
    if (affiliation.empty() && first > 0 && (items[first - 1].norm == "its"sv || items[first - 1].norm == "their"sv)) {
      std::set<std::string> bodies;
      for (std::size_t q = 0; q + 1 < first; ++q)
        if (items[q].kind == Item::Kind::Entity && items[q].keys.size() == 1 && !items[q].locative &&
            items[q].types[0] != EntityType::Person && items[q].types[0] != EntityType::Place &&
            items[q].types[0] != EntityType::ActorGroup)
          bodies.insert(items[q].metonyms[0].empty() ? items[q].keys[0] : items[q].metonyms[0]);
      if (bodies.size() == 1) {
        affiliation = *bodies.begin();
        start = first - 1;
      }
    }
    // The learning pass knows no labels: a body found by its head word
    // leaves the person's key alone, so that both passes mint the same.
    bool by_head = false;
    if (affiliation.empty() && first < t)
      // "Commission President Ursula von der Leyen", "army spokesperson Nabil
      // Abdallah": a body the report named before, by the last word of its name.
      if (std::string body = body_by_head(items[first]); !body.empty()) {
        affiliation = std::move(body);
        by_head = true;
        ++first;
      }
    // "chief Palestinian negotiator Saeb Erakat": a title word before the
    // body narrows the title after it.
    std::string lead;
    if (start > 0 && start < first && items[start - 1].kind == Item::Kind::Title) {
      --start;
      lead = text::fold(surface(text, tokens, items[start].tb, items[start].te)) + " ";
    }
    // "former President", "ex-president" (a prefix and a glued hyphen): the
    // title is no longer held.
    std::string former_word;
    if (start > 0 && in(items[start - 1], b.former)) {
      former_word = items[start - 1].norm + " ";
      --start;
    } else if (start > 1 && items[start - 1].norm == "-"sv && tokens[items[start - 1].tb].glued &&
               items[start - 2].kind == Item::Kind::Word && rules_.lexicon.in(items[start - 2].norm + "-", b.former)) {
      former_word = items[start - 2].norm + "-";
      start -= 2;
    }
    const bool former = !former_word.empty();
    std::string title = entry.title;
    std::size_t k = t + 1;
    while (k < items.size() && items[k].kind == Item::Kind::Title) ++k;
    // Ranks after the title: "Spokesperson Senior Colonel Shi Yi"; after a
    // comma, a rank opens an apposition: "Pakistan's army chief, Field
    // Marshal Asim Munir,".
    std::size_t comma = items.size();
    if (k + 2 < items.size() && items[k].norm == ","sv && items[k + 1].kind == Item::Kind::Title &&
        gaz_.titles()[items[k + 1].ref].office == TitleEntry::Office::Rank && (first < t || !affiliation.empty()))
      comma = k++;
    for (std::size_t m = k; m < items.size() && m < k + 3; ++m) {
      if (items[m].kind == Item::Kind::Title) {
        k = m + 1;
        while (k < items.size() && items[k].kind == Item::Kind::Title) ++k;
        break;
      }
      if (!is_name_word(items[m])) break;
    }
    std::string tail;  // " for the Middle East"
    // Where a post "to" a state began ("its ambassador to Spain"): the
    // object of an act on the envoy leaves it out (below).
    std::size_t post_at = items.size();
    // "Special Envoy for the Middle East", "President of Ukraine"
    if (k + 1 < items.size() && items[k].kind == Item::Kind::Word &&
        (items[k].norm == "for"sv || items[k].norm == "to"sv || items[k].norm == "on"sv || items[k].norm == "of"sv)) {
      std::size_t m = k + 1;
      if (m < items.size() && in(items[m], b.determiner)) ++m;
      // "deputy chief of Israel's militia": the body is the militia, not Israel.
      const bool possessed = m + 1 < items.size() && items[m + 1].norm == "'s"sv;
      if (m < items.size() && items[m].kind == Item::Kind::Entity && items[m].keys.size() == 1 &&
          items[m].types[0] != EntityType::Person && !possessed) {
        if (items[k].norm == "of"sv) {
          if (affiliation.empty()) affiliation = items[m].keys[0];
        } else {
          tail = " " + std::string(surface(text, tokens, items[k].tb, items[m].te));
          title += tail;
          if (items[k].norm == "to"sv && (items[m].types[0] == EntityType::State || !items[m].metonyms[0].empty()))
            post_at = k;  // a state, or its capital
        }
        k = m + 1;
      }
    }
    if (former) title = "former " + title;
    // The learning pass reads a position's title and body (for the one
    // holder of a position), never how it was written: it skips the spelling
    // (written_title() cost people() 7M instructions on the 1 MB corpus).
    std::string written;
    if (!learning_) written = written_title(former_word + lead, text, tokens, items[first].tb, items[t], tail, title);
    std::string person;
    std::size_t name_end = k;
    std::size_t name_words = 0;
    if (k < items.size() && items[k].kind == Item::Kind::Entity && items[k].keys.size() == 1 &&
        items[k].types[0] == EntityType::Person) {
      person = items[k].keys[0];
      name_end = k + 1;
    } else {
      auto [end, words] = name_at(items, k, tokens);
      if (words > 0 && !names_no_person(items, k, end, tokens)) {
        name_end = end;
        name_words = words;
      }
    }
    // "President Nicolás Maduro of Venezuela": the body after the name.
    std::size_t mention_end = name_end;
    if ((!person.empty() || name_words > 0) && affiliation.empty() && name_end + 1 < items.size() &&
        items[name_end].norm == "of"sv && items[name_end + 1].kind == Item::Kind::Entity &&
        items[name_end + 1].keys.size() == 1 &&
        (items[name_end + 1].types[0] == EntityType::State || items[name_end + 1].types[0] == EntityType::Organization)) {
      affiliation = items[name_end + 1].metonyms[0].empty() ? items[name_end + 1].keys[0] : items[name_end + 1].metonyms[0];
      mention_end = name_end + 2;
    }
    // The apposition after a comma closes with one, or ends the sentence.
    if (comma < items.size() && mention_end < items.size() && items[mention_end].norm != ","sv &&
        items[mention_end].norm != "."sv && items[mention_end].norm != ";"sv) {
      person.clear();
      name_words = 0;
    }
    if (acronym < items.size() && affiliation.empty() && (name_words > 0 || !person.empty())) {
      // "DNR head Denis Pushilin", "Taiwanese DPP legislator Puma Shen": an
      // acronym no list holds, before a title and a name, names the body
      // the title is in (of the state of an adjective before it).
      Entity body;
      body.type = EntityType::Organization;
      body.label = std::string(surface(text, tokens, items[acronym].tb, items[acronym].te));
      body.key = "org/" + slug(body.label);
      if (acronym > 0 && items[acronym - 1].kind == Item::Kind::Adjective && !items[acronym - 1].region_adjective)
        body.part_of = use_entry(items[acronym - 1].ref);
      affiliation = add_entity(std::move(body));
      start = std::min(start, acronym);
    }
    if (name_words > 0)
      person = mint_person(items, k, name_end, name_words, by_head ? std::string() : affiliation, text, tokens);
    if (!person.empty()) {
      // "Prime Minister Narendra Modi": an office of a state, with no body
      // named and nothing before the title, is held in the person's state.
      if (affiliation.empty() && entry.office == TitleEntry::Office::State && first == t)
        affiliation = person_state(person);
      // "China's foreign ministry warned ... Spokesman Lin Jian said": a
      // spokesperson of a known state speaks for the body of that state
      // that the paragraph or the one before named.
      if (affiliation.empty() && entry.office == TitleEntry::Office::Body && first == t)
        affiliation = recent_state_body(person_state(person));
      // "Islamabad's delegation, led by Defence Minister Khawaja Asif": the
      // office is held in the state whose side the holder leads.
      if (affiliation.empty() && entry.office == TitleEntry::Office::State && first == t)
        affiliation = led_state(items, start);
      Entity update;
      update.key = person;
      update.positions.push_back({title, affiliation, written});
      add_entity(std::move(update));
      mention_over(items, start, mention_end, person, EntityType::Person, Mention::Source::Title);
      t = start;
      continue;
    }
    if (comma < items.size()) k = comma;
    if (!affiliation.empty() && !former &&
        !(start > 0 && (items[start - 1].norm == "a"sv || items[start - 1].norm == "an"sv))) {
      // "the Russian president said": the one person the report named in
      // that position, if it named one.
      std::string holder;
      int holders = 0;
      for (const auto& [key, e] : entities_) {
        if (e.type != EntityType::Person) continue;
        for (const auto& p : e.positions)
          if (p.title == title && p.of == affiliation) {
            holder = key;
            ++holders;
            break;
          }
      }
      if (holders == 1) {
        if (start > 0 && in(items[start - 1], b.determiner)) --start;
        mention_over(items, start, k, holder, EntityType::Person, Mention::Source::Title);
        t = start;
        continue;
      }
    }
    // "his Nigerian lawyer said", "her French husband told": a role or kin
    // no office holds (PERSON_NOUN) that a person's possessive owns is that
    // person's; the state's adjective only says whose national they are, and
    // the state does not speak through them. ("a Saudi businessman sued",
    // with no owner, stays coded by nationality, as CAMEO codes actors.)
    const bool private_role = !by_head && start > 0 && in(items[start - 1], b.possessive_person) &&
                              rules_.lexicon.in(tokens[items[k - 1].te - 1].word, b.person_noun);
    if (!affiliation.empty() && !private_role) {
      // "a German government spokesperson stated": the body speaks.
      if (start > 0 && in(items[start - 1], b.determiner)) --start;
      // "recalled its ambassador to Spain", "expelled the Saudi envoy to
      // Qatar": an unnamed envoy that a verb acts on is its state's, and the
      // state of the post stays an item of its own, which the act may aim
      // at. (A subject keeps its post: "the US envoy to Sudan said".)
      if (post_at < k && start > 0 && items[start - 1].kind == Item::Kind::Word) {
        const Token& before = tokens[items[start - 1].tb];
        if ((before.classes & Token::kVerb) && !before.lemma.empty() && before.lemma != before.norm) k = post_at;
      }
      auto it = entities_.find(affiliation);
      Item item = make_item(Item::Kind::Entity, items[start].tb, items[k - 1].te);
      item.source = Mention::Source::Official;
      item.ref = items[t].ref;  // the title, for an apposition that names the official
      item.keys = {affiliation};
      item.types = {it != entities_.end() ? it->second.type : EntityType::Organization};
      item.metonyms = {""};
      item.official = true;
      item.head_word = tokens[items[t].te - 1].word;  // "its ambassador to Montenegro": ambassador
      if (!written.empty()) official_written_[items[start].tb] = written;
      items[start] = std::move(item);
      items.erase(items.begin() + static_cast<long>(start) + 1, items.begin() + static_cast<long>(k));
      t = start;
    }
  }
}

std::set<std::string> Chunker::states_in(const std::vector<Item>& items, std::size_t end) const {
  std::set<std::string> states;
  for (std::size_t i = 0; i < items.size() && i < end; ++i) {
    const Item& it = items[i];
    if (it.kind == Item::Kind::Entity && it.keys.size() > 1) {
      // "Peru and Chile": each state of a list is in view.
      for (std::size_t k = 0; k < it.keys.size() && k < it.types.size(); ++k)
        if (it.types[k] == EntityType::State) states.insert(it.keys[k]);
    } else if (it.kind == Item::Kind::Entity && it.keys.size() == 1 && it.types[0] == EntityType::State)
      states.insert(it.keys[0]);
    else if (it.kind == Item::Kind::Entity && it.keys.size() == 1 && it.metonyms[0].starts_with("state/"))
      states.insert(it.metonyms[0]);
    else if (it.kind == Item::Kind::Adjective && !it.region_adjective &&
             templates_[it.ref].entity.type == EntityType::State)
      states.insert(gaz_.key(it.ref));
  }
  return states;
}

std::string Chunker::clear_state(const std::vector<Item>& items, bool report_too) const {
  // (By pointer: a braced list of the sets would copy each.)
  const std::set<std::string> sentence = states_in(items);
  for (const std::set<std::string>* states : {&sentence, &paragraph_states_, &report_states_}) {
    if (states == &report_states_ && !report_too) break;
    if (!states->empty()) return states->size() == 1 ? *states->begin() : std::string();
  }
  return {};
}

void Chunker::note_state_bodies(const std::vector<Item>& items) {
  // The states in view are read only as none, one (which) or several
  // (clear_state(), state_forces()): a set that holds two already says
  // "several" whatever is added, so it takes no more, and a sentence is
  // read for its states only while one of the sets may still change
  // (note_state_bodies 8.6M -> 5.1M instructions on the 1 MB corpus).
  if (paragraph_states_.size() < 2 || report_states_.size() < 2) {
    const std::set<std::string> states = states_in(items);
    for (std::set<std::string>* seen : {&paragraph_states_, &report_states_})
      for (auto s = states.begin(); s != states.end() && seen->size() < 2; ++s) seen->insert(*s);
  }
  std::map<std::string, std::set<std::string>> named;  // state -> its bodies this sentence names
  for (const auto& it : items) {
    if (it.kind != Item::Kind::Entity || it.keys.size() != 1 || it.types[0] != EntityType::Organization) continue;
    auto e = entities_.find(it.keys[0]);
    if (e != entities_.end() && e->second.part_of.starts_with("state/")) named[e->second.part_of].insert(it.keys[0]);
  }
  for (const auto& [state, its_bodies] : named) {
    if (its_bodies.size() == 1) recent_state_body_[state] = {*its_bodies.begin(), paragraph_};
    else recent_state_body_.erase(state);  // two bodies of one state: neither is clear
  }
}

std::string Chunker::recent_state_body(const std::string& state) const {
  auto it = recent_state_body_.find(state);
  if (state.empty() || it == recent_state_body_.end() || paragraph_ > it->second.paragraph + 1) return {};
  return it->second.body;
}

std::string Chunker::led_state(const std::vector<Item>& items, std::size_t title) const {
  const auto& b = rules_.builtin;
  if (title < 4 || items[title - 1].norm != "by"sv || !in(items[title - 2], b.led) || items[title - 3].norm != ","sv)
    return {};
  std::size_t k = title - 4;
  // "Islamabad's delegation": the side is the possessor of the noun.
  if (k >= 2 && items[k].kind == Item::Kind::Word && !items[k].upper && items[k - 1].norm == "'s"sv) k -= 2;
  const Item& side = items[k];
  if (side.kind != Item::Kind::Entity || side.keys.size() != 1) return {};
  if (side.types[0] == EntityType::State) return side.keys[0];
  return side.metonyms[0].starts_with("state/") ? side.metonyms[0] : std::string();
}

bool Chunker::plain_adjective(const Item& w, const std::vector<Token>& tokens) const {
  if (w.kind != Item::Kind::Word || w.te != w.tb + 1 || w.upper) return false;
  const Token& tok = tokens[w.tb];
  return (tok.classes & Token::kAdjective) && !(tok.classes & Token::kVerb && tok.lemma != tok.norm) &&
         !in(w, rules_.builtin.former) && !in(w, rules_.builtin.determiner);
}

bool Chunker::narrows_title(const Item& w, bool title_upper, const std::vector<Token>& tokens) const {
  const auto& b = rules_.builtin;
  // A noun or adjective, not an inflected verb ("captured pilot"), a
  // function word or a person's role ("analyst"); in the title's case
  // ("army chief", "Southern Theater Commander", not "the car carrier
  // Galaxy Leader"; the sentence's first word is capitalised whatever it is).
  if (w.kind != Item::Kind::Word || w.te != w.tb + 1 || (w.upper != title_upper && w.tb > 0)) return false;
  const Token& tok = tokens[w.tb];
  if (tok.all_caps || tok.kind != Token::Kind::Word) return false;
  for (int c : {b.determiner, b.preposition, b.coordinator, b.former, b.person_noun, b.honorific, b.adverb, b.aux,
                b.neg, b.speech_verb, b.stop, b.number_word})
    if (in(w, c)) return false;
  // A lower-case word the dictionary lacks ("junta") is most likely a noun.
  if (tok.lemma.empty()) return !w.upper && tok.norm.size() > 2;
  if (!(tok.classes & (Token::kNoun | Token::kAdjective))) return false;
  if ((tok.classes & Token::kVerb) && tok.lemma != tok.norm) return false;
  // Of lower-case adjectives, only those that say of what ("presidential",
  // "military", "diplomatic"), not "new" or "powerful".
  return w.upper || (tok.classes & Token::kNoun) || tok.norm.ends_with("al") || tok.norm.ends_with("ary") ||
         tok.norm.ends_with("ic");
}

std::size_t Chunker::title_modifiers(const std::vector<Item>& items, std::size_t t, std::size_t floor,
                                     const std::vector<Token>& tokens) const {
  std::size_t first = t;
  while (first > floor && t - first < 3 && narrows_title(items[first - 1], items[t].upper, tokens)) --first;
  return first;
}

std::string Chunker::written_title(std::string_view former, std::string_view text, const std::vector<Token>& tokens,
                                   std::size_t tb, const Item& title_item, std::string_view tail,
                                   const std::string& title) const {
  std::string as_written = text::fold(surface(text, tokens, tb, title_item.norm.empty() ? title_item.te : title_item.tb));
  if (!title_item.norm.empty()) as_written += (as_written.empty() ? "" : " ") + title_item.norm;
  std::string written = std::string(former) + text::squeeze_space(as_written) + text::fold(tail);
  if (written == text::fold(title)) return {};
  return written;
}

std::string Chunker::person_state(const std::string& key) {
  if (auto it = nationality_.find(key); it != nationality_.end()) return use_entry(it->second);
  // "person/cn/xue-jian": minted with a state's affiliation.
  if (key.size() > 10 && key.starts_with("person/") && key[9] == '/') {
    std::string iso = key.substr(7, 2);
    for (auto& c : iso) c = static_cast<char>(c - 'a' + 'A');
    if (const GazetteerEntry* state = gaz_.find(iso); state && state->type == EntityType::State)
      return use_entry(static_cast<std::uint32_t>(state - gaz_.entries().data()));
  }
  return {};
}

std::string Chunker::person_state_key(const std::string& key) const {
  if (auto it = nationality_.find(key); it != nationality_.end()) return gaz_.key(it->second);
  if (key.size() > 10 && key.starts_with("person/") && key[9] == '/') {
    std::string iso = key.substr(7, 2);
    for (auto& c : iso) c = static_cast<char>(c - 'a' + 'A');
    if (const GazetteerEntry* state = gaz_.find(iso); state && state->type == EntityType::State)
      return gaz_.key(static_cast<std::uint32_t>(state - gaz_.entries().data()));
  }
  return {};
}

std::string Chunker::body_by_head(const Item& word) const {
  if (word.kind != Item::Kind::Word || word.norm.size() < 3) return {};
  std::string found;
  for (const auto& [key, e] : entities_) {
    if (e.type != EntityType::Organization && e.type != EntityType::ArmedForce) continue;
    auto ends_in_word = [&](const std::string& name) {
      std::string folded = text::fold(name);
      return folded.size() > word.norm.size() && folded.ends_with(word.norm) &&
             folded[folded.size() - word.norm.size() - 1] == ' ';
    };
    if (!ends_in_word(e.label) && std::none_of(e.alt_labels.begin(), e.alt_labels.end(), ends_in_word)) continue;
    if (!found.empty()) return {};
    found = key;
  }
  return found;
}

namespace {

bool ordinal(const Token& t) {
  const std::string& w = t.norm;
  std::size_t d = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
  if (d == 0 || d + 2 != w.size()) return false;
  std::string_view suffix = std::string_view(w).substr(d);
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

// A capitalised word that the lexicon knows only as an adjective, verb or
// adverb ("Angry", "Radical"): its capital is the sentence's, it names no people.
bool common_non_noun(const Token& t) {
  return t.classes != 0 && (t.classes & Token::kNoun) == 0;
}

}  // namespace

void Chunker::bodies(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  // Both loops start at a head word (ORG_HEAD, COMPANY_SUFFIX, LOWER_HEAD),
  // which about half the sentences lack. (The four steps with gates, with
  // note_gates(): chunk() 226.9M -> 219.2M instructions on the 1 MB corpus.)
  if (!(gates_ & (kOrgHead | kCompanySuffix | kLowerHead))) return;
  auto name_word = [&](std::size_t q) { return is_name_word(items[q]) && !in(items[q], b.org_head_stop); };
  // "the 12th PKK Congress", "the Hamas Politburo": a one-word name the
  // gazetteer gives a body of its own ("Congress": the US Congress) that
  // is a body's head word, after an organization, is that organization's.
  for (std::size_t h = 1; h < items.size(); ++h) {
    const Item& head = items[h];
    const Item& owner = items[h - 1];
    if (head.kind != Item::Kind::Entity || head.te != head.tb + 1 || !tokens[head.tb].upper ||
        !rules_.lexicon.in(tokens[head.tb].word, b.org_head) || owner.kind != Item::Kind::Entity ||
        owner.keys.size() != 1 || owner.locative || owner.types[0] != EntityType::Organization)
      continue;
    std::size_t s = h - 1;
    if (s > 0 && items[s - 1].kind == Item::Kind::Word && ordinal(tokens[items[s - 1].tb])) --s;
    Entity body;
    body.label = text::squeeze_space(surface(text, tokens, items[s].tb, head.te));
    body.key = "org/" + slug(body.label);
    body.type = EntityType::Organization;
    body.part_of = owner.keys[0];
    const std::string& key = add_entity(std::move(body));
    mention_over(items, s, h + 1, key, EntityType::Organization, Mention::Source::Name);
    h = s;
  }
  for (std::size_t h = 1; h < items.size(); ++h) {
    // A capitalised head word: "Council", "Brigade", "Apparatus"; or a
    // lower-case one that follows a name ("the Bush administration").
    if (items[h].kind != Item::Kind::Word) continue;
    const bool company = items[h].upper && in(items[h], b.company_suffix);
    if (!(items[h].upper && in(items[h], b.org_head)) && !company &&
        !(in(items[h], b.lower_head) && is_name_word(items[h - 1])))
      continue;
    std::size_t s = h;
    std::string parent;
    std::size_t own_words = 0;  // capitalised words or ordinals before the head
    bool possessed = false;     // after its state's name and "'s", which the mention holds and the name not
    while (s > 0) {
      const Item& w = items[s - 1];
      if (name_word(s - 1) && !in(w, b.org_head)) {
        --s;
        ++own_words;
        continue;
      }
      if (w.kind == Item::Kind::Word && ordinal(tokens[w.tb])) {  // "the 444th Brigade"
        --s;
        ++own_words;
        break;
      }
      // "the Kenyan Teachers' Union", "the Dockers' Federation": the
      // apostrophe of a plural's possessive, glued to it, is in the name.
      // (The tokenizer folds it to "'s"; its text is the one apostrophe.)
      if (w.norm == "'s"sv && tokens[w.tb].glued && s >= 2 && name_word(s - 2) && items[s - 2].norm.ends_with("s") &&
          (text.substr(tokens[w.tb].begin, tokens[w.tb].end - tokens[w.tb].begin) == "'"sv ||
           text.substr(tokens[w.tb].begin, tokens[w.tb].end - tokens[w.tb].begin) == "\u2019"sv)) {
        --s;
        continue;
      }
      // "the Mon People's Front", "the Tigray People's Liberation
      // Front": a capitalised "People's" inside a name is one of its words
      // (and the place before it too, below).
      if (w.norm == "'s"sv && s >= 2 && items[s - 2].kind == Item::Kind::Word && items[s - 2].upper &&
          items[s - 2].norm == "people"sv) {
        s -= 2;
        ++own_words;
        continue;
      }
      // "the General Intelligence Service": a capitalised title word after
      // "the" and before the name's words is one of them.
      if (w.kind == Item::Kind::Title && w.upper && w.te == w.tb + 1 && own_words > 0 && s >= 2 &&
          items[s - 2].norm == "the"sv) {
        --s;
        ++own_words;
        break;
      }
      if (w.kind == Item::Kind::Adjective && !w.region_adjective) {  // "Libyan Presidential Council"
        parent = use_entry(w.ref);
        --s;
      } else if (w.kind == Item::Kind::Entity && w.keys.size() == 1 && !w.locative && own_words > 0 &&
                 w.types[0] != EntityType::Person && w.types[0] != EntityType::Place) {  // "UN Support Mission"
        parent = w.metonyms[0].empty() ? w.keys[0] : w.metonyms[0];
        --s;
      } else if (w.kind == Item::Kind::Entity && w.keys.size() == 1 && !w.locative &&
                 (own_words > 0 || (s >= 2 && items[s - 2].norm == "the"sv)) &&
                 w.types[0] == EntityType::Place) {  // "the Kachin Independence Army": named after a place
        // (Right before the head after "the" too: "the Caribbean Community".)
        --s;
        ++own_words;
      } else if (w.norm == "'s"sv && own_words > 0 && s >= 2 && items[s - 2].kind == Item::Kind::Entity &&
                 items[s - 2].keys.size() == 1 && !items[s - 2].locative &&
                 items[s - 2].types[0] == EntityType::State) {  // "Kenya's National Assembly"
        parent = items[s - 2].keys[0];
        s -= 2;
        possessed = true;
      }
      break;
    }
    // "the Council" alone names nothing; "the Association of African
    // Jurists", "the Nigerian Union of Teachers" do: a capitalised head after
    // "the" or a state's adjective, then "of" and capitalised words no list
    // holds, is a body's whole name.
    const std::size_t named_of = own_words == 0 && items[h].upper ? name_after_of(items, h + 1) : 0;
    if (own_words == 0 && (named_of == 0 || s == 0 || (s == h && items[s - 1].norm != "the"sv))) continue;
    // "... of Medical Care and Relief Organizations in Idlib", "... in Libya"
    std::size_t e = h + 1;
    for (int extension = 0; extension < 2 && e + 1 < items.size(); ++extension) {
      const std::string& joiner = items[e].norm;
      if (joiner != "of"sv && joiner != "for"sv && joiner != "in"sv && joiner != "on"sv) break;
      std::size_t q = e + 1;
      if (q < items.size() && items[q].norm == "the"sv) ++q;
      if (q >= items.size()) break;
      if (items[q].kind == Item::Kind::Entity && items[q].keys.size() == 1 && !items[q].shared) {
        if (parent.empty() && items[q].types[0] == EntityType::State) parent = items[q].keys[0];
        e = q + 1;
        continue;
      }
      std::size_t r = q;
      while (r < items.size() && (name_word(r) || (in(items[r], b.coordinator) && r + 1 < items.size() && name_word(r + 1) && r > q)))
        ++r;
      if (r == q) break;
      e = r;
    }
    if (named_of > e) e = named_of;
    std::size_t first = possessed ? items[s + 2].tb : items[s].tb;  // "the UN Support Mission": the name starts after "the"
    if (tokens[first].norm == "the"sv && first + 1 < items[e - 1].te) ++first;
    // The mention takes its article along, as the gazetteer's "the UN" does,
    // so that "urged the Stability Support Apparatus" reads its target.
    if (s > 0 && items[s - 1].norm == "the"sv) --s;
    Entity body;
    body.label = text::squeeze_space(surface(text, tokens, first, items[e - 1].te));
    body.key = "org/" + slug(body.label);
    bool force = in(items[h], b.force_head);
    if (!force && parent.empty())
      if (const std::string* suffix = gaz_.bare_derived(text::fold(body.label))) {
        // "the Foreign Ministry" with no state: the state's own ministry,
        // when the sentence, else the paragraph, else the report names one
        // state only.
        const std::string state = clear_state(items);
        if (const GazetteerEntry* own = state.empty() ? nullptr : gaz_.find(state.substr(6) + "-" + *suffix)) {
          mention_entry(items, s, e, *own, body.label);  // "Defence Ministry" is one of its names
          h = s;
          continue;
        }
      }
    body.type = force ? EntityType::ArmedForce : EntityType::Organization;
    if (force && parent.starts_with("state/")) body.force_of = parent;
    else body.part_of = parent;
    if (company) body.org_kind = "company";
    const std::string& key = add_entity(std::move(body));
    if (company && e == h + 1 && items[s].tb + 1 < items[h].tb) {
      // "Galaxy Maritime Ltd" is "Galaxy Maritime" for the rest of the report.
      std::vector<std::string> words;
      for (std::size_t q = first; q < items[h].tb; ++q) words.push_back(tokens[q].norm);
      ctx_.alias(std::move(words), key, false);
    }
    mention_over(items, s, e, key, force ? EntityType::ArmedForce : EntityType::Organization, Mention::Source::Name);
    h = s;
  }
}

bool Chunker::says_which_body(const Item& w, const std::vector<Token>& tokens) const {
  if (narrows_title(w, false, tokens)) return true;
  if (w.kind != Item::Kind::Word || w.upper || w.te != w.tb + 1) return false;
  const Token& tok = tokens[w.tb];
  return (tok.classes & Token::kNoun) && tok.norm.size() == tok.lemma.size() + 1 && tok.norm.back() == 's' &&
         tok.norm.starts_with(tok.lemma);
}

void Chunker::described_state_bodies(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  const int regime_kind = rules_.if_defined.regime_kind;
  // "caretaker", "transitional"; or the capitalised name of the party that
  // forms it ("Socialist", "Labour"), not a people's or a faith's
  // ("Iraq's Kurdish government" is the Kurdish region's).
  auto says_which = [&](const Item& w) {
    if (w.kind != Item::Kind::Word || w.te != w.tb + 1) return false;
    if (!w.upper) return in(w, regime_kind);
    return is_name_word(w) && !tokens[w.tb].all_caps && !in(w, b.group_origin) && !in(w, b.org_head) &&
           !common_non_noun(tokens[w.tb]);
  };
  // The state is an adjective or a possessor before "'s": a sentence with
  // neither names no such body.
  if (std::none_of(items.begin(), items.end(),
                   [](const Item& it) { return it.kind == Item::Kind::Adjective || it.norm == "'s"sv; }))
    return;
  constexpr std::size_t kMostWords = 2;
  for (std::size_t h = 2; h < items.size(); ++h) {
    const Item& head = items[h];
    if (head.kind != Item::Kind::Word || head.te != head.tb + 1) continue;
    const Token& tok = tokens[head.tb];
    if (tok.lemma != tok.norm) continue;  // one body, not "officials"
    // A token's norm is folded text already: in plain ASCII, fold() would
    // copy it unchanged (3.7M instructions on the 1 MB corpus).
    const bool plain = std::all_of(tok.norm.begin(), tok.norm.end(), [](char c) {
      return static_cast<unsigned char>(c) < 0x80 && !(c >= 'A' && c <= 'Z');
    });
    const std::string* suffix = plain ? gaz_.derived_head(tok.norm) : gaz_.derived_head(text::fold(tok.norm));
    if (!suffix) continue;
    std::size_t s = h;
    while (s > 0 && h - s < kMostWords && says_which(items[s - 1])) --s;
    if (s == h || s == 0) continue;  // "Iraq's government" is the gazetteer's
    std::size_t o = s - 1;
    std::string state;  // the gazetteer's id: "IQ"
    if (items[o].norm == "'s"sv && o > 0) {
      --o;
      const Item& owner = items[o];
      if (owner.kind == Item::Kind::Entity && owner.keys.size() == 1 && !owner.locative && !owner.plural &&
          owner.types[0] == EntityType::State && owner.keys[0].starts_with("state/"))
        state = owner.keys[0].substr(6);
    } else if (items[o].kind == Item::Kind::Adjective && !items[o].region_adjective) {
      state = gaz_.entries()[items[o].ref].id;
      if (o > 0 && items[o - 1].norm == "the"sv) --o;
    }
    const GazetteerEntry* own = state.empty() ? nullptr : gaz_.find(state + "-" + *suffix);
    if (!own) continue;
    std::size_t first = items[o].tb;
    if (tokens[first].norm == "the"sv) ++first;
    mention_entry(items, o, h + 1, *own, text::squeeze_space(surface(text, tokens, first, head.te)));
    h = o;
  }
}

void Chunker::mention_entry(std::vector<Item>& items, std::size_t from, std::size_t to, const GazetteerEntry& own,
                            std::string written) {
  const std::string& key = use_entry(static_cast<std::uint32_t>(&own - gaz_.entries().data()));
  // ("the country's foreign ministry" is no name of Egypt's.)
  if (!owner_in_view(items[from].tb)) {
    Entity as_written;
    as_written.key = key;
    as_written.alt_labels.push_back(std::move(written));
    add_entity(std::move(as_written));
  }
  mention_over(items, from, to, key, own.type, Mention::Source::Name);
}

void Chunker::possessed_bodies(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens) {
  // (After people(), which finds the persons a title introduces.)
  for (std::size_t h = 2; h < items.size(); ++h) {
    const Item& head = items[h];
    if (head.kind != Item::Kind::Word || head.upper || head.te != head.tb + 1 || items[h - 1].norm != "'s"sv) continue;
    const Item& owner = items[h - 2];
    if (owner.kind != Item::Kind::Entity || owner.keys.size() != 1 || owner.locative || owner.types.empty()) continue;
    std::string state;
    const std::string* suffix = nullptr;
    if (owner.types[0] == EntityType::Person) {
      // "Maduro's government", "Orban's cabinet": the government of the
      // state the person belongs to; a person of no known state owns none.
      suffix = gaz_.derived_head(tokens[head.tb].norm);
      if (!suffix || *suffix != "government"sv) continue;
      state = person_state_key(owner.keys[0]);
    } else if (owner.types[0] == EntityType::State && !owner.plural) {
      // "Pakistan's army", "Russia's warplanes": the state's forces, as
      // "the Pakistani army" names them; not the word that narrows a title
      // after it ("Pakistan's army chief" is Pakistan's, an army chief).
      suffix = gaz_.derived_force_word(tokens[head.tb].norm);
      if (!suffix || (h + 1 < items.size() && items[h + 1].kind == Item::Kind::Title)) continue;
      state = owner.keys[0];
    } else {
      continue;
    }
    const GazetteerEntry* own = state.starts_with("state/") ? gaz_.find(state.substr(6) + "-" + *suffix) : nullptr;
    if (!own) continue;
    mention_entry(items, h - 2, h + 1, *own, text::squeeze_space(surface(text, tokens, owner.tb, head.te)));
    h -= 2;
  }
}

void Chunker::in_view_owners(std::vector<Item>& items) {
  owner_words_.clear();
  if (!(gates_ & kReferState)) return;
  const auto& b = rules_.builtin;
  for (std::size_t j = 0; j + 2 < items.size(); ++j) {
    if (items[j].norm != "the"sv || items[j + 1].kind != Item::Kind::Word || items[j + 1].upper ||
        !in(items[j + 1], b.refer_state) || items[j + 2].norm != "'s"sv)
      continue;
    // The one state named before it in the sentence; else the paragraph's so
    // far; else the paragraph before's. Two at the nearest that names any
    // ("Israel struck Lebanon, and the country's army said"; "after talks
    // between Egypt and Qatar.") leave it unread; so does none.
    const std::set<std::string> before = states_in(items, j);
    const std::set<std::string>* view = &before;
    if (view->empty()) view = &paragraph_states_;
    if (view->empty()) view = &previous_paragraph_states_;
    if (view->size() != 1 || !view->begin()->starts_with("state/")) continue;
    Item state = make_item(Item::Kind::Entity, items[j].tb, items[j + 1].te);
    state.keys = {*view->begin()};
    state.types = {EntityType::State};
    state.metonyms = {""};
    owner_words_.push_back(std::move(items[j]));
    owner_words_.push_back(std::move(items[j + 1]));
    items.erase(items.begin() + static_cast<long>(j) + 1);
    items[j] = std::move(state);
  }
}

void Chunker::release_owners(std::vector<Item>& items) {
  // (Each pair of words, in the order they were taken.)
  for (std::size_t w = 0; w + 1 < owner_words_.size(); w += 2)
    for (std::size_t j = 0; j < items.size(); ++j) {
      if (items[j].tb != owner_words_[w].tb) continue;
      if (items[j].kind == Item::Kind::Entity && items[j].te == owner_words_[w + 1].te &&
          items[j].types.size() == 1 && items[j].types[0] == EntityType::State) {
        items[j] = std::move(owner_words_[w]);
        items.insert(items.begin() + static_cast<long>(j) + 1, std::move(owner_words_[w + 1]));
      }
      break;
    }
  owner_words_.clear();
}

bool Chunker::owner_in_view(std::size_t tb) const {
  for (std::size_t w = 0; w < owner_words_.size(); w += 2)
    if (owner_words_[w].tb == tb) return true;
  return false;
}

void Chunker::owned_bodies(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  // Every mention here ends in a head of OWNED_BODY_HEAD, which few sentences have.
  if (!(gates_ & kOwnedBodyHead)) return;
  constexpr std::size_t kMostModifiers = 3;
  for (std::size_t h = 2; h < items.size(); ++h) {
    if (items[h].kind != Item::Kind::Word || items[h].upper || !in(items[h], b.owned_body_head)) continue;
    std::size_t s = h;
    while (s > 0 && h - s < kMostModifiers && says_which_body(items[s - 1], tokens)) --s;
    // The derived.tsv suffix of a body every state has that items[from, h]
    // name ("interior ministry": "interior"), or nullptr.
    auto derived_from = [&](std::size_t from) {
      return gaz_.bare_derived(text::fold(text::squeeze_space(surface(text, tokens, items[from].tb, items[h].te))));
    };
    // ("foreign ministry" after a possessive: the words a body every state
    // has is named by, whatever they are.)
    const std::string* derived = nullptr;  // derived_from(s), when the look below asked it
    for (std::size_t w = h; w-- > 1 && h - w < kMostModifiers && items[w].kind == Item::Kind::Word && !items[w].upper;)
      if (w < s && items[w - 1].norm == "'s"sv)
        if (const std::string* suffix = derived_from(w)) {
          s = w;
          derived = suffix;
        }
    if (s == h || s == 0) continue;  // "Kosovo's council" is Kosovo's
    std::size_t o = s - 1;
    const bool possessive = items[o].norm == "'s"sv && o > 0;
    if (possessive) --o;
    const Item& owner = items[o];
    if (owner.kind != Item::Kind::Entity || owner.keys.size() != 1 || owner.locative || owner.plural) continue;
    // "Beijing's foreign ministry": a capital's possessive is its state's.
    const bool capital = possessive && owner.types[0] == EntityType::Place && !owner.metonyms[0].empty();
    if (owner.types[0] != EntityType::State && owner.types[0] != EntityType::Organization && !capital) continue;
    const std::string& state = capital ? owner.metonyms[0] : owner.keys[0];
    // "the UN human rights office": the article stays outside the name.
    std::size_t first = items[o].tb;
    if (tokens[first].norm == "the"sv) ++first;
    // "Egypt's interior ministry", "Japan's trade ministry": a body every
    // state has (derived.tsv) is that state's, the one "the Egyptian
    // Interior Ministry" names, not a body of its own.
    if ((owner.types[0] == EntityType::State || capital) && state.starts_with("state/"))
      if (const std::string* suffix = derived ? derived : derived_from(s))
        if (const GazetteerEntry* own = gaz_.find(state.substr(6) + "-" + *suffix)) {
          mention_entry(items, o, h + 1, *own, text::squeeze_space(surface(text, tokens, first, items[h].te)));
          h = o;
          continue;
        }
    Entity body;
    body.label = text::squeeze_space(surface(text, tokens, first, items[h].te));
    body.key = "org/" + slug(body.label);
    body.type = EntityType::Organization;
    body.part_of = owner.metonyms[0].empty() ? owner.keys[0] : owner.metonyms[0];
    const std::string& key = add_entity(std::move(body));
    mention_over(items, o, h + 1, key, EntityType::Organization, Mention::Source::Name);
    h = o;
  }
}

void Chunker::outlets(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  // The unknown capitalised words at items[k] (an acronym counts): (end, words).
  auto name = [&](std::size_t k) -> std::pair<std::size_t, std::size_t> {
    if (k >= items.size()) return {k, 0};
    auto [end, words] = name_at(items, k, tokens, 3);
    for (std::size_t q = k; q < end; ++q)
      if (items[q].kind != Item::Kind::Word || in(items[q], b.org_head) || in(items[q], b.place_suffix)) return {k, 0};
    return {end, words};
  };
  auto make = [&](std::size_t s, std::size_t e, std::size_t name_b, std::size_t name_e, const char* kind) {
    Entity body;
    body.type = EntityType::Organization;
    body.label = text::squeeze_space(surface(text, tokens, items[name_b].tb, items[name_e - 1].te));
    body.key = "org/" + slug(body.label);
    body.org_kind = kind;
    const std::string& key = add_entity(std::move(body));
    mention_over(items, s, e, key, EntityType::Organization, Mention::Source::Name);
  };
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& w = items[i];
    // "agricultural bank Rosselkhozbank", "the airline Ryanair", "news agency Tasnim"
    if (w.kind == Item::Kind::Word && !w.upper && in(w, b.org_noun)) {
      auto [end, words] = name(i + 1);
      if (words > 0 && !(end < items.size() && items[end].norm == "'s"sv)) {
        make(i + 1, end, i + 1, end, in(w, b.media_noun) ? "media" : "company");
        continue;
      }
    }
    if (w.kind != Item::Kind::Word || !(w.upper || w.norm == "the"sv)) continue;
    if (i > 0 && items[i - 1].norm == "-"sv && tokens[items[i - 1].tb].glued) continue;  // "pro-Kurd"
    const bool article = w.norm == "the"sv;
    auto [end, words] = name(article ? i + 1 : i);
    if (words == 0 || end >= items.size()) continue;
    // "the pro-Kurd ANF news agency", "Dawn newspaper"
    std::size_t m = end;
    if (items[m].norm == "news"sv && m + 1 < items.size()) ++m;
    if (items[m].kind == Item::Kind::Word && !items[m].upper && in(items[m], b.media_noun)) {
      make(article ? i + 1 : i, m + 1, article ? i + 1 : i, end, "media");
      continue;
    }
    // "the Dawn reported", "The Guardian reports", "told the Telegraph": a
    // name after "the" that reports, or that someone told, is an outlet.
    if (!article) continue;
    const bool reports = items[end].kind == Item::Kind::Word && (in(items[end], b.reported) || in(items[end], b.speech_verb));
    const bool told = i > 0 && (items[i - 1].norm == "told"sv || items[i - 1].norm == "tells"sv);
    if (!reports && !told) continue;
    // "The Guardian" keeps its capital article; "the Dawn" is "Dawn".
    const bool own_article = w.upper && i > 0 && items[i - 1].norm != "."sv && items[i - 1].norm != "\""sv;
    make(i, end, own_article ? i : i + 1, end, "media");
  }
}

void Chunker::appositions(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  // The body after "of" or "at" at items[q]: "of UNSMIL", "of the main
  // opposition United National Movement", "of the council" (a body the
  // report named, by the last word of its name).
  bool of_by_head = false;  // body_after() found the body by its head word
  auto body_after = [&](std::size_t q, std::size_t to) -> std::string {
    if (q + 1 >= to || (items[q].norm != "of"sv && items[q].norm != "at"sv)) return {};
    for (std::size_t p = q + 1; p < to && p < q + 6; ++p) {
      const Item& w = items[p];
      if (w.kind == Item::Kind::Entity && w.keys.size() == 1 && w.types[0] != EntityType::Person)
        return w.metonyms[0].empty() ? w.keys[0] : w.metonyms[0];
      if (w.kind != Item::Kind::Word || w.upper) return {};
      if (in(w, b.determiner)) continue;
      if (std::string body = body_by_head(w); !body.empty()) {
        of_by_head = true;
        return body;
      }
      if (!narrows_title(w, false, tokens)) return {};  // "main", "opposition" go on
    }
    return {};
  };
  // The positions a descriptive phrase items[from, to) gives, each title
  // with the body before it or after "of": "a senior Hamas official",
  // "Azerbaijani presidential aide", "the UN's resident coordinator",
  // "Special Representative of the Secretary-General for Libya and the
  // head of UNSMIL" (a second title after "and").
  auto roles_in = [&](std::size_t from, std::size_t to, std::vector<Position>& roles) {
    std::size_t lo = from;  // where the phrase of the next title starts
    bool open = true;       // a title is awaited: at the start, or after "and"
    for (std::size_t q = from; q < to; ++q) {
      if (!open) {
        if (in(items[q], b.coordinator)) {
          open = true;
          lo = q + 1;
        }
        continue;
      }
      if (items[q].kind == Item::Kind::Entity && items[q].official) {  // "a senior Hamas official"
        Position role{gaz_.titles()[items[q].ref].title, items[q].keys[0], {}};
        if (auto w = official_written_.find(items[q].tb); w != official_written_.end()) role.written = w->second;
        roles.push_back(std::move(role));
        open = false;
        continue;
      }
      if (items[q].kind != Item::Kind::Title) continue;
      Position role{gaz_.titles()[items[q].ref].title, {}, {}};
      role.written = written_title({}, text, tokens, items[title_modifiers(items, q, lo, tokens)].tb, items[q], {},
                                   role.title);
      // The body before the title, across articles, "'s", nouns and
      // adjectives ("Algeria's leading human rights activist"), not across
      // a verb ("..., who vowed to return the Golan Heights to Syria if he
      // is elected prime minister").
      for (std::size_t p = q; p-- > lo;) {
        const Item& a = items[p];
        if (a.kind == Item::Kind::Entity && a.keys.size() == 1 && a.types[0] != EntityType::Person && !a.locative) {
          role.of = a.metonyms[0].empty() ? a.keys[0] : a.metonyms[0];
          break;
        }
        if (a.kind == Item::Kind::Adjective && !a.region_adjective) {
          role.of = use_entry(a.ref);
          break;
        }
        const bool describes = a.kind == Item::Kind::Word && a.te == a.tb + 1 &&
                               (tokens[a.tb].classes & (Token::kNoun | Token::kAdjective)) &&
                               !in(a, b.preposition) && !in(a, b.coordinator) && !in(a, b.aux);
        if (!in(a, b.determiner) && a.norm != "'s"sv && !describes) break;
      }
      if (role.of.empty()) role.of = body_after(q + 1, to);
      roles.push_back(std::move(role));
      open = false;
    }
    return !roles.empty();
  };
  // The title a verb of heading says: "headed" (Head), "chaired" (Chair),
  // "led" (Leader), "founded" (Founder): the verb's lemma, or its agent
  // noun in -er, is a title's name.
  auto title_of_verb = [&](const Item& verb) -> const TitleEntry* {
    if (verb.kind != Item::Kind::Word || verb.te != verb.tb + 1) return nullptr;
    const Token& tok = tokens[verb.tb];
    if (!(tok.classes & Token::kVerb) || tok.lemma.empty() || tok.lemma == tok.norm) return nullptr;
    std::string agent = std::string(tok.lemma) + (tok.lemma.ends_with('e') ? "r" : "er");
    for (const auto& entry : gaz_.titles())
      for (const auto& name : entry.names)
        if (text::fold(name) == tok.lemma || text::fold(name) == agent) return &entry;
    return nullptr;
  };
  // A word of the dictionary ("Milan", "Port"), not a surname no list holds.
  auto unknown_word = [&](std::size_t q) {
    const Item& it = items[q];
    return it.te == it.tb + 1 && tokens[it.tb].lemma.empty() && !tokens[it.tb].all_caps;
  };
  // "made", "visited", "told": a finite verb (an inflected form the
  // dictionary knows as a verb), not "Monday" or "forces".
  auto finite_verb = [&](std::size_t q) {
    if (q >= items.size() || items[q].kind != Item::Kind::Word || items[q].upper) return false;
    const Token& t = tokens[items[q].tb];
    // "Al Khawai is ...": places are and have too.
    return (t.classes & Token::kVerb) != 0 && !t.lemma.empty() && t.lemma != t.norm && t.lemma != "be"sv &&
           t.lemma != "have"sv &&
           !(t.classes & Token::kNoun && t.norm.ends_with('s'));
  };
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!is_name_word(items[i]) && !first_name_place(items, i)) continue;
    // "Mr Stoltenberg": the honorific says a person, and is no part of the name.
    const bool honorific = in(items[i], b.honorific) && i + 1 < items.size() && is_name_word(items[i + 1]);
    if (honorific) ++i;
    auto [end, words] = name_at(items, i, tokens, 4);
    if (words < (honorific ? 1u : 2u)) continue;
    if (names_no_person(items, i, end, tokens)) continue;
    std::vector<Position> roles;
    of_by_head = false;
    bool person = honorific;
    // "Basem Naim, a senior Hamas official," / "Hanna Tetteh, Special
    // Representative of ..." / "Levan Khabeishvili – the chairman of ... –"
    const bool dash = end + 1 < items.size() && items[end].norm == "-"sv && !tokens[items[end].tb].glued;
    // ("..., who vowed ...": a relative clause, read below; "..., met the
    // envoy": a verb, no apposition.)
    if (end + 1 < items.size() && (items[end].norm == ","sv || dash) && items[end + 1].norm != "who"sv &&
        !finite_verb(end + 1)) {
      std::size_t stop = end + 1;
      while (stop < items.size() && stop < end + 12 && items[stop].norm != ","sv && items[stop].norm != "."sv &&
             items[stop].norm != ";"sv && !(dash && items[stop].norm == "-"sv && !tokens[items[stop].tb].glued) &&
             items[stop].kind != Item::Kind::Date)
        ++stop;
      person = roles_in(end + 1, stop, roles);
    }
    // "the head of the council, Mohamed al-Menfi," / "the journalist, Raman Pratasevich,"
    if (!person && i >= 2 && items[i - 1].norm == ","sv) {
      std::size_t from = i - 1;
      while (from > 0 && from + 12 > i && items[from - 1].norm != ","sv && items[from - 1].norm != ";"sv &&
             items[from - 1].kind != Item::Kind::Date)
        --from;
      person = roles_in(from, i - 1, roles);
      // "A member of the Kenyan senate, Ruth Kamau, ...": one member of a
      // body, named after it, is a person (who acts, not the body). Not
      // "members of the senate, ..." (several) nor "a member state, ...".
      if (!person && from + 3 < i && items[from + 1].norm == "member"sv && items[from + 2].norm == "of"sv &&
          (items[from].norm == "a"sv || items[from].norm == "one"sv))
        person = true;
    }
    const bool after_preposition = i > 0 && items[i - 1].kind == Item::Kind::Word && in(items[i - 1], b.preposition);
    // "Basem Naim said", "Xue Jian threatened": a name of two or three words
    // that speaks.
    if (!person && words <= 3 && end < items.size() && items[end].kind == Item::Kind::Word &&
        in(items[end], b.speech_verb) && !after_preposition)
      person = true;
    // "Salwan Momika, 37,": an age; "Abdel Ghani al-Kikli, who headed": "who".
    if (!person && end + 1 < items.size() && items[end].norm == ","sv) {
      const Item& n = items[end + 1];
      person = n.norm == "who"sv ||
               (n.kind == Item::Kind::Number && n.number > 0 && n.number < 110 && end + 2 < items.size() &&
                items[end + 2].norm == ","sv);
      // "..., who headed the Stability Support Apparatus": the title and body.
      if (n.norm == "who"sv && end + 3 < items.size())
        if (const TitleEntry* held = title_of_verb(items[end + 2])) {
          std::size_t q = end + 3;
          if (in(items[q], b.determiner) && q + 1 < items.size()) ++q;
          const Item& body = items[q];
          if (body.kind == Item::Kind::Entity && body.keys.size() == 1 && !body.official &&
              (body.types[0] == EntityType::Organization || body.types[0] == EntityType::ArmedForce ||
               body.types[0] == EntityType::State))
            roles.push_back({held->title, body.metonyms[0].empty() ? body.keys[0] : body.metonyms[0], {}});
        }
    }
    // "billionaire Richard Branson", "his girlfriend, Sofia Sapega,": a
    // person's role or kin before the name.
    if (!person && i > 0 && in(items[i - 1], b.person_noun)) person = true;
    if (!person && i > 1 && items[i - 1].norm == ","sv && in(items[i - 2], b.person_noun)) person = true;
    // "Jens Stoltenberg made the announcement": a subject of two or three
    // words whose last no dictionary holds, before a finite verb.
    if (!person && words <= 3 && !after_preposition && unknown_word(end - 1) && finite_verb(end)) person = true;
    if (!person) continue;
    // (A body found by its head word leaves the key alone, as in people().)
    const std::string& key =
        mint_person(items, i, end, words, roles.empty() || of_by_head ? std::string() : roles[0].of, text, tokens);
    if (!roles.empty()) {
      Entity update;
      update.key = key;
      update.positions = std::move(roles);
      add_entity(std::move(update));
    }
    mention_over(items, i, end, key, EntityType::Person, Mention::Source::Apposition);
  }
  // "Mr Stoltenberg" (named before, or just now), "Russian dissident
  // analyst Igor Eidman": an honorific, a role or kin and the adjectives
  // before them join the person's mention.
  for (std::size_t p = 0; p < items.size(); ++p) {
    if (!one_person(items[p])) continue;
    std::size_t q = p;
    if (q > 0 && items[q - 1].kind == Item::Kind::Word && in(items[q - 1], b.honorific)) --q;
    while (q > 0 && items[q - 1].kind == Item::Kind::Word && in(items[q - 1], b.person_noun)) {
      --q;
      while (q > 0 && items[q - 1].kind == Item::Kind::Adjective) --q;
    }
    p = join_into_person(items, q, p);
  }
}

void Chunker::described_groups(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  const int body_noun = rules_.if_defined.body_noun;
  const int rank = rules_.if_defined.body_rank;
  const int based = rules_.if_defined.based;
  // A word that says which body: "rights", "rebel", "Tamil", "Syrian"; not
  // "new" or "small", which say nothing of whose it is.
  auto says_which = [&](const Item& w) {
    if (w.kind == Item::Kind::Adjective) return true;
    if (w.kind != Item::Kind::Word || w.te != w.tb + 1 || in(w, rank)) return false;
    if (in(w, b.group_origin)) return true;
    if (w.upper) return is_name_word(w) && !common_non_noun(tokens[w.tb]);
    return says_which_body(w, tokens) && !in(w, b.quantifier) && !in(w, body_noun);
  };
  auto is_verb = [&](const Item& w) {
    return w.kind == Item::Kind::Word && !w.upper && (tokens[w.tb].classes & Token::kVerb) != 0 && !in(w, b.stop) &&
           !in(w, b.preposition) && !in(w, b.coordinator) && !in(w, b.determiner);
  };
  constexpr std::size_t kMostWords = 4;
  for (std::size_t n = 2; n < items.size(); ++n) {
    const Item& noun = items[n];
    if (noun.kind != Item::Kind::Word || noun.upper || !in(noun, body_noun)) continue;
    std::size_t d = n;
    for (std::size_t words = 0; d > 0 && words < kMostWords; ++words) {
      // "The separatist Herri (Unity) movement": a gloss in brackets after a name.
      if (items[d - 1].norm == ")"sv) {
        std::size_t open = d - 1;
        while (open > 0 && d - open < 5 && items[open - 1].kind == Item::Kind::Word && items[open - 1].norm != "("sv) --open;
        if (open < 2 || items[open - 1].norm != "("sv || !is_name_word(items[open - 2]) || open == d - 1) break;
        d = open - 1;
      }
      if (!says_which(items[d - 1]) && !in(items[d - 1], rank)) break;
      --d;
    }
    if (d == n || d == 0 || !in(items[d - 1], b.determiner) || in(items[d - 1], b.possessive_person) ||
        in(items[d - 1], b.possessive_actor))
      continue;
    std::size_t first = d;  // "the main rebel group": the rank is no part of the label
    while (first < n && in(items[first], rank)) ++first;
    if (first == n) continue;
    // "the rebel group" with lower-case words only is a reference to the
    // body named before it (ClauseReader); "the largest Tamil rebel group" is not.
    const bool definite = items[d - 1].norm == "the"sv;
    if (definite && std::none_of(items.begin() + static_cast<long>(first), items.begin() + static_cast<long>(n),
                                 [](const Item& w) { return w.upper; }))
      continue;
    const std::size_t det = d - 1;
    // Where it speaks or acts: it opens the sentence, follows a comma
    // ("..., a rights group said") or follows members who open the clause
    // and act for it, as for a named body ("Leaders of the ... coalition
    // agreed", "Leaders of Hamas agreed"), and a verb follows it; or it
    // follows ", said" at the end of the sentence.
    const bool members = det >= 2 && items[det - 1].norm == "of"sv && in(items[det - 2], b.group_person) &&
                         (det == 2 || items[det - 3].norm == ","sv);
    const bool opens = det == 0 || items[det - 1].norm == ","sv || members;
    // "an Islamist group based in Mindanao": where it is based is part of its
    // description, as a place is of a group's ("Rebels in the Ivory Coast").
    std::size_t end = n + 1;
    if (end + 2 < items.size() && in(items[end], based) && (items[end + 1].norm == "in"sv || items[end + 1].norm == "at"sv)) {
      std::size_t p = end + 2;
      if (items[p].norm == "the"sv && p + 1 < items.size()) ++p;
      const Item& at = items[p];
      std::size_t q = p;
      if (at.kind == Item::Kind::Entity && at.keys.size() == 1 && !at.types.empty() &&
          (at.types[0] == EntityType::State || at.types[0] == EntityType::Place))
        q = p + 1;
      else  // a name no list holds, a place after "in" (which places() would read later)
        while (q < items.size() && q < p + 3 && is_name_word(items[q])) ++q;
      if (q > p) end = q;
    }
    // "A Tamil rebel group, Eelam Liberation Front (ELF), rejected": a name
    // between commas does not part it from its verb.
    std::size_t verb = end;
    if (verb < items.size() && items[verb].norm == ","sv) {
      std::size_t q = verb + 1;
      while (q < items.size() && q < verb + 10 &&
             (is_name_word(items[q]) || items[q].kind == Item::Kind::Entity || items[q].norm == "("sv ||
              items[q].norm == ")"sv || items[q].norm == "of"sv || items[q].norm == "for"sv))
        ++q;
      if (q > verb + 1 && q < items.size() && items[q].norm == ","sv) verb = q + 1;
    }
    // Not a passive ("A hospital wing was hit"): what undergoes an act is
    // described by what happened to it, not by what it is.
    const bool passive = verb + 1 < items.size() && tokens[items[verb].tb].lemma == "be"sv &&
                         items[verb + 1].kind == Item::Kind::Word && (tokens[items[verb + 1].tb].classes & Token::kVerb) &&
                         !tokens[items[verb + 1].tb].norm.ends_with("ing");
    const bool acts = opens && verb < items.size() && is_verb(items[verb]) && !passive;
    const bool inverted = det >= 2 && items[det - 2].norm == ","sv && in(items[det - 1], b.speech_verb) &&
                          (end == items.size() || items[end].kind == Item::Kind::Punct);
    if (!acts && !inverted) continue;
    Entity g;
    g.type = EntityType::ActorGroup;
    g.label = text::squeeze_space(surface(text, tokens, items[first].tb, items[end - 1].te));
    g.key = "group/" + slug(g.label);
    g.member_type = "Organization";
    const std::uint32_t head = tokens[noun.te - 1].word;
    const std::string& key = add_entity(std::move(g));
    Item& group = mention_over(items, det, end, key, EntityType::ActorGroup, Mention::Source::Group);
    group.head_word = head;
    n = det;
  }
}

std::size_t Chunker::group_place(const std::vector<Item>& items, const std::vector<Token>& tokens, std::size_t i,
                                 int where) const {
  // "Rebels in the Ivory Coast", "students throughout Indonesia": a state, or
  // a place the gazetteer knows ("Demonstrators in Baghdad"), after the noun.
  // Not "in East Timor's capital": the place is another one. After "of"
  // only a place ("Druze villagers of the Syrian Golan Heights", "residents
  // of Gaza"; "Leaders of Iran" are Iran acting), or the person a noun of
  // FOLLOWERS follows ("supporters of former President Ahmed Ben Bella").
  if (i + 2 >= items.size()) return 0;
  const bool of = items[i + 1].norm == "of"sv;
  if (!of && !in(items[i + 1], where)) return 0;
  std::size_t p = i + 2;
  if (items[p].norm == "the"sv && p + 1 < items.size()) ++p;
  if (of && items[p].kind == Item::Kind::Adjective && p + 1 < items.size()) ++p;  // "of the Syrian Golan Heights"
  const Item& at = items[p];
  // "Palestinian police in Jericho": a name no list holds after "in" is a
  // place by its shape, which places() makes after the groups; not one that
  // a word after it that may be a noun may make a modifier ("students in
  // English classes", "police in Gaza fire": when in doubt, no place).
  if (!of && is_name_word(at)) {
    std::size_t e = p;
    while (e + 1 < items.size() && is_name_word(items[e + 1])) ++e;
    if (e + 1 >= items.size()) return e;
    const Item& next = items[e + 1];
    const bool modifier = next.kind == Item::Kind::Word && !next.upper && (tokens[next.tb].classes & Token::kNoun);
    return next.norm == "'s"sv || modifier ? 0 : e;
  }
  if (at.kind != Item::Kind::Entity || at.keys.size() != 1 || at.types.empty()) return 0;
  if (p + 1 < items.size() && items[p + 1].norm == "'s"sv) return 0;
  if (of && at.types[0] == EntityType::Person) return in(items[i], rules_.if_defined.followers) ? p : 0;
  if (at.source != Mention::Source::Gazetteer) return 0;
  if (at.types[0] != EntityType::Place && (of || at.types[0] != EntityType::State)) return 0;
  return p;
}

std::size_t Chunker::member_of(const std::vector<Item>& items, std::size_t i) const {
  const auto& b = rules_.builtin;
  if (i + 2 >= items.size()) return 0;
  // "Members of the Association of African Jurists", "leaders of the
  // coalition": a noun for a body's own people (MEMBER_NOUN) before "of".
  const bool own_people = items[i + 1].norm == "of"sv && in(items[i], b.member_noun) &&
                          (in(items[i], b.group_person) || in(items[i], b.group_noun));
  if (!own_people && !in(items[i], b.group_person)) return 0;
  std::size_t p = i + 2;
  // "workers affiliated with the union", "fighters belonging to the
  // brigade": a word of MEMBERSHIP and its preposition say so too.
  if (items[i + 1].norm != "from"sv && !own_people) {
    const bool membership = in(items[i + 1], rules_.if_defined.membership);
    if (!membership || (items[i + 2].norm != "with"sv && items[i + 2].norm != "to"sv)) return 0;
    ++p;
    if (p >= items.size()) return 0;
  }
  if (in(items[p], b.determiner) && p + 1 < items.size()) ++p;
  // "the defeated Fatah Party": a participle or adjective before the name.
  if (items[p].kind == Item::Kind::Word && !items[p].upper && p + 1 < items.size() && !in(items[p], b.stop)) ++p;
  const Item& body = items[p];
  if (body.kind != Item::Kind::Entity || body.keys.size() != 1 || body.types.empty() ||
      (body.types[0] != EntityType::Organization && body.types[0] != EntityType::ArmedForce))
    return 0;
  return p;
}

std::size_t Chunker::loyal_patron(const std::vector<Item>& items, const std::vector<Token>& tokens, std::size_t i) const {
  // "Militiamen loyal to the ousted president Moussa Dadis Camara shelled the
  // barracks", "Gunmen loyal to Iraq's Kurdish leader Massoud Barzani said":
  // a name, with what stands before it ("Iraq's Kurdish leader"), ends the
  // phrase, and a verb, a comma or the sentence's end comes next (not
  // "troops loyal to Kiir's rival": the name is no patron there; not "loyal
  // to the cause": no name; not a place). The phrase names the group; the
  // patron does not act.
  const auto& b = rules_.builtin;
  if (i + 3 >= items.size() || !in(items[i + 1], rules_.if_defined.loyal) || items[i + 2].norm != "to"sv) return 0;
  std::size_t last = 0;
  for (std::size_t p = i + 3; p < items.size() && p < i + 11; ++p) {
    const Item& w = items[p];
    if (w.kind == Item::Kind::Entity) {
      if (w.keys.size() != 1 || w.types.empty() || w.types[0] == EntityType::Place || w.types[0] == EntityType::ActorGroup) return 0;
      last = p;
      continue;
    }
    if (w.norm == "'s"sv && last == p - 1) continue;
    // "the", "ousted", "leader", "frontman": words that say who the patron is.
    const std::uint8_t classes = tokens[w.tb].classes;
    const bool describes = w.kind == Item::Kind::Word && !w.upper && !in(w, b.stop) && !in(w, b.preposition) &&
                           !in(w, b.coordinator) && ((classes & (Token::kNoun | Token::kAdjective)) || classes == 0);
    if (in(w, b.determiner) || describes) continue;
    break;
  }
  if (!last) return 0;
  if (last + 1 == items.size()) return last;
  const Item& next = items[last + 1];
  const bool verb_next = next.kind == Item::Kind::Word && !next.upper && (tokens[next.tb].classes & Token::kVerb);
  return next.norm == ","sv || next.kind == Item::Kind::Punct || verb_next ? last : 0;
}

void Chunker::groups(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  const int where = rules_.if_defined.group_where;
  const int stance = rules_.if_defined.group_stance;
  const int crowd_noun = rules_.if_defined.crowd_noun;
  const int ethnic = rules_.if_defined.ethnic;
  // A group's noun (GROUP_NOUN, or a CROWD_NOUN after a crowd word) or an
  // ETHNIC word before a people's plural opens every group: without one,
  // each item fails the first test of the loop below.
  if (!(gates_ & (kGroupNoun | kCrowdNoun | kEthnic))) return;
  for (std::size_t i = 0; i < items.size(); ++i) {
    // "Hundreds of thousands of people": a noun for anyone is a group only
    // behind a crowd word (not "killed 23 people", nor "the Zambian people").
    const bool crowd_of = in(items[i], crowd_noun) && i >= 2 && items[i - 1].norm == "of"sv && in(items[i - 2], b.crowd);
    // "ethnic Albanians in Serbia": a people, not the state whose plural
    // names them ("Albanians protested" stays Albania).
    const bool people = i > 0 && in(items[i - 1], ethnic) && items[i].kind == Item::Kind::Entity && items[i].plural &&
                        items[i].keys.size() == 1 && !items[i].types.empty() && items[i].types[0] == EntityType::State;
    if (!(people || ((in(items[i], b.group_noun) || crowd_of) && items[i].kind == Item::Kind::Word))) continue;
    // "opposition parties": the last noun heads the group.
    if (i + 1 < items.size() && items[i + 1].kind == Item::Kind::Word && in(items[i + 1], b.group_noun)) continue;
    std::size_t j = i;
    std::vector<std::size_t> modifiers;
    // Modifiers the label spells whole, from their first item to one past
    // their last: "Iranian-backed", "Ivory Coast", "university".
    std::map<std::size_t, std::size_t> spelled;
    if (people) {
      --j;
      modifiers.push_back(j);
      spelled[j] = j + 1;
    }
    // Modifiers that say how the people are, not who: "angry protesters",
    // "unidentified gunmen"; the mention holds them, the label does not.
    std::set<std::size_t> manner;
    // "European leaders", "other unspecified states", "Japanese and Philippine defense officials"
    while (j > 0) {
      const Item& w = items[j - 1];
      // "anti-government demonstrators", "pro-Russian separatists": a stance
      // prefix, a glued hyphen and what it is for make one modifier.
      if (modifiers.empty() && j >= 3 && in(items[j - 3], stance) && items[j - 2].norm == "-"sv &&
          tokens[items[j - 2].tb].glued && tokens[w.tb].glued && w.kind != Item::Kind::Punct) {
        j -= 3;
        spelled[j] = j + 3;
        modifiers.push_back(j);
        continue;
      }
      // "an Iranian-backed militia", "Iran-aligned groups": the sponsor, a
      // glued hyphen and a participle make one modifier. A sponsor may be an
      // acronym no list holds, glued to the hyphen ("IS-linked militants",
      // "RSF-aligned fighters"); and two sponsors may share the participle,
      // the first with a hanging dash ("Al Qaeda- and IS-linked militants",
      // "Russian- and Iranian-backed forces"): one modifier still, which the
      // label spells whole.
      auto sponsor = [&](std::size_t k) {
        const Item& s = items[k];
        if (s.kind == Item::Kind::Adjective) return true;
        if (s.kind == Item::Kind::Word)
          return s.upper && s.te == s.tb + 1 && tokens[s.tb].all_caps && tokens[s.tb].norm.size() >= 2;
        return s.kind == Item::Kind::Entity && s.keys.size() == 1 && !s.locative &&
               s.types[0] != EntityType::Place && s.types[0] != EntityType::Person;
      };
      if (modifiers.empty() && w.kind == Item::Kind::Word && in(w, b.sponsored) && j >= 3 &&
          items[j - 2].norm == "-"sv && tokens[items[j - 2].tb].glued && tokens[w.tb].glued && sponsor(j - 3)) {
        const std::size_t end = j;
        j -= 3;
        if (j >= 3 && in(items[j - 1], b.coordinator) && items[j - 2].kind == Item::Kind::Punct &&
            (items[j - 2].norm == "-"sv || items[j - 2].norm == "–"sv) && tokens[items[j - 2].tb].glued &&
            sponsor(j - 3))
          j -= 3;
        spelled[j] = end;
        modifiers.push_back(j);
        continue;
      }
      // "angry protesters": a word the lexicon knows only as an adjective (a
      // capital only where the sentence opens; no verb's participle, which
      // may be the verb: "police arrested protesters").
      if (w.kind == Item::Kind::Word && (!w.upper || w.tb == 0) && tokens[w.tb].classes == Token::kAdjective &&
          in(items[i], b.group_person) && !in(w, b.stop) && !in(w, b.preposition) && !in(w, b.quantifier) &&
          !in(w, b.coordinator) && !in(w, b.group_origin) && !in(w, b.group_mod) && !in(w, b.group_domain)) {
        --j;
        modifiers.push_back(j);
        manner.insert(j);
        continue;
      }
      bool joined_adjectives = in(w, b.coordinator) && j >= 2 && items[j - 2].kind == Item::Kind::Adjective &&
                               !modifiers.empty() && items[modifiers.back()].kind == Item::Kind::Adjective;
      // "Western military and intelligence officials": so are two domains.
      const bool joined_domains = in(w, b.coordinator) && j >= 2 && in(items[j - 2], b.group_domain) &&
                                  !modifiers.empty() && in(items[modifiers.back()], b.group_domain);
      // "Tuareg insurgents", "Yoruba leaders": a name of people before a noun for people.
      bool origin_name = is_name_word(w) && in(items[i], b.group_person) && !in(w, b.group_mod) &&
                         !in(w, b.group_domain) && !in(w, b.quantifier) && !common_non_noun(tokens[w.tb]) &&
                         (modifiers.empty() || !is_name_word(items[modifiers.back()]));
      // "Ivory Coast rebels": a state's name before a noun for people.
      const bool origin_state = modifiers.empty() && w.kind == Item::Kind::Entity && w.keys.size() == 1 &&
                                !w.locative && !w.plural && !w.types.empty() && w.types[0] == EntityType::State &&
                                in(items[i], b.group_person);
      if (origin_state) {
        --j;
        modifiers.push_back(j);
        spelled[j] = j + 1;
        break;
      }
      // "French paper workers", "Liberian riot police": one lower-case noun
      // between a state's adjective (or an origin) and the noun for people.
      const bool trade = modifiers.empty() && w.kind == Item::Kind::Word && !w.upper &&
                         (tokens[w.tb].classes & Token::kNoun) != 0 && !in(w, b.stop) && !in(w, b.preposition) &&
                         !in(w, b.group_noun) && !in(w, b.group_mod) && !in(w, b.group_domain) && j >= 2 &&
                         (items[j - 2].kind == Item::Kind::Adjective || in(items[j - 2], b.group_origin)) &&
                         in(items[i], b.group_person);
      if (trade) {
        --j;
        modifiers.push_back(j);
        spelled[j] = j + 1;
        continue;
      }
      if (!(w.kind == Item::Kind::Adjective || in(w, b.group_origin) || in(w, b.group_mod) || joined_adjectives ||
            joined_domains || origin_name ||
            (in(w, b.group_domain) && (modifiers.empty() || items[modifiers.back()].kind != Item::Kind::Adjective))))
        break;
      --j;
      modifiers.push_back(j);
    }
    auto origin = [&](std::size_t m) {
      return spelled.count(m) || manner.count(m) || items[m].kind == Item::Kind::Adjective || in(items[m], b.group_origin) || in(items[m], b.group_mod) ||
             (is_name_word(items[m]) && !in(items[m], b.group_domain));
    };
    // "its forces in Lebanon": whose they are says more than where.
    const bool owned = j > 0 && (in(items[j - 1], b.possessive_actor) || in(items[j - 1], b.possessive_person) ||
                                 items[j - 1].norm == "'s"sv);
    std::size_t place = owned ? 0 : group_place(items, tokens, i, where);
    // "Militants loyal to Zarqawi": whom they follow names them, as a place does.
    const bool loyal = !place && !owned && (place = loyal_patron(items, tokens, i)) != 0;
    // A domain word alone is no group ("defense officials"), unless a place
    // says whose: "Security forces in Guinea".
    while (!place && !modifiers.empty() && !origin(modifiers.back())) {
      modifiers.pop_back();
      ++j;
    }
    // "Ukraine's allies", "Iran's proxies": a group named by whose it is.
    if (modifiers.empty() && j >= 2 && items[j - 1].norm == "'s"sv && items[j - 2].kind == Item::Kind::Entity &&
        items[j - 2].keys.size() == 1 && !items[j - 2].types.empty() && items[j - 2].types[0] == EntityType::State) {
      j -= 2;
      modifiers = {j + 1, j};  // reversed below
    }
    std::optional<long long> quantity;
    if (j > 0 && items[j - 1].kind == Item::Kind::Number) {
      --j;
      quantity = items[j].number;
      // "up to 1,000", "about 200", "some 500,000": the count's qualifier.
      j = count_start(items, j);
    }
    // "thousands of", "tens of thousands of", "a group of": a crowd of the
    // group's members is the group.
    const bool has_members = !modifiers.empty() || quantity || in(items[i], b.group_person) || crowd_of;
    // "thousands of university students": a noun before the members' noun.
    if (has_members && modifiers.empty() && !quantity && j >= 3 && items[j - 1].kind == Item::Kind::Word &&
        !items[j - 1].upper && !in(items[j - 1], b.stop) && !in(items[j - 1], b.preposition) && items[j - 2].norm == "of"sv &&
        items[j - 3].kind == Item::Kind::Word && in(items[j - 3], b.crowd)) {
      --j;
      modifiers.push_back(j);
      spelled[j] = j + 1;
    }
    bool crowd = false;
    while (has_members && j >= 2 && items[j - 1].norm == "of"sv && items[j - 2].kind == Item::Kind::Word &&
           in(items[j - 2], b.crowd)) {
      crowd = true;
      j -= 2;
      if (j > 0 && (items[j - 1].norm == "a"sv || items[j - 1].norm == "an"sv)) --j;
    }
    // "..., police said", "witnesses said": a bare noun for people that speaks.
    bool speaks = modifiers.empty() && !quantity && in(items[i], b.group_person) && i + 1 < items.size() &&
                  items[i + 1].kind == Item::Kind::Word && in(items[i + 1], b.speech_verb) &&
                  (j == 0 || items[j - 1].norm == ","sv || in(items[j - 1], b.determiner));
    // "Prisoners rioted": a bare noun for people that opens the sentence
    // before a verb (not "Prisoners of war talks").
    const bool opens = modifiers.empty() && !quantity && j == 0 && in(items[i], b.group_person) &&
                       i + 1 < items.size() && items[i + 1].kind == Item::Kind::Word && !items[i + 1].upper &&
                       (tokens[items[i + 1].tb].classes & Token::kVerb) != 0 && !in(items[i + 1], b.stop) &&
                       !in(items[i + 1], b.preposition) && !in(items[i + 1], b.coordinator);
    // "activists from the defeated Fatah Party": members of a named body act for it.
    const bool unnamed = std::all_of(modifiers.begin(), modifiers.end(), [&](std::size_t m) { return manner.count(m) > 0; });
    if (const std::size_t body = unnamed ? member_of(items, i) : 0; body) {
      Item item = items[body];
      item.tb = items[j].tb;
      item.head_word = items[i].word;  // "received observers from the OSCE": observers
      item.quantity = quantity;
      std::size_t end = body + 1;
      if (end < items.size() && items[end].upper && in(items[end], b.org_head)) ++end;  // "Fatah Party"
      item.te = items[end - 1].te;
      items.erase(items.begin() + static_cast<long>(j) + 1, items.begin() + static_cast<long>(end));
      items[j] = std::move(item);
      i = j;
      continue;
    }
    // "used teargas against protesters", "fired at demonstrators":
    // a bare noun for people after "against" or "at" is whom the act is aimed at.
    const bool opposed = modifiers.empty() && !quantity && j > 0 && in(items[i], b.group_person) &&
                         items[j - 1].kind == Item::Kind::Word && (items[j - 1].norm == "against"sv || items[j - 1].norm == "at"sv);
    // "was beaten by police", "were detained by soldiers": one after a
    // participle's "by" is its agent (not after a plural noun's: "ordered
    // patrols by police" is an order's content, not what police did).
    const bool agent = modifiers.empty() && !quantity && j >= 2 && in(items[i], b.group_person) &&
                       items[j - 1].norm == "by"sv && items[j - 2].kind == Item::Kind::Word && !items[j - 2].upper &&
                       (tokens[items[j - 2].tb].classes & Token::kVerb) && tokens[items[j - 2].tb].lemma != items[j - 2].norm &&
                       !items[j - 2].norm.ends_with("s");
    if (modifiers.empty() && !quantity && !speaks && !crowd && !place && !opens && !opposed && !agent) continue;
    std::string label;
    std::reverse(modifiers.begin(), modifiers.end());
    for (auto m : modifiers)
      if (manner.count(m)) continue;
      else if (auto it = spelled.find(m); it != spelled.end())
        label += std::string(surface(text, tokens, items[m].tb, items[it->second - 1].te)) + " ";
      else if (items[m].kind == Item::Kind::Entity || items[m].norm == "'s"sv)
        label += std::string(surface(text, tokens, items[m].tb, items[m].te)) + (items[m].norm == "'s"sv ? " " : "");
      else if (items[m].kind == Item::Kind::Adjective || in(items[m], b.group_origin) || in(items[m], b.group_domain) ||
          in(items[m], b.coordinator) || (is_name_word(items[m]) && !in(items[m], b.group_mod)))
        label += std::string(surface(text, tokens, items[m].tb, items[m].te)) + " ";
    label += std::string(surface(text, tokens, items[i].tb, items[i].te));
    // The place names the group; the mention stays the noun, so that "in
    // Guinea" remains a place the rules may read. (No sg:locatedIn: its
    // domain is sg:Place, and a group is no place.)
    if (place) label += " " + std::string(surface(text, tokens, items[i + 1].tb, items[place].te));
    Entity g;
    g.type = EntityType::ActorGroup;
    g.label = text::squeeze_space(label);
    g.key = "group/" + slug(g.label);
    g.member_type = in(items[i], b.group_state)                   ? "State"
                    : in(items[i], b.group_person) || crowd_of || people ? "Person"
                                                               : "Actor";
    std::string key = add_entity(std::move(g));
    const std::uint32_t head = tokens[items[i].te - 1].word;
    // The person the followers follow is part of their mention: in
    // "Supporters of President Kiir attacked the camp" he is no subject.
    const bool follows = loyal || (place && items[place].kind == Item::Kind::Entity && items[place].types[0] == EntityType::Person);
    Item& group = mention_over(items, j, follows ? place + 1 : i + 1, key, EntityType::ActorGroup, Mention::Source::Group);
    group.quantity = quantity;
    group.head_word = head;
    i = j;
  }
}

void Chunker::places(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  auto is_place = [](const Item& it) {
    return it.kind == Item::Kind::Entity && it.keys.size() == 1 && it.types[0] == EntityType::Place;
  };
  auto make_place = [&](std::size_t from, std::size_t to, const std::string& located_in) {
    Entity p;
    p.type = EntityType::Place;
    p.label = text::squeeze_space(surface(text, tokens, items[from].tb, items[to - 1].te));
    p.key = "place/" + slug(p.label);
    p.located_in = located_in;
    std::string key = add_entity(std::move(p));
    mention_over(items, from, to, key, EntityType::Place, Mention::Source::Place);
  };
  // A run of capitalised words or places joined by glued hyphens, ending before `end`.
  auto run_start = [&](std::size_t end) {
    std::size_t s = end;
    while (s > 0) {
      const Item& w = items[s - 1];
      if (is_name_word(w) || is_place(w)) {
        --s;
        continue;
      }
      if (w.norm == "-"sv && tokens[w.tb].glued && s >= 2 && s < end) {
        --s;
        continue;
      }
      break;
    }
    return s;
  };
  // A lower-case noun at items[k] that would make a compound of the noun before it.
  auto noun_compound = [&](std::size_t k) {
    return k < items.size() && items[k].kind == Item::Kind::Word && !items[k].upper &&
           (tokens[items[k].tb].classes & Token::kNoun) && !in(items[k], b.preposition) &&
           !in(items[k], b.determiner) && !in(items[k], b.coordinator) && !in(items[k], b.aux);
  };
  // "recaptured al Khawai": an Arabic article before a name is part of it.
  auto article_name = [&](std::size_t k) {
    return k + 1 < items.size() && in(items[k], b.place_article) && !items[k].upper && is_name_word(items[k + 1]);
  };
  // "Sumy Oblast", "Pokrovsk direction", "Kostyantynivka-Druzhkivka tactical area"
  // (Only where the sentence has a word of either class.)
  const bool names_place_kind = (gates_ & (kPlaceSuffix | kPlaceHead)) != 0;
  for (std::size_t i = 1; names_place_kind && i < items.size(); ++i) {
    if (!in(items[i], b.place_suffix) && !(items[i].upper && in(items[i], b.place_head))) continue;
    std::size_t end = i;
    if (end > 0 && in(items[end - 1], b.place_suffix_mod)) --end;
    std::size_t s = run_start(end);
    if (s == end) continue;
    std::string located_in;
    for (std::size_t k = s; k < end; ++k)
      if (is_place(items[k])) {
        auto it = entities_.find(items[k].keys[0]);
        if (it != entities_.end()) located_in = it->second.located_in;
      }
    make_place(s, i + 1, located_in);
    // "blocked the Europe Bridge": the suffix is the noun a cue reads.
    items[s].head_word = tokens[items[s].te - 1].word;
    i = s;
  }
  // After "in", "near", "toward": places, and capitals are places, not actors.
  // Also after "west of", and a new name after a verb of taking or striking
  // ("seized Rivnopillia", "shelled Pryluky and Yablukove").
  for (std::size_t i = 0; i + 1 < items.size(); ++i) {
    std::size_t m = i + 1;
    // "the towns of Nubl and Zahraa", "the region of Puntland" (not "the
    // state of": "the State of Israel" is the state).
    const bool place_noun = items[i].kind == Item::Kind::Word && !items[i].upper &&
                            (in(items[i], b.place_noun) || (in(items[i], b.place_suffix) && items[i].norm != "state"sv));
    if ((in(items[i], b.direction) || place_noun) && i + 2 < items.size() && items[i + 1].norm == "of"sv) {
      m = i + 2;
    } else if (in(items[i], b.place_verb)) {
      if (!(is_name_word(items[m]) || is_place(items[m]) || article_name(m))) continue;
    } else if (!in(items[i], b.locative)) {
      continue;
    }
    while (true) {
      // "in parts of central and southern Somalia": a part of the place,
      // and several regions of one state, are that state.
      if (m + 1 < items.size() && in(items[m], b.partitive) && items[m + 1].norm == "of"sv) m += 2;
      bool regions = false;
      while (m + 2 < items.size() && in(items[m], b.compass) && in(items[m + 1], b.coordinator) &&
             in(items[m + 2], b.compass)) {
        m += 2;
        regions = true;
      }
      if (m < items.size() && in(items[m], b.determiner)) ++m;
      if (m < items.size() && in(items[m], b.direction)) ++m;
      // "from the capital, Khartoum, and", "in the port city, Hodeidah.": a
      // noun for a place (one more before it: "port city"), a comma and a
      // listed place set off as an apposition (not "in the area, Russia
      // said": a state, or no comma or end after the name).
      if (m + 4 < items.size() && !items[m].upper && in(items[m], b.place_noun) && in(items[m + 1], b.place_noun)) {
        if (items[m + 2].norm == ","sv && is_place(items[m + 3]) && items[m + 4].kind == Item::Kind::Punct) m += 3;
      } else if (m + 3 < items.size() && !items[m].upper &&
                 (in(items[m], b.place_noun) || in(items[m], rules_.if_defined.place_apposition)) &&
                 items[m + 1].norm == ","sv && is_place(items[m + 2]) && items[m + 3].kind == Item::Kind::Punct) {
        m += 2;
      }
      if (m >= items.size()) break;
      if (!regions && items[m].kind == Item::Kind::Entity && items[m].keys.size() == 1 &&
          items[m].types[0] == EntityType::State && in(items[m - 1], b.compass) && items[m - 1].tb + 1 == items[m].tb) {
        // "in northern Sudan": a region of the state, not the state.
        std::string state = items[m].keys[0];
        make_place(m - 1, m + 1, state);
        --m;
        items[m].locative = true;
      } else if (items[m].kind == Item::Kind::Adjective && !items[m].region_adjective && m + 1 < items.size() &&
                 items[m + 1].kind == Item::Kind::Word && !items[m + 1].upper && in(items[m + 1], b.state_part) &&
                 templates_[items[m].ref].entity.type == EntityType::State && !noun_compound(m + 2)) {
        // "along the Syrian coast": a part of the state, named by its
        // adjective ("near the Syrian coast guard" is no place).
        make_place(m, m + 2, use_entry(items[m].ref));
        items[m].locative = true;
      } else if (items[m].kind == Item::Kind::Entity) {
        items[m].locative = true;
      } else if (is_name_word(items[m]) || article_name(m)) {
        std::size_t e = m + (article_name(m) ? 1 : 0);
        while (e < items.size() && (is_name_word(items[e]) ||
                                    (items[e].norm == "-"sv && tokens[items[e].tb].glued && e + 1 < items.size() &&
                                     is_name_word(items[e + 1]))))
          ++e;
        // "patrols along the Line of Actual Control", "near the Cape of Good
        // Hope": a new name goes on over "of" and capitalised words.
        if (const std::size_t of_end = name_after_of(items, e); of_end > 0) e = of_end;
        make_place(m, e, "");
        items[m].locative = true;
      } else {
        break;
      }
      // "X, Yemen", "Merowe, Northern State", "Soba, Khartoum State": the state
      // or the region (a place whose name ends in a suffix such as State,
      // Province, Oblast) locates the place; it is no second place.
      auto region = [&](const Item& it) {
        if (it.kind != Item::Kind::Entity || it.keys.size() != 1) return false;
        if (it.types[0] == EntityType::State) return true;
        return it.types[0] == EntityType::Place && it.te > it.tb &&
               rules_.lexicon.in(tokens[it.te - 1].word, b.place_suffix);
      };
      // Not when the place lies elsewhere, nor when the name is the subject
      // of the verb after it: "In Kyiv, Russia attacked".
      const ClauseReader words(rules_);
      auto subject_next = [&](std::size_t r) { return r + 1 < items.size() && words.may_be_verb(items[r + 1]); };
      auto locates = [&](std::size_t p, std::size_t r) {
        auto it = entities_.find(items[p].keys[0]);
        if (items[r].types[0] == EntityType::State && it != entities_.end() && !it->second.located_in.empty() &&
            it->second.located_in != items[r].keys[0])
          return false;
        return !subject_next(r);
      };
      if (m + 2 < items.size() && items[m + 1].norm == ","sv && region(items[m + 2]) && is_place(items[m]) &&
          locates(m, m + 2)) {
        auto it = entities_.find(items[m].keys[0]);
        if (it != entities_.end() && it->second.located_in.empty()) it->second.located_in = items[m + 2].keys[0];
        items[m].te = items[m + 2].te;
        items.erase(items.begin() + static_cast<long>(m) + 1, items.begin() + static_cast<long>(m) + 3);
      }
      // "near Kupyansk and Siversk", "in Gaza City, Khan Younis, and Rafah"
      std::size_t n = m + 1;
      if (n < items.size() && items[n].norm == ","sv) ++n;
      if (n < items.size() && in(items[n], b.coordinator)) ++n;
      if (n == m + 1 || n >= items.size()) break;
      if (in(items[n], b.locative)) break;  // the next phrase has its own preposition
      // "..., a Kremlin spokesman said": a body or a person goes on no list of places.
      bool placelike = items[n].kind == Item::Kind::Entity &&
                       std::all_of(items[n].types.begin(), items[n].types.end(), [](EntityType t) {
                         return t == EntityType::Place || t == EntityType::State;
                       });
      if (!(placelike || is_name_word(items[n]) || in(items[n], b.determiner) || in(items[n], b.direction))) break;
      if (items[n - 1].norm == ","sv && subject_next(n)) break;  // "In Kyiv, Russia attacked"
      if (in(items[n], b.determiner) && n + 1 < items.size() && items[n + 1].kind == Item::Kind::Entity &&
          !items[n + 1].types.empty() && items[n + 1].types[0] != EntityType::Place && items[n + 1].types[0] != EntityType::State)
        break;
      m = n;
    }
  }
}

void Chunker::untitled(std::vector<Item>& items, const std::vector<Token>& tokens) const {
  for (std::size_t k = 0; k + 1 < items.size(); ++k) {
    Item& t = items[k];
    if (t.kind != Item::Kind::Title || t.upper || t.te != t.tb + 1) continue;
    const Token& word = tokens[t.tb];
    const Item& next = items[k + 1];
    if ((word.classes & Token::kAdjective) == 0 || next.kind != Item::Kind::Word || next.upper ||
        (tokens[next.tb].classes & Token::kNoun) == 0)
      continue;
    t.kind = Item::Kind::Word;
    t.norm = word.norm;
    t.word = word.word;
    t.ref = 0;
  }
}

void Chunker::state_forces(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  // First, after titles found their names and outlets were named: the
  // words that are no title, the names that are an outlet's.
  untitled(items, tokens);
  outlet_senses(items, tokens);
  // "the government said", "the junta's decision": with one state in view
  // in the sentence or its paragraph, its government (before a verb or a
  // possessive only: "talks with the government" may be another state's,
  // "the government of Mali" names its own).
  // items[from, to) become one mention of the government of `state`
  // ("state/ML"), when the gazetteer derives one for it.
  auto government_over = [&](std::size_t from, std::size_t to, const std::string& state) {
    const GazetteerEntry* government = state.size() > 6 ? gaz_.find(state.substr(6) + "-government") : nullptr;
    if (!government) return;
    const std::string key = use_entry(static_cast<std::uint32_t>(government - gaz_.entries().data()));
    mention_over(items, from, to, key, government->type, Mention::Source::Name);
  };
  const ClauseReader words(rules_);
  // (This loop and the third read only a sentence with a REFER_GOVERNMENT word.)
  const bool names_government = (gates_ & kReferGovernment) != 0;
  for (std::size_t j = 0; names_government && j + 2 < items.size(); ++j) {
    if (items[j].norm != "the"sv || items[j + 1].kind != Item::Kind::Word || items[j + 1].upper ||
        !in(items[j + 1], b.refer_government))
      continue;
    const Item& next = items[j + 2];
    if (!(next.norm == "'s"sv || (next.kind == Item::Kind::Word && !in(next, b.preposition) && words.may_be_verb(next))))
      continue;
    // (The sentence's or the paragraph's state only: a state the report
    // named earlier is often another party, "China called for calm".)
    government_over(j, j + 2, clear_state(items, /*report_too=*/false));
  }
  // "ECOWAS accused the junta of delaying the vote", "urged the regime to
  // free him": REFER_RULERS after a verb (or its "on": "called on the
  // junta") are the government of the one state of the paragraph so far
  // (not of the paragraph before, which is often another party: "China
  // called for calm. // Rebels urged the junta"); not where the sentence
  // names that state before them, as the actor or its party ("Mali urged
  // the regime": no Malian regime), nor where "of" or "in" and a name say
  // whose ("the regime of Bashar al-Assad"). (A possessive after is the
  // first loop's: "seized the junta's headquarters".)
  const int rulers = rules_.if_defined.refer_rulers;
  for (std::size_t j = 1; names_government && rulers >= 0 && j + 2 < items.size(); ++j) {
    if (items[j].norm != "the"sv || items[j + 1].kind != Item::Kind::Word || items[j + 1].upper ||
        !in(items[j + 1], rulers))
      continue;
    std::size_t v = j - 1;
    if (items[v].norm == "on"sv && v > 0) --v;
    const Token& verb = tokens[items[v].tb];
    if (items[v].kind != Item::Kind::Word || items[v].upper || !(verb.classes & Token::kVerb) || verb.lemma.empty() ||
        verb.lemma == verb.norm)
      continue;
    const Item& after = items[j + 2];
    if (after.norm == "'s"sv || ((after.norm == "of"sv || after.norm == "in"sv) && j + 3 < items.size() &&
                                 (items[j + 3].kind == Item::Kind::Entity || items[j + 3].upper)))
      continue;
    if (paragraph_states_.size() == 1 && !states_in(items, j).count(*paragraph_states_.begin()))
      government_over(j, j + 2, *paragraph_states_.begin());
  }
  // "Syrian regime forces", "Georgian security forces": a state's adjective,
  // words that say which of its forces, and a noun for troops.
  for (std::size_t j = 0; j + 2 < items.size(); ++j) {
    const Item& adjective = items[j];
    if (adjective.kind != Item::Kind::Adjective || adjective.region_adjective) continue;
    // "the Japanese side": the state itself.
    if (items[j + 1].kind == Item::Kind::Word && in(items[j + 1], b.state_noun)) {
      Item item = make_item(Item::Kind::Entity, adjective.tb, items[j + 1].te);
      item.keys = {use_entry(adjective.ref)};
      item.types = {EntityType::State};
      item.metonyms = {""};
      items.erase(items.begin() + static_cast<long>(j) + 1);
      items[j] = std::move(item);
      continue;
    }
    std::size_t k = j + 1;
    while (k < items.size() && k < j + 4 && items[k].kind == Item::Kind::Word && in(items[k], b.force_mod)) ++k;
    if (k == j + 1 || k >= items.size() || items[k].kind != Item::Kind::Word || !in(items[k], b.force_noun)) continue;
    const GazetteerEntry* forces = gaz_.find(gaz_.entries()[adjective.ref].id + "-forces");
    if (!forces) continue;
    Item item = make_item(Item::Kind::Entity, adjective.tb, items[k].te);
    item.keys = {use_entry(static_cast<std::uint32_t>(forces - gaz_.entries().data()))};
    item.types = {forces->type};
    if (!learning_) {  // the words the report used name the forces too: "Georgian security forces"
      Entity name;
      name.key = item.keys[0];
      name.alt_labels.push_back(text::squeeze_space(surface(text, tokens, adjective.tb, items[k].te)));
      add_entity(std::move(name));
    }
    item.metonyms = {""};
    items.erase(items.begin() + static_cast<long>(j) + 1, items.begin() + static_cast<long>(k) + 1);
    items[j] = std::move(item);
  }
  // "the Malian junta", "Myanmar's junta", "Mali's military government": a
  // state's adjective or possessive, perhaps "military", and a noun of
  // REFER_GOVERNMENT: that state's government. (Not before a noun for
  // troops, which the loop above made forces, nor in a title: "junta
  // leader Tiani" is a person's.)
  for (std::size_t j = 0; names_government && j + 1 < items.size(); ++j) {
    const Item& first = items[j];
    std::string state;  // its key, "state/ML"
    std::size_t k = j + 1;
    bool military = false;  // "military" is read already
    if (first.kind == Item::Kind::Adjective && !first.region_adjective) {
      state = gaz_.key(first.ref);
    } else if (first.kind == Item::Kind::Entity && first.keys.size() == 1 && !first.types.empty() &&
               first.types[0] == EntityType::State && items[k].norm == "'s"sv) {
      state = first.keys[0];
      ++k;
    } else if (first.kind == Item::Kind::Entity && first.keys.size() == 1 && !first.types.empty() &&
               first.types[0] == EntityType::ArmedForce && first.te >= first.tb + 3 &&
               tokens[first.te - 1].norm == "military"sv && tokens[first.te - 2].norm == "'s"sv) {
      // "Mali's military" that the gazetteer took for the forces.
      if (auto e = entities_.find(first.keys[0]); e != entities_.end()) state = e->second.force_of;
      military = true;
    }
    if (state.size() <= 6 || !state.starts_with("state/")) continue;
    if (!military && k < items.size() && items[k].norm == "military"sv) ++k;
    if (k >= items.size() || items[k].kind != Item::Kind::Word || items[k].upper || !in(items[k], b.refer_government))
      continue;
    if (k + 1 < items.size() && ((items[k + 1].kind == Item::Kind::Word && in(items[k + 1], b.force_noun)) ||
                                 items[k + 1].kind == Item::Kind::Title || items[k + 1].kind == Item::Kind::Entity))
      continue;
    government_over(j, k + 1, state);
  }
  // "Russian drones and missiles struck": a state's forces named by a
  // weapon (a derived name) and another WEAPON_NOUN after "and" are one
  // mention.
  if (const int weapon = rules_.if_defined.weapon_noun; weapon >= 0)
    for (std::size_t j = 0; j + 2 < items.size(); ++j) {
      Item& forces = items[j];
      if (forces.kind != Item::Kind::Entity || forces.keys.size() != 1 || forces.types.empty() ||
          forces.types[0] != EntityType::ArmedForce || forces.te < forces.tb + 2 ||
          !rules_.lexicon.in(tokens[forces.te - 1].word, weapon))
        continue;
      const Item& other = items[j + 2];
      if (items[j + 1].norm != "and"sv || other.kind != Item::Kind::Word || other.upper || !in(other, weapon)) continue;
      forces.te = other.te;
      items.erase(items.begin() + static_cast<long>(j) + 1, items.begin() + static_cast<long>(j) + 3);
    }
}

void Chunker::shared_nouns(std::vector<Item>& items) {
  const auto& b = rules_.builtin;
  for (std::size_t i = 0; i < items.size(); ++i) {
    // The noun a state's body is named by: "officials" of org/ro-government
    // ("RO-government" in the gazetteer, derived for every state).
    const Item& noun = items[i];
    // (The hyphen first: starts_with() calls compare() and memcmp().)
    if (noun.kind != Item::Kind::Entity || noun.keys.size() != 1 || noun.keys[0].size() < 8 || noun.keys[0][6] != '-' ||
        !noun.keys[0].starts_with("org/"))
      continue;
    const std::string suffix = noun.keys[0].substr(7);
    std::vector<std::size_t> adjectives;
    std::size_t j = i;
    while (j >= 2) {
      const Item& joiner = items[j - 1];
      if (!(joiner.norm == ","sv || in(joiner, b.coordinator))) break;
      std::size_t a = j - 2;
      if (a > 0 && items[a].norm == ","sv && in(joiner, b.coordinator)) --a;  // ", and"
      if (items[a].kind != Item::Kind::Adjective || items[a].region_adjective) break;
      adjectives.push_back(a);
      j = a;
    }
    if (adjectives.empty()) continue;
    std::vector<std::string> keys;
    for (auto a : adjectives) {
      std::string state = gaz_.entries()[items[a].ref].id;  // "RO"
      const GazetteerEntry* body = gaz_.find(state + "-" + suffix);
      if (!body) {
        keys.clear();
        break;
      }
      keys.push_back(use_entry(static_cast<std::uint32_t>(body - gaz_.entries().data())));
    }
    if (keys.empty()) continue;
    // "Hungarian and Romanian officials": the officials of both.
    Item list = noun;
    list.source = Mention::Source::List;
    list.tb = items[j].tb;
    for (auto& k : keys) {
      list.keys.insert(list.keys.begin(), k);
      list.types.insert(list.types.begin(), noun.types[0]);
      list.metonyms.insert(list.metonyms.begin(), "");
    }
    items.erase(items.begin() + static_cast<long>(j), items.begin() + static_cast<long>(i));
    items[j] = std::move(list);
    i = j;
  }
}

void Chunker::envoy_states(std::vector<Item>& items) {
  const int envoys = rules_.if_defined.envoys;
  if (envoys < 0) return;
  const auto& b = rules_.builtin;
  // A state named by its adjective ("Russian") or its name ("U.S."), not a
  // place where something is ("in Russia") nor a people's plural.
  auto state_at = [&](const Item& it) -> bool {
    if (it.kind == Item::Kind::Adjective) return !it.region_adjective;
    return it.kind == Item::Kind::Entity && it.keys.size() == 1 && !it.types.empty() &&
           it.types[0] == EntityType::State && !it.locative && !it.plural && !it.shared;
  };
  std::vector<std::size_t> senders;  // reused across the sentence
  for (std::size_t i = 1; i < items.size(); ++i) {
    const Item& noun = items[i];
    if (noun.kind != Item::Kind::Word || noun.upper || !in(noun, envoys) || !state_at(items[i - 1])) continue;
    // "French and German negotiators", "Syrian, Lebanese and Jordanian
    // delegations": each state before the noun, right to left.
    senders.assign(1, i - 1);
    std::size_t j = i - 1;
    while (j >= 2) {
      const Item& joiner = items[j - 1];
      if (!(joiner.norm == ","sv || in(joiner, b.coordinator))) break;
      std::size_t a = j - 2;
      if (a > 0 && items[a].norm == ","sv && in(joiner, b.coordinator)) --a;  // ", and"
      if (!state_at(items[a])) break;
      senders.push_back(a);
      j = a;
    }
    // "Moscow's and Kyiv's negotiators" and a possessive before the first
    // ("Iran's Russian negotiators") say another thing: leave them.
    if (j > 0 && items[j - 1].norm == "'s"sv) continue;
    Item list;
    list.kind = Item::Kind::Entity;
    list.tb = items[j].tb;
    list.te = noun.te;
    list.source = senders.size() > 1 ? Mention::Source::List : items[senders.back()].source;
    list.head_word = noun.word;
    for (auto s = senders.rbegin(); s != senders.rend(); ++s) {
      const Item& sender = items[*s];
      list.keys.push_back(sender.kind == Item::Kind::Adjective ? use_entry(sender.ref) : sender.keys[0]);
      list.types.push_back(EntityType::State);
      list.metonyms.emplace_back();
    }
    items.erase(items.begin() + static_cast<long>(j) + 1, items.begin() + static_cast<long>(i) + 1);
    items[j] = std::move(list);
    i = j;
  }
}

void Chunker::lists(std::vector<Item>& items, const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  auto actor = [&](const Item& it) {
    if (it.kind != Item::Kind::Entity || it.locative) return false;
    for (std::size_t k = 0; k < it.keys.size(); ++k)
      if (!is_actor_type(it.types[k]) && it.metonyms[k].empty()) return false;
    return true;
  };
  std::vector<std::size_t> members;  // reused: one allocation a sentence, not one an actor
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!actor(items[i])) continue;
    members.assign(1, i);
    std::size_t j = i + 1, accepted_end = i + 1, accepted_members = 1;
    while (j < items.size()) {
      bool comma = items[j].norm == ","sv;
      std::size_t n = j + (comma ? 1 : 0);
      bool coordinated = n < items.size() && in(items[n], b.coordinator);
      if (coordinated) ++n;
      if (!comma && !coordinated) break;
      if (n < items.size() && in(items[n], b.determiner)) ++n;
      if (n < items.size() && in(items[n], b.group_mod)) ++n;  // "FARDC and allied Wazalendo militias"
      if (n >= items.size() || !actor(items[n])) break;
      // A quotation ends between them: "... of NATO countries,” and Peskov claimed".
      bool quoted = false;
      for (std::size_t t = items[j - 1].te; t < items[n].tb; ++t) quoted |= tokens[t].kind == Token::Kind::Quote;
      if (quoted) break;
      members.push_back(n);
      j = n + 1;
      if (coordinated) {
        accepted_end = j;
        accepted_members = members.size();
        break;
      }
    }
    if (accepted_members < 2) continue;
    members.resize(accepted_members);
    // The list is items[i] with every member's keys; the members are
    // items[i, accepted_end), replaced or erased below, so their keys are
    // moved, and items[i] is changed in its place rather than copied
    // (lists 7.3M -> 6.6M instructions on the 1 MB corpus).
    std::vector<std::string> keys, metonyms;
    std::vector<EntityType> types;
    std::optional<long long> quantity;
    for (auto m : members)
      for (std::size_t k = 0; k < items[m].keys.size(); ++k) {
        keys.push_back(std::move(items[m].keys[k]));
        types.push_back(items[m].types[k]);
        metonyms.push_back(std::move(items[m].metonyms[k]));
        if (items[m].quantity) quantity = items[m].quantity;
      }
    Item& list = items[i];
    list.source = Mention::Source::List;
    list.keys = std::move(keys);
    list.types = std::move(types);
    list.metonyms = std::move(metonyms);
    list.quantity = quantity;
    list.te = items[accepted_end - 1].te;
    list.official = false;
    items.erase(items.begin() + static_cast<long>(i) + 1, items.begin() + static_cast<long>(accepted_end));
  }
}

void Chunker::learn(std::string_view text, const std::vector<Token>& tokens, const std::vector<TimeExpr>& times) {
  // The context learns only from a person's name in the gazetteer (the
  // surname), from an acronym in brackets or after ", or" and from a title
  // before a name:
  // a sentence with none of these teaches nothing. Skipping it changes
  // nothing else either, since every alias's entity enters the table when
  // the alias is learned.
  bool teaches = false;
  for (const auto& t : tokens)
    if (t.norm == "("sv || t.norm == "or"sv || gaz_.may_teach(t)) {
      teaches = true;
      break;
    }
  if (!teaches) return;
  // The later steps of chunk() (members, groups, places, lists) neither
  // read nor change the context.
  // Every step reads the sentence here: of the gated steps the learning pass
  // runs only bodies() and owned_bodies(), and a first, dearer note of the
  // gates cost it more than they spared (learn 100.0M -> 101.5M instructions
  // on the 1 MB corpus).
  gates_ = 0xffff;
  // The items of the last sentence make room for this one's: their vector
  // is not allocated and freed again for each sentence.
  std::vector<Item>& items = learnt_items_;
  base_items(text, tokens, times, items);
  bodies(items, text, tokens);
  described_state_bodies(items, text, tokens);
  owned_bodies(items, text, tokens);
  acronyms(items, text, tokens);
  people(items, text, tokens);
  appositions(items, text, tokens);
}

void Chunker::event_owners(std::vector<Item>& items) {
  // Only an adjective gets an owner's key (own() below): a sentence without
  // one is left as it is, unread (8.3M instructions on the 1 MB corpus).
  if (std::none_of(items.begin(), items.end(), [](const Item& it) { return it.kind == Item::Kind::Adjective; }))
    return;
  const auto& b = rules_.builtin;
  const auto& lex = rules_.triggers;
  // Only a state's adjective: "Kurdish" names no state.
  auto own = [&](Item& a) {
    if (a.kind != Item::Kind::Adjective || a.region_adjective || !a.keys.empty() ||
        templates_[a.ref].entity.type != EntityType::State)
      return;
    a.keys = {use_entry(a.ref)};
    a.types = {EntityType::State};
    a.metonyms = {""};
  };
  for (std::size_t q = 1; q < items.size(); ++q) {
    if (items[q].kind != Item::Kind::Word || items[q].upper) continue;
    std::size_t end = 0;
    std::vector<std::string> after;
    for (const auto& f : lex.starting(items[q].word)) {
      const Trigger& t = lex.entries()[f.entry];
      if (t.pos != Trigger::Pos::Noun || t.event.empty() || t.event == "NONE"sv) continue;
      std::size_t p = q + 1;
      bool whole = true;
      for (std::size_t k = 0; k < t.rest.size() && whole; ++k, ++p)
        whole = p < items.size() && items[p].kind == Item::Kind::Word &&
                (items[p].word == t.rest[k] || (k + 1 == t.rest.size() && t.rest_plural && items[p].word == t.rest_plural));
      if (!whole) continue;
      end = std::max(end, p);
      after.insert(after.end(), t.target_after.begin(), t.target_after.end());
    }
    if (end == 0) continue;
    // The owners: adjectives right before the noun or before one lower-case
    // noun ("missile", "drone"), joined by a hyphen or "and".
    std::size_t k = q;
    if (k >= 2 && items[k - 1].kind == Item::Kind::Word && !items[k - 1].upper && !in(items[k - 1], b.determiner) &&
        !in(items[k - 1], b.preposition) && !in(items[k - 1], b.coordinator) && items[k - 2].kind == Item::Kind::Adjective)
      --k;
    while (k > 0 && items[k - 1].kind == Item::Kind::Adjective) {
      own(items[--k]);
      if (k >= 2 && (items[k - 1].norm == "-"sv || items[k - 1].norm == "and"sv) &&
          items[k - 2].kind == Item::Kind::Adjective)
        --k;
      else
        break;
    }
    // The target: "strikes on Ukrainian energy facilities".
    if (end + 1 < items.size() && items[end].kind == Item::Kind::Word &&
        std::find(after.begin(), after.end(), items[end].norm) != after.end()) {
      std::size_t t = end + 1;
      if (t < items.size() && in(items[t], b.determiner)) ++t;
      if (t < items.size()) own(items[t]);
    }
    q = end - 1;
  }
}

void Chunker::chunk(std::string_view text, AnnotatedSentence& sentence) {
  const auto& tokens = sentence.tokens;
  auto& items = sentence.chunks;
  if (sentence.sentence && sentence.sentence->paragraph != paragraph_) {
    paragraph_ = sentence.sentence->paragraph;
    previous_paragraph_states_ = std::move(paragraph_states_);
    paragraph_states_.clear();
  }
  note_gates(tokens);
  base_items(text, tokens, sentence.times, items);
  bodies(items, text, tokens);
  in_view_owners(items);
  described_state_bodies(items, text, tokens);
  owned_bodies(items, text, tokens);
  acronyms(items, text, tokens);
  people(items, text, tokens);
  possessed_bodies(items, text, tokens);
  appositions(items, text, tokens);
  outlets(items, text, tokens);
  state_forces(items, text, tokens);
  release_owners(items);
  members(items);
  // (Both read the same bodies; most sentences have none, or late.)
  units_of(items, tokens, counted_members(items, tokens));
  kind_of_body(items, tokens);
  described_groups(items, text, tokens);
  envoy_states(items);
  groups(items, text, tokens);
  places(items, text, tokens);
  shared_nouns(items);
  lists(items, tokens);
  event_owners(items);
  note_state_bodies(items);
  // "The E3 (France, Germany, and the UK)": the bracket names the members of
  // the entity before it, which stays the one actor.
  for (std::size_t i = 0; i + 3 < items.size(); ++i)
    if (items[i].kind == Item::Kind::Entity && items[i + 1].norm == "("sv &&
        items[i + 2].kind == Item::Kind::Entity && items[i + 3].norm == ")"sv) {
      items[i].te = items[i + 3].te;
      items.erase(items.begin() + static_cast<long>(i) + 1, items.begin() + static_cast<long>(i) + 4);
    }
  // The mention layer: every entity chunk, with its head word (the last
  // word before "of" or "for": "Ministry" of "the Ministry of Defense").
  sentence.mentions.clear();
  // One allocation, not one each time the vector doubles (and moves its mentions).
  sentence.mentions.reserve(static_cast<std::size_t>(std::count_if(
      items.begin(), items.end(), [](const Item& it) { return it.kind == Item::Kind::Entity && !it.shared; })));
  for (std::size_t c = 0; c < items.size(); ++c) {
    const Item& it = items[c];
    if (it.kind != Item::Kind::Entity || it.shared) continue;
    Mention m;
    m.chunk = c;
    m.tb = it.tb;
    m.te = it.te;
    m.source = it.source;
    m.keys = it.keys;
    m.types = it.types;
    m.locative = it.locative;
    m.head = it.te - 1;
    // ("Militants loyal to Zarqawi": the militants head it, as loyal_patron() read it.)
    for (std::size_t t = it.tb + 1; t < it.te; ++t)
      if (tokens[t].norm == "of"sv || tokens[t].norm == "for"sv || tokens[t].norm == "("sv ||
          (tokens[t].norm == "loyal"sv && it.source == Mention::Source::Group)) {
        m.head = t - 1;
        break;
      }
    while (m.head > it.tb && tokens[m.head].kind != Token::Kind::Word) --m.head;
    // "stormed the Swedish Embassy", "received Danish jets", "reopened the
    // Rafah crossing": the name of an organisation, a force or a place of
    // several words is headed by its noun, which a sense's object cue reads
    // as it reads "the embassy", "the crossing" (a place's by a common noun
    // only: "the Red Sea shipping lane" is a lane).
    if (!it.head_word && it.te - it.tb > 1 && !it.types.empty() &&
        (it.types[0] == EntityType::Organization || it.types[0] == EntityType::ArmedForce ||
         (it.types[0] == EntityType::Place && !tokens[m.head].upper)) &&
        tokens[m.head].kind == Token::Kind::Word)
      items[c].head_word = tokens[m.head].word;
    if (it.keys.size() == 1)
      if (auto e = entities_.find(it.keys[0]); e != entities_.end()) {
        items[c].medium = e->second.org_kind == "media"sv;
        items[c].armed_group = e->second.type == EntityType::ArmedForce && e->second.force_of.empty();
        const std::string& kind = e->second.org_kind;
        items[c].fights = items[c].armed_group || kind == "armed-group"sv;
        items[c].bloc = kind == "bloc"sv || kind == "igo"sv || kind == "alliance"sv || kind == "coalition"sv;
      }
    sentence.mentions.push_back(std::move(m));
  }
}

void Chunker::outlet_senses(std::vector<Item>& items, const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  for (std::size_t i = 0; i < items.size(); ++i) {
    Item& e = items[i];
    if (e.kind != Item::Kind::Entity || e.keys.size() != 1 || e.source != Mention::Source::Gazetteer) continue;
    // "officials told AFP", "according to AFP", "AFP reported": where the
    // text speaks of reporting, a name that a media outlet shares is the outlet's.
    const bool told = i > 0 && (items[i - 1].norm == "told"sv || items[i - 1].norm == "tells"sv);
    const bool according = i > 1 && items[i - 1].norm == "to"sv && items[i - 2].norm == "according"sv;
    const bool reports = i + 1 < items.size() && items[i + 1].kind == Item::Kind::Word && in(items[i + 1], b.reported);
    if (!told && !according && !reports) continue;
    GazetteerMatch match = gaz_.longest_at(tokens, e.tb);
    if (match.end != e.te) continue;
    const NameSense* outlet = nullptr;
    const NameSense* other = nullptr;  // the sense the mention was given
    for (const NameSense* sense : match.senses) {
      if (sense->kind != NameSense::Kind::Name) continue;
      const GazetteerEntry& entry = gaz_.entries()[sense->index];
      if (entry.type == EntityType::Organization && entry.kind == "media"sv) outlet = sense;
      else if (gaz_.key(sense->index) == e.keys[0]) other = sense;
    }
    if (!outlet || !other) continue;
    e.keys = {use_entry(outlet->index)};
    e.types = {EntityType::Organization};
    e.metonyms = {""};
    // The other entity entered the table for this mention alone: it leaves,
    // unless the report named it before or something here belongs to it.
    const std::string& dropped = gaz_.key(other->index);
    bool kept = named_.count(dropped) > 0;
    for (const auto& it : items)
      kept |= std::find(it.keys.begin(), it.keys.end(), dropped) != it.keys.end();
    for (const auto& [key, entity] : entities_) kept |= entity.part_of == dropped || entity.force_of == dropped;
    if (!kept && entities_.erase(dropped) > 0) in_table_[other->index] = false;
  }
  for (const auto& it : items)
    if (it.kind == Item::Kind::Entity) named_.insert(it.keys.begin(), it.keys.end());
}

void Chunker::kind_of_body(std::vector<Item>& items, const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  // The words joined to a name end in a noun of REFER_ORG ("group", "network").
  if (!(gates_ & kReferOrg)) return;
  for (std::size_t i = 0; i + 1 < items.size(); ++i) {
    Item& e = items[i];
    if (e.kind != Item::Kind::Entity || e.keys.size() != 1 || e.types.empty() ||
        (e.types[0] != EntityType::Organization && e.types[0] != EntityType::ArmedForce))
      continue;
    std::size_t j = i + 1;
    // "the Hezbollah (Party of God) group": a gloss of the name in brackets.
    if (items[j].norm == "("sv) {
      std::size_t close = j + 1;
      while (close < items.size() && close < j + 7 && items[close].norm != ")"sv && items[close].kind == Item::Kind::Word)
        ++close;
      if (close >= items.size() || items[close].norm != ")"sv) continue;
      j = close + 1;
    }
    // Up to two plain nouns or adjectives ("militant", "terror", "armed"),
    // no verb that has a subject here ("Hamas told the group").
    std::size_t described = j;
    while (described < items.size() && described < j + 2) {
      const Item& w = items[described];
      if (w.kind != Item::Kind::Word || w.upper || w.te != w.tb + 1 || in(w, b.refer_org)) break;
      const Token& tok = tokens[w.tb];
      if (!(tok.classes & (Token::kNoun | Token::kAdjective)) || ((tok.classes & Token::kVerb) && tok.lemma != tok.norm))
        break;
      bool function_word = false;
      for (int c : {b.determiner, b.preposition, b.coordinator, b.stop, b.aux, b.neg, b.adverb, b.member_noun,
                    b.group_noun})
        function_word |= in(w, c);
      if (function_word) break;
      ++described;
    }
    if (described >= items.size() || items[described].kind != Item::Kind::Word || items[described].upper ||
        !in(items[described], b.refer_org))
      continue;
    e.te = items[described].te;
    items.erase(items.begin() + static_cast<long>(i) + 1, items.begin() + static_cast<long>(described) + 1);
  }
}

std::size_t Chunker::count_start(const std::vector<Item>& items, std::size_t number) const {
  const auto& b = rules_.builtin;
  std::size_t j = number;
  auto word = [&](std::size_t at, std::string_view w) {
    return items[at].kind == Item::Kind::Word && items[at].norm == w;
  };
  if (j > 1 && word(j - 1, "to"sv) && word(j - 2, "up"sv)) return j - 2;
  // "at least 40", "at most 300" ("most" is no quantifier of its own).
  if (j > 1 && (word(j - 1, "least"sv) || word(j - 1, "most"sv)) && word(j - 2, "at"sv)) return j - 2;
  if (j == 0 || items[j - 1].kind != Item::Kind::Word || !in(items[j - 1], b.quantifier)) return j;
  --j;
  // "more than 1,000", "fewer than 50": the comparative before "than" too.
  if (j > 0 && items[j].norm == "than"sv && items[j - 1].kind == Item::Kind::Word && in(items[j - 1], b.quantifier)) --j;
  return j;
}

std::size_t Chunker::counted_members(std::vector<Item>& items, const std::vector<Token>& tokens) {
  const auto& b = rules_.builtin;
  // (The first body keeps its index: what is erased later lies after it.)
  std::size_t first = items.size();
  for (std::size_t i = 1; i < items.size(); ++i) {
    Item& e = items[i];
    if (e.kind != Item::Kind::Entity || e.keys.size() != 1 || e.types.empty() || e.locative ||
        (e.types[0] != EntityType::Organization && e.types[0] != EntityType::ArmedForce))
      continue;
    if (first == items.size()) first = i;
    // Only a mention that ends in a noun for the body's people or units:
    // "Hamas commanders", "Ukrainian soldiers", "RSF fighters" (not "Hamas",
    // whose number before it counts something else: "in 2014 Hamas ...").
    const std::uint32_t head = tokens[e.te - 1].word;
    if (!rules_.lexicon.in(head, b.member_noun) && !rules_.lexicon.in(head, b.group_person)) continue;
    // "top al-Qaeda leaders", "senior Hamas officials", "three other Hamas
    // fighters": at most two words of rank (RANK) or of which of them
    // (GROUP_MOD) in lower case right before the name.
    const int rank = rules_.if_defined.rank;
    auto modifier = [&](const Item& w) {
      return w.kind == Item::Kind::Word && !w.upper && (in(w, b.group_mod) || (rank >= 0 && in(w, rank)));
    };
    std::size_t j = i;
    while (j > 0 && i - j < 2 && modifier(items[j - 1])) --j;
    std::optional<long long> quantity;
    // A count before them; not a year ("in 1995 Serb forces attacked").
    if (j > 0 && items[j - 1].kind == Item::Kind::Number) {
      const Item& n = items[j - 1];
      const bool year = n.number >= 1800 && n.number <= 2100 && n.te == n.tb + 1 && tokens[n.tb].norm.size() == 4;
      if (!year) {
        quantity = n.number;
        j = count_start(items, j - 1);
      }
    }
    // With no count, only rank words: "killed top Hamas leaders"; not
    // "some RSF fighters", "other M23 rebels" (a part of the body's people,
    // whom the bare mention already names).
    if (!quantity)
      for (std::size_t q = j; q < i; ++q)
        if (rank < 0 || !in(items[q], rank)) j = q + 1;
    if (j == i) continue;
    e.tb = items[j].tb;
    if (quantity) e.quantity = quantity;
    items.erase(items.begin() + static_cast<long>(j), items.begin() + static_cast<long>(i));
    if (first == i) first = j;
    i = j;
  }
  return first;
}

void Chunker::units_of(std::vector<Item>& items, const std::vector<Token>& tokens, std::size_t from) {
  const auto& b = rules_.builtin;
  const int part = rules_.if_defined.body_part;
  if (part < 0) return;
  for (std::size_t i = std::max<std::size_t>(from, 2); i < items.size(); ++i) {
    Item& e = items[i];
    if (e.kind != Item::Kind::Entity || e.keys.size() != 1 || e.types.empty() || e.locative ||
        (e.types[0] != EntityType::Organization && e.types[0] != EntityType::ArmedForce))
      continue;
    std::size_t of = i - 1;
    if (in(items[of], b.determiner) && of > 0) --of;
    if (items[of].norm != "of"sv || of == 0) continue;
    const std::size_t noun = of - 1;
    if (items[noun].kind != Item::Kind::Word || items[noun].upper || !in(items[noun], part)) continue;
    // "elite", "special", "naval" (FORCE_MOD) or a plain adjective ("a
    // secretive unit of"), at most two; not a state's adjective, which
    // would name another owner ("the Russian unit of Wagner").
    std::size_t j = noun;
    while (j > 0 && noun - j < 2 && items[j - 1].kind == Item::Kind::Word && !items[j - 1].upper &&
           (in(items[j - 1], b.force_mod) || tokens[items[j - 1].tb].classes == Token::kAdjective))
      --j;
    // With its article: the mention is "the elite unit of the GIS".
    if (j > 0 && (items[j - 1].norm == "the"sv || items[j - 1].norm == "a"sv || items[j - 1].norm == "an"sv)) --j;
    e.tb = items[j].tb;
    items.erase(items.begin() + static_cast<long>(j), items.begin() + static_cast<long>(i));
    i = j;
  }
}

void Chunker::members(std::vector<Item>& items) {
  const auto& b = rules_.builtin;
  const int relation = rules_.if_defined.relation_noun;
  const int envoys = rules_.if_defined.envoys;
  for (std::size_t i = 0; i < items.size(); ++i) {
    // "cut ties with neighbor Colombia", "its ally Japan": a noun for how a
    // state stands to another, right before its name, is part of the name.
    if (relation >= 0 && i > 0 && items[i].kind == Item::Kind::Entity && items[i].keys.size() == 1 &&
        !items[i].types.empty() && (items[i].types[0] == EntityType::State || (!items[i].metonyms.empty() && !items[i].metonyms[0].empty())) &&
        items[i - 1].kind == Item::Kind::Word && !items[i - 1].upper && in(items[i - 1], relation)) {
      std::size_t from = i - 1;
      // "accused its neighbour Burundi": with its determiner.
      if (from > 0 && in(items[from - 1], b.determiner)) --from;
      items[i].tb = items[from].tb;
      items.erase(items.begin() + static_cast<long>(from), items.begin() + static_cast<long>(i));
      i = from;
    }
    Item& e = items[i];
    if (e.kind != Item::Kind::Entity || e.keys.size() != 1 || e.types.empty()) continue;
    // "Islamabad's delegation, led by ..., demanded", "Iran's negotiators
    // rejected": those a state or body sends speak for it.
    const bool stands_for_state = e.types[0] != EntityType::Place || (!e.metonyms.empty() && !e.metonyms[0].empty());
    if (envoys >= 0 && e.types[0] != EntityType::Person && stands_for_state && i + 2 < items.size() &&
        items[i + 1].norm == "'s"sv && items[i + 2].kind == Item::Kind::Word && !items[i + 2].upper &&
        in(items[i + 2], envoys)) {
      e.te = items[i + 2].te;
      items.erase(items.begin() + static_cast<long>(i) + 1, items.begin() + static_cast<long>(i) + 3);
    }
    // "M23 fighters", "CCG vessels", "AES states", "Africa Corps personnel": the organization acts.
    // "EU foreign ministers", "NATO defence officials": a domain word may come first.
    std::size_t noun = i + 1;
    if (noun + 1 < items.size() && in(items[noun], b.group_domain) && in(items[noun + 1], b.member_noun)) ++noun;
    if ((e.types[0] == EntityType::Organization || e.types[0] == EntityType::ArmedForce) && noun < items.size() &&
        in(items[noun], b.member_noun)) {
      std::size_t end = noun + 1;
      if (end < items.size() && in(items[end], b.member_noun)) ++end;  // "member states"
      e.te = items[end - 1].te;
      items.erase(items.begin() + static_cast<long>(i) + 1, items.begin() + static_cast<long>(end));
    }
    // "Israeli helicopters and tanks": more of the force's equipment (a
    // member noun not for people) is the same force.
    if (e.types[0] == EntityType::ArmedForce && i + 2 < items.size() && in(items[i + 1], b.coordinator) &&
        items[i + 2].kind == Item::Kind::Word && !items[i + 2].upper && in(items[i + 2], b.member_noun) &&
        !in(items[i + 2], b.group_noun)) {
      e.te = items[i + 2].te;
      items.erase(items.begin() + static_cast<long>(i) + 1, items.begin() + static_cast<long>(i) + 3);
    }
    // "Ali Akbar Velayati, an adviser to Iranian Supreme Leader Ali Khamenei, threatened":
    // the apposition describes the person, who stays the subject.
    if (e.types[0] == EntityType::Person && i + 3 < items.size() && items[i + 1].norm == ","sv &&
        (items[i + 2].norm == "a"sv || items[i + 2].norm == "an"sv || items[i + 2].norm == "the"sv)) {
      for (std::size_t q = i + 3; q < items.size() && q < i + 16; ++q) {
        if (items[q].norm == "."sv || items[q].norm == ";"sv || items[q].kind == Item::Kind::Date) break;
        if (items[q].norm != ","sv) continue;
        e.te = items[q].te;
        items.erase(items.begin() + static_cast<long>(i) + 1, items.begin() + static_cast<long>(q) + 1);
        break;
      }
    }
  }
}

}  // namespace sg::extract
