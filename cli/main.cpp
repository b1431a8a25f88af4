// stancegraph — the command line. See `stancegraph --help` and README.md.
#include <boost/program_options.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <thread>

#include <sched.h>

#include <nlohmann/json.hpp>

#include "export/export.h"
#include "graph/stats.h"
#include "extract/extract.h"
#include "graph/graph.h"
#include "corpus.h"
#include "inputs.h"
#include "progress.h"
#include "query/query.h"
#include "stream.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;
using sg::extract::Diagnostic;

namespace {

// Exit codes, documented in docs/errors.md.
enum Exit : int {
  kOk = 0,
  kInternal = 1,
  kUsage = 2,
  kInput = 3,
  kRules = 4,
  kOutput = 5,
};

const char* kVersion = "stancegraph " STANCEGRAPH_VERSION;

// build --quiet: only errors reach standard error.
bool quiet = false;

// What `build` leaves to the operating system when the process ends rather
// than free: the graph's millions of terms and quads and the loaded rules
// and gazetteer took 0.14 s to free one by one at the end of a 7 s build of
// the 20 MB benchmark corpus (bench/RESULTS.md), for no use. They stay
// reachable from this pointer, never freed, so that a leak checker
// (LeakSanitizer in scripts/sanitize.sh) sees them held, not lost.
std::vector<std::shared_ptr<const void>>* kept_until_exit = nullptr;

template <class T>
T& keep_until_exit(std::shared_ptr<T> object) {
  if (!kept_until_exit) kept_until_exit = new std::vector<std::shared_ptr<const void>>();
  kept_until_exit->push_back(object);
  return *object;
}

void print(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics)
    if (!quiet || d.severity == Diagnostic::Severity::Error) sg::cli::stderr_line(d.to_string());
}

int usage_error(const std::string& command, const std::string& message) {
  std::cerr << "stancegraph" << (command.empty() ? "" : " " + command) << ": " << message << "\n"
            << "Try 'stancegraph " << (command.empty() ? "" : command + " ") << "--help'.\n";
  return kUsage;
}

// Where the gazetteer and rules live: $STANCEGRAPH_DATA, then beside the
// binary (build tree or installed share/), then the source tree.
std::string data_dir() {
  if (const char* env = std::getenv("STANCEGRAPH_DATA"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path candidate : {exe.parent_path() / ".." / "share" / "stancegraph" / "ontologies",
                               exe.parent_path() / ".." / "ontologies", exe.parent_path() / "ontologies"})
      if (fs::is_directory(candidate / "rules") && fs::is_directory(candidate / "gazetteer"))
        return fs::weakly_canonical(candidate).string();
  }
#ifdef STANCEGRAPH_SOURCE_DATA_DIR
  return STANCEGRAPH_SOURCE_DATA_DIR;
#else
  return "ontologies";
#endif
}

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct DataOptions {
  std::string rules, gazetteer;
  void add_to(po::options_description& desc) {
    desc.add_options()("rules", po::value(&rules)->value_name("DIR"),
                       "rule directory (lexicon.txt, *.rules); default: the installed ontologies/rules")(
        "gazetteer", po::value(&gazetteer)->value_name("DIR"),
        "gazetteer directory (*.tsv); default: the installed ontologies/gazetteer");
  }
  std::string gazetteer_dir() const { return gazetteer.empty() ? (fs::path(data_dir()) / "gazetteer").string() : gazetteer; }
  std::string rules_dir() const { return rules.empty() ? (fs::path(data_dir()) / "rules").string() : rules; }
  std::shared_ptr<const sg::extract::Resources> load(std::vector<Diagnostic>& diagnostics) const {
    return sg::extract::load_resources(gazetteer_dir(), rules_dir(), diagnostics, ontology_file());
  }
  std::string ontology_file() const { return (fs::path(data_dir()) / "stancegraph.ttl").string(); }
  // A fingerprint of what load() reads: every file of the two directories
  // and the ontology, by name and content, in name order (hex; see
  // BuildOptions). The same data give the same fingerprint on every machine.
  //
  // The pieces are hashed one after the other (Fnv1a64), not joined into one
  // string of the 1.8 MB of data first: that string's growth and copies were
  // half of the 23M instructions this took.
  std::string fingerprint() const {
    sg::graph::Fnv1a64 all;
    const char nul[1] = {'\0'};
    const std::string_view separator(nul, 1);
    // Each file in one read into one reused buffer (read_text_file()'s
    // stream grew and copied each file twice: 4.5M instructions).
    std::string content;
    auto read = [&content](const fs::path& path) -> std::string_view {
      content.clear();
      std::error_code ec;
      const auto size = fs::file_size(path, ec);
      std::ifstream in(path, std::ios::binary);
      if (ec || !in) return content;
      content.resize(size);
      in.read(content.data(), static_cast<std::streamsize>(size));
      content.resize(static_cast<std::size_t>(in.gcount()));
      return content;
    };
    for (const auto& [part, dir] : {std::pair{"gazetteer/", gazetteer_dir()}, std::pair{"rules/", rules_dir()}}) {
      std::vector<fs::path> files;
      std::error_code ec;
      for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec)) files.push_back(it->path());
      std::sort(files.begin(), files.end());
      for (const auto& f : files)
        all.add(part).add(f.filename().string()).add(separator).add(read(f)).add(separator);
    }
    all.add("stancegraph.ttl").add(separator).add(read(ontology_file()));
    return sg::graph::hex64(all.value());
  }
};

// Parses `args` with the options `desc` shows in --help and `hidden`, the
// one that takes the positional words (which --help does not show).
bool parse(const std::string& command, const po::options_description& desc, const po::options_description& hidden,
           po::positional_options_description* pos, std::vector<std::string> args, po::variables_map& vm,
           int& exit_code) {
  // Everything after "--" is positional, even when it starts with '-'.
  std::vector<std::string> after;
  auto dashes = std::find(args.begin(), args.end(), "--");
  if (dashes != args.end()) {
    after.assign(dashes + 1, args.end());
    args.erase(dashes, args.end());
  }
  try {
    po::options_description all;
    all.add(desc).add(hidden);
    auto parser = po::command_line_parser(args).options(all);
    if (pos) parser.positional(*pos);
    auto parsed = parser.run();
    if (pos && !after.empty()) {
      std::string name = pos->name_for_position(0);
      parsed.options.push_back(po::option(name, after));
    }
    po::store(parsed, vm);
    po::notify(vm);
  } catch (const po::error& e) {
    exit_code = usage_error(command, e.what());
    return false;
  }
  return true;
}

std::optional<sg::extract::Date> parse_date_option(const po::variables_map& vm, const std::string& command,
                                                   int& exit_code) {
  if (!vm.count("date")) return std::nullopt;
  auto text = vm["date"].as<std::string>();
  auto d = sg::extract::parse_iso_date(text);
  if (!d) exit_code = usage_error(command, "--date '" + text + "' is not a real date in the form YYYY-MM-DD");
  return d;
}

// ------------------------------------------------------------------ build

struct OutputChoice {
  sg::exporter::Format format = sg::exporter::Format::Turtle;
  bool gzip = false;
};

// What `-f` and `-o` ask `build` to write: -f when given, else the output's
// extension, else (no extension, or standard output) Turtle. An extension
// no format has is refused rather than guessed (issue 22); so is gzip for
// any but the line formats. Sets `code` and returns nullopt on a usage error.
std::optional<OutputChoice> output_format(const std::string& command, const std::string& format_text,
                                          const std::string& output, int& code) {
  namespace ex = sg::exporter;
  OutputChoice choice;
  choice.gzip = output != "-" && ex::is_gzip_path(output);
  if (!format_text.empty()) {
    auto f = ex::parse_format(format_text);
    if (!f) {
      code = usage_error(command, "unknown format '" + format_text + "' (" + ex::format_names() + ")");
      return std::nullopt;
    }
    choice.format = *f;
  } else if (output != "-") {
    std::string ext = ex::path_extension(output);
    if (auto f = ex::format_of_path(output)) {
      choice.format = *f;
    } else if (!ext.empty() || choice.gzip) {
      std::string lower = ext;
      for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string hint = lower == "json"                                   ? " (.jsonld for JSON-LD, .cyjs for Cytoscape)"
                         : lower == "xml" || lower == "owl"                ? " (.rdf for RDF/XML, .graphml, .gexf)"
                         : lower == "svg" || lower == "png" || lower == "pdf" ? " (write -f dot and draw it: dot -Tsvg)"
                         : lower == "n3"                                   ? " (.ttl: Turtle is N3's RDF subset)"
                                                                           : "";
      code = usage_error(command, "-o '" + output + "': " +
                                      (ext.empty() ? "name the format before .gz" : "no format has the extension ." + ext) +
                                      hint + "; use one of " + ex::extension_names() + ", or -f FORMAT");
      return std::nullopt;
    }
  }
  if (choice.gzip && !ex::is_line_format(choice.format)) {
    code = usage_error(command, "-o '" + output + "': gzip is written for N-Triples and N-Quads only (.nt.gz, .nq.gz), not " +
                                    std::string(ex::format_name(choice.format)));
    return std::nullopt;
  }
  return choice;
}

// The assertions of a graph, each node once (the same fact read twice in
// a report is one node), those of merged graphs included: --verbose's "in
// the graph after de-duplication".
std::size_t distinct_assertions(const sg::graph::Graph& graph) {
  auto type = graph.find({sg::graph::Term::Kind::Iri, std::string(sg::graph::ns::rdf) + "type", {}, {}});
  auto cls = graph.find({sg::graph::Term::Kind::Iri, std::string(sg::graph::ns::sg) + "Assertion", {}, {}});
  if (!type || !cls) return 0;
  std::set<sg::graph::TermId> nodes;
  graph.for_each([&](const sg::graph::Quad& q) {
    if (q.p == *type && q.o == *cls) nodes.insert(q.s);
  });
  return nodes.size();
}

// The default of build -j: the CPUs this process may run on (its affinity
// mask, which taskset, cpusets and container limits narrow; else what the
// machine has), at most 8. The graph is the same bytes whatever -j is, so
// the only cost of more threads is memory (each holds the extractions of a
// few reports) and the CPU time of a report extracted twice when a report
// beside it names its people; beyond 8 the one thread that adds reports to
// the graph is the bottleneck. On 2 cores the 20 MB benchmark corpus builds
// to a file in ~0.7x the wall time of -j 1 (bench/RESULTS.md).
unsigned default_jobs() {
  unsigned n = 0;
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(0, sizeof set, &set) == 0) n = static_cast<unsigned>(CPU_COUNT(&set));
  if (n == 0) n = std::thread::hardware_concurrency();
  return std::clamp(n, 1u, 8u);
}

// build --stream, once the options common to every build are checked.
int stream_build(const DataOptions& data, const sg::cli::StreamOptions& options, const std::vector<std::string>& inputs,
                 const std::vector<std::string>& merges, const std::string& output, const std::string& format_text) {
  if (!inputs.empty()) return usage_error("build", "--stream reads standard input; give no report files");
  if (!merges.empty()) return usage_error("build", "--stream cannot --merge: merge the union of its outputs instead");
  if (output != "-") return usage_error("build", "--stream writes to standard output; give no --output");
  if (!format_text.empty() && format_text != "nquads" && format_text != "nq")
    return usage_error("build", "--stream writes N-Quads only");
  std::vector<Diagnostic> diagnostics;
  auto resources = data.load(diagnostics);
  print(diagnostics);
  if (!resources) return kRules;
  std::ios::sync_with_stdio(false);
  return sg::cli::run_stream(*resources, options, std::cin, stdout);
}

int cmd_build(const std::vector<std::string>& args) {
  std::vector<std::string> inputs, merges;
  std::string output = "-", format_text, date_text, base = std::string(sg::graph::ns::default_base);
  unsigned jobs = default_jobs();
  DataOptions data;
  po::options_description desc(
      "Usage: stancegraph build REPORT... [options]\n\n"
      "Extracts entities and assertions from the reports and writes one graph.\n"
      "REPORT is a text report, an HTML page (.html, .htm), a JSON Lines file of\n"
      "documents (.jsonl), a directory (walked for those), or - for standard input.\n\nOptions");
  desc.add_options()("help,h", "show this help")("output,o", po::value(&output)->value_name("FILE"),
                                                 "write the graph to FILE (default: standard output, also -)")(
      "format,f", po::value(&format_text)->value_name("FORMAT"),
      ("RDF: turtle, trig, ntriples, nquads, rdfxml, jsonld; views for graph tools: graphml, gexf, cytoscape, dot, "
       "html (a page that draws the graph); for Neo4j (docs/neo4j.md): cypher, a script, or neo4j-csv, a tar of CSV "
       "files for neo4j-admin; event data (docs/event-data.md): csv or tsv, a row per assertion, actor and target, "
       "or plover, a PLOVER record per assertion. Any case; also ttl, nt, n-triples, nq, n-quads, rdf, json-ld, "
       "cyjs, gv, tar. Default: from the -o extension (" + sg::exporter::extension_names() +
       "; an unknown one is refused), else turtle").c_str())(
      "date", po::value(&date_text)->value_name("YYYY-MM-DD"),
      "the report date, for dates without a year (default: a date line in the report, else a date in its file name)")(
      "base", po::value(&base)->value_name("IRI"), "base of the instance IRIs (default https://w3id.org/stancegraph/id/)")(
      "jobs,j", po::value(&jobs)->value_name("N"), ("extract N reports at a time (default: the CPUs this process may use, at most 8; here " +
                                        std::to_string(jobs) + "); the output is the same for any N").c_str())(
      "merge,m", po::value(&merges)->value_name("GRAPH"),
      "add to this existing graph (Turtle, TriG, N-Triples, N-Quads, RDF/XML or JSON-LD, gzipped or not; - for "
      "standard input; repeatable): its entities keep their IRIs and every triple of it is kept")(
      "stream", po::bool_switch(),
      "read JSON Lines documents ({\"id\",\"date\",\"title\",\"url\",\"text\"}) from standard input and write "
      "each one's N-Quads to standard output as it goes (see docs/scale.md)")(
      "quiet,q", po::bool_switch(), "print errors only: no warnings, no progress bar")(
      "verbose,v", po::bool_switch(),
      "also print the files passed over in directories, and per file: reports, assertions, time");
  data.add_to(desc);
  po::options_description hidden;
  hidden.add_options()("report", po::value(&inputs)->multitoken(), "report files");
  po::positional_options_description pos;
  pos.add("report", -1);
  po::variables_map vm;
  int code = kOk;
  if (!parse("build", desc, hidden, &pos, args, vm, code)) return code;
  if (vm.count("help")) {
    std::cout << desc << "\nExamples:\n"
              << "  stancegraph build report.txt --date 2025-09-04 -o graph.ttl\n"
              << "  stancegraph build reports/*.txt -f nquads -j 2 > graph.nq\n"
              << "  stancegraph build reports/ --verbose -o graph.ttl     # every .txt, .html, .jsonl under reports/\n"
              << "  stancegraph build today.txt --merge graph.nq -o graph.nq   # add a day to the graph\n"
              << "  stancegraph build --stream -j 2 < corpus.jsonl > part.nq\n"
              << "  stancegraph build reports/*.txt -o stances.gexf      # for Gephi's timeline (docs/visualization.md)\n"
              << "  stancegraph build --merge graph.nq -f dot | dot -Tsvg > stances.svg\n"
              << "  stancegraph build reports/*.txt -o graph.html              # a page to explore it in a browser\n"

              << "  stancegraph build reports/*.txt -o graph.cypher && cypher-shell -f graph.cypher   # into Neo4j\n"
              << "  stancegraph build --merge graph.nq -o events.csv     # event data for R or pandas\n";
    return kOk;
  }
  bool stream = vm["stream"].as<bool>();
  bool verbose = vm["verbose"].as<bool>();
  quiet = vm["quiet"].as<bool>();
  if (quiet && verbose) return usage_error("build", "--quiet and --verbose contradict each other");
  if (!stream && inputs.empty() && merges.empty()) return usage_error("build", "no report given");
  auto forced_date = parse_date_option(vm, "build", code);
  if (code != kOk) return code;
  std::string why;
  if (!sg::graph::valid_base(base, why)) return usage_error("build", "--base '" + base + "': " + why);
  if (jobs < 1 || jobs > 256) return usage_error("build", "--jobs must be between 1 and 256");
  if (stream && verbose) return usage_error("build", "--stream has no --verbose: its input is one stream");
  if (stream)
    return stream_build(data, {base, jobs, forced_date, quiet, STANCEGRAPH_VERSION, data.fingerprint()}, inputs,
                        merges, output, format_text);
  auto chosen = output_format("build", format_text, output, code);
  if (!chosen) return code;
  const sg::exporter::Format format = chosen->format;
  if (std::count(inputs.begin(), inputs.end(), "-") + std::count(merges.begin(), merges.end(), "-") > 1)
    return usage_error("build", "standard input can be read only once");
  // The JSON-LD context, the event codes, the output file and the inputs
  // are checked before any work: a typo in -o costs no extraction.
  sg::exporter::WriteOptions options;
  options.jobs = jobs;
  if (format == sg::exporter::Format::JsonLd) {
    std::string context_path = (fs::path(data_dir()) / "context.jsonld").string();
    options.jsonld_context = read_text_file(context_path);
    if (options.jsonld_context.empty()) {
      sg::cli::stderr_line(context_path + ": error: cannot read the JSON-LD context");
      return kRules;
    }
  }
  // Event data is coded with tables of the data directory: read before any
  // work, so that a broken one costs nothing.
  if (sg::exporter::is_event_data(format)) {
    std::vector<Diagnostic> problems;
    bool loaded = sg::exporter::load_event_codes(data_dir(), options.event_codes, problems);
    print(problems);
    if (!loaded) return kRules;
  }

  std::vector<Diagnostic> diagnostics;
  sg::cli::Discovery discovery;
  if (!sg::cli::discover_inputs(inputs, discovery, diagnostics)) {
    print(diagnostics);
    return kInput;
  }
  if (output != "-")
    for (const auto& input : discovery.inputs) {
      std::error_code ec;
      if (input.path != "-" && fs::equivalent(input.path, output, ec))
        return usage_error("build", "-o '" + output + "' is the report '" + input.path +
                                        "': writing the graph there would replace it");
    }
  sg::exporter::OutputFile out(output, chosen->gzip);
  std::string error;
  if (!out.open(error)) {
    std::cerr << out.name() << ": error: " << error << '\n';
    return kOutput;
  }

  // The ontologies only when there are reports to extract: a merge of
  // graphs alone (a conversion, say) neither needs nor checks them.
  std::shared_ptr<const sg::extract::Resources> resources;
  if (!inputs.empty()) {
    resources = data.load(diagnostics);
    if (!resources) {
      print(diagnostics);
      return kRules;
    }
    print(diagnostics);
    diagnostics.clear();
    keep_until_exit(resources);
  }
  if (verbose)
    for (const auto& passed : discovery.ignored) sg::cli::stderr_line("stancegraph: passed over " + passed);
  sg::cli::Progress progress(!quiet && sg::cli::Progress::terminal());
  auto started = std::chrono::steady_clock::now();
  auto seconds_since = [](std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
  };
  sg::cli::CorpusEvents events;
  events.stage = [&](const std::string& stage, std::size_t steps) { progress.stage(stage, steps); };
  events.advance = [&] { progress.advance(); };
  if (verbose)
    events.input_done = [](const sg::cli::Input& input, const sg::cli::InputTally& tally) {
      sg::cli::stderr_line(sg::cli::describe(input, tally));
    };
  sg::cli::CorpusBuild corpus(resources.get(),
                              {jobs, forced_date, {base, /*summaries=*/true, jobs, STANCEGRAPH_VERSION, data.fingerprint()}},
                              std::move(events));
  // A report that cannot be read stops the run before any output. A JSON
  // Lines document that is refused is only left out (as in --stream): the
  // run goes on and ends with kInput.
  bool readable = corpus.read(discovery.inputs, diagnostics);
  print(diagnostics);
  if (!readable) {
    progress.finish();
    return kInput;
  }
  const bool refused_documents = sg::extract::has_errors(diagnostics);
  diagnostics.clear();

  // The graphs to merge into: read whole before anything is written, so
  // that a bad one leaves the output (often the same file) untouched.
  auto& graph = keep_until_exit(std::make_shared<sg::graph::Graph>());
  for (const auto& path : merges) {
    if (!sg::exporter::read_graph(path, graph, diagnostics)) {
      print(diagnostics);
      sg::cli::stderr_line(path + ": error: not merged; nothing was written");
      return kInput;
    }
  }
  print(diagnostics);
  diagnostics.clear();
  double read_seconds = seconds_since(started);

  bool built = corpus.build(graph, diagnostics);
  if (!built) progress.finish();
  print(diagnostics);
  if (!built) return kInput;

  progress.stage("writing", 0);
  double finished_seconds = seconds_since(started);
  if (!sg::exporter::write_graph(graph, format, out.stream(), options, error) || !out.commit(error)) {
    progress.finish();
    std::cerr << out.name() << ": error: " << error << '\n';
    return kOutput;
  }
  progress.finish();
  if (verbose) {
    const auto& done = corpus.summary();
    char line[300];
    std::snprintf(line, sizeof line,
                  "stancegraph: %zu file%s, %zu report%s: %zu assertion%s extracted, %zu in the graph after "
                  "de-duplication%s; %zu quads in %.2f s",
                  discovery.inputs.size(), discovery.inputs.size() == 1 ? "" : "s", done.reports,
                  done.reports == 1 ? "" : "s", done.assertions, done.assertions == 1 ? "" : "s",
                  distinct_assertions(graph), merges.empty() ? "" : " (merged graphs included)", graph.size(),
                  seconds_since(started));
    sg::cli::stderr_line(line);
    // Wall time of each phase: where a long run went.
    std::snprintf(line, sizeof line,
                  "stancegraph: reading and merging %.2f s, extracting %.2f s, finishing the graph %.2f s, "
                  "writing %.2f s",
                  read_seconds, done.extracting_seconds, done.finishing_seconds, seconds_since(started) - finished_seconds);
    sg::cli::stderr_line(line);
    if (done.extracted_again > 0)
      sg::cli::stderr_line("stancegraph: " + std::to_string(done.extracted_again) +
                           " report(s) extracted again: they name people of reports extracted beside them (-j)");
  }
  if (refused_documents) {
    std::cerr << "stancegraph: error: some JSON Lines documents were refused (above); the graph holds the others\n";
    return kInput;
  }
  return kOk;
}

// ------------------------------------------------------------------ explain

int cmd_explain(const std::vector<std::string>& args) {
  std::vector<std::string> sentences;
  std::string date_text, report_path;
  DataOptions data;
  po::options_description desc(
      "Usage: stancegraph explain \"a sentence\"... [options]\n"
      "       stancegraph explain --report report.txt [options]\n"
      "       stancegraph explain - < report.txt\n\n"
      "Shows the items found in each sentence (entities, dates, titles), the\n"
      "frames and rules that fired, and the assertions they made.\n\nOptions");
  desc.add_options()("help,h", "show this help")("date", po::value(&date_text)->value_name("YYYY-MM-DD"),
                                                 "the report date, to resolve dates without a year")(
      "report", po::value(&report_path)->value_name("FILE"),
      "explain a whole report file (text, HTML or JSON Lines), read as `build` reads it (date line, date in the "
      "file name)");
  data.add_to(desc);
  po::options_description hidden;
  hidden.add_options()("sentence", po::value(&sentences)->multitoken(), "text");
  po::positional_options_description pos;
  pos.add("sentence", -1);
  po::variables_map vm;
  int code = kOk;
  if (!parse("explain", desc, hidden, &pos, args, vm, code)) return code;
  if (vm.count("help")) {
    std::cout << desc << "\nExample:\n  stancegraph explain \"Russia rejected the proposal on May 3.\" --date 2025-05-04\n";
    return kOk;
  }
  if (sentences.empty() && report_path.empty()) return usage_error("explain", "no sentence given");
  if (!sentences.empty() && !report_path.empty())
    return usage_error("explain", "give sentences or --report, not both");
  auto date = parse_date_option(vm, "explain", code);
  if (code != kOk) return code;
  std::vector<Diagnostic> diagnostics;
  auto resources = data.load(diagnostics);
  print(diagnostics);
  if (!resources) return kRules;
  if (!report_path.empty()) {
    // A text report, an HTML page, or every document of a JSON Lines file.
    diagnostics.clear();
    std::vector<sg::extract::Report> reports;
    bool readable = sg::cli::read_input({report_path, sg::cli::input_kind(report_path)}, date, reports, diagnostics);
    print(diagnostics);
    if (!readable) return kInput;
    for (const auto& report : reports) {
      if (reports.size() > 1) std::cout << "== " << report.name << '\n';
      for (const auto& line : sg::extract::explain(report, *resources).lines) std::cout << line << '\n';
    }
    return sg::extract::has_errors(diagnostics) ? kInput : kOk;
  }
  std::string text;
  for (const auto& s : sentences) {
    if (s == "-") {
      std::stringstream in;
      in << std::cin.rdbuf();
      text += in.str() + "\n";
    } else {
      text += s + "\n";
    }
  }
  diagnostics.clear();
  auto report = sg::extract::make_report("explain", text, date, diagnostics);
  print(diagnostics);
  for (const auto& line : sg::extract::explain(report, *resources).lines) std::cout << line << '\n';
  return kOk;
}

// ------------------------------------------------------------------ stats

int cmd_stats(const std::vector<std::string>& args) {
  std::vector<std::string> inputs;
  std::size_t top = 10;
  po::options_description desc(
      "Usage: stancegraph stats GRAPH... [options]\n\n"
      "Counts what a graph holds: nodes by class, assertions by event type and\n"
      "by month, and the most active actors. GRAPH is Turtle, TriG, N-Triples,\n"
      "N-Quads, RDF/XML or JSON-LD (gzipped or not), or - for standard input;\n"
      "several are counted as their union.\n\nOptions");
  desc.add_options()("help,h", "show this help")("json", "print JSON instead of tables")(
      "top", po::value(&top)->value_name("N"), "how many actors to list (default 10)");
  po::options_description hidden;
  hidden.add_options()("graph", po::value(&inputs)->multitoken(), "graph files");
  po::positional_options_description pos;
  pos.add("graph", -1);
  po::variables_map vm;
  int code = kOk;
  if (!parse("stats", desc, hidden, &pos, args, vm, code)) return code;
  if (vm.count("help")) {
    std::cout << desc << "\nExample:\n  stancegraph stats graph.nq --top 20\n";
    return kOk;
  }
  if (inputs.empty()) return usage_error("stats", "no graph given");
  if (std::count(inputs.begin(), inputs.end(), "-") > 1) return usage_error("stats", "standard input can be read only once");
  sg::graph::Graph graph;
  std::vector<Diagnostic> diagnostics;
  for (const auto& path : inputs)
    if (!sg::exporter::read_graph(path, graph, diagnostics)) {
      print(diagnostics);
      return kInput;
    }
  print(diagnostics);
  auto st = sg::graph::compute_stats(graph, top);
  if (vm.count("json")) {
    nlohmann::ordered_json j;
    j["quads"] = st.quads;
    j["reports"] = st.reports;
    j["assertions"] = st.assertions;
    j["classes"] = st.classes;
    j["eventTypes"] = st.event_types;
    j["months"] = st.months;
    j["undatedAssertions"] = st.undated;
    j["topActors"] = nlohmann::ordered_json::array();
    for (const auto& a : st.top_actors) j["topActors"].push_back({{"iri", a.iri}, {"label", a.label}, {"assertions", a.assertions}});
    std::cout << j.dump(2) << '\n';
    return kOk;
  }
  auto table = [](const std::string& title, const std::map<std::string, std::size_t>& rows) {
    std::cout << title << '\n';
    std::size_t width = 0;
    for (const auto& [k, v] : rows) width = std::max(width, k.size());
    for (const auto& [k, v] : rows) std::cout << "  " << k << std::string(width - k.size() + 2, ' ') << v << '\n';
  };
  std::cout << st.quads << " quads, " << st.reports << " reports, " << st.assertions << " assertions\n\n";
  table("nodes by class", st.classes);
  std::cout << '\n';
  table("assertions by event type", st.event_types);
  std::cout << '\n';
  auto months = st.months;
  if (st.undated) months["(undated)"] = st.undated;
  table("assertions by month", months);
  std::cout << "\nmost active actors\n";
  for (const auto& a : st.top_actors) std::cout << "  " << a.assertions << "  " << a.label << "  <" << a.iri << ">\n";
  return kOk;
}

// ------------------------------------------------------------------ query

int cmd_query(const std::vector<std::string>& args) {
  std::vector<std::string> words;
  std::string query_file, format_text, output = "-";
  po::options_description desc(
      "Usage: stancegraph query GRAPH... 'SPARQL' [options]\n"
      "       stancegraph query GRAPH... --query FILE.rq [options]\n\n"
      "Answers a SPARQL query over graph files (Turtle, TriG, N-Triples, N-Quads,\n"
      "RDF/XML or JSON-LD, as `build` writes them, gzipped or not; - for standard\n"
      "input) in the process, through Rasqal. The query's default graph is the\n"
      "union of every graph of the files (entities, every report's assertions,\n"
      "the summaries: count assertions with `?a a sg:Assertion`); GRAPH ?g { ... }\n"
      "reaches each report's own graph. Nothing is fetched: FROM, FROM NAMED and\n"
      "SERVICE are refused.\n"
      "Rows keep the query's ORDER BY; without one their order is still the same\n"
      "for the same graph. See docs/query.md.\n\nOptions");
  desc.add_options()("help,h", "show this help")("query,q", po::value(&query_file)->value_name("FILE"),
                                                 "read the query from FILE (- for standard input)")(
      "format,f", po::value(&format_text)->value_name("FORMAT"),
      "SELECT and ASK: table (default), csv, tsv or json (SPARQL 1.1 results); CONSTRUCT: ntriples (default) or "
      "turtle")("output,o", po::value(&output)->value_name("FILE"), "write to FILE (default: standard output, also -)");
  po::options_description hidden;
  hidden.add_options()("word", po::value(&words)->multitoken(), "graph files, then the query");
  po::positional_options_description pos;
  pos.add("word", -1);
  po::variables_map vm;
  int code = kOk;
  if (!parse("query", desc, hidden, &pos, args, vm, code)) return code;
  if (vm.count("help")) {
    std::cout << desc << "\nExamples:\n"
              << "  stancegraph query graph.nq --query queries/rejections.rq\n"
              << "  stancegraph query graph.jsonld 'PREFIX sg: <https://w3id.org/stancegraph/ontology#>\n"
              << "      SELECT ?type (COUNT(?a) AS ?n) WHERE { ?a a sg:Assertion ; sg:eventType ?type }\n"
              << "      GROUP BY ?type ORDER BY ?type'\n"
              << "  stancegraph query day1.nq day2.nq -q queries/meetings.rq -f csv -o meetings.csv\n";
    return kOk;
  }
  std::string query_text, query_name;
  if (!query_file.empty()) {
    query_name = query_file == "-" ? "stdin" : query_file;
    if (query_file == "-") {
      std::stringstream in;
      in << std::cin.rdbuf();
      query_text = in.str();
    } else {
      std::error_code ec;
      if (fs::is_directory(query_file, ec)) {
        std::cerr << query_file << ": error: is a directory, not a query\n";
        return kInput;
      }
      std::ifstream in(query_file, std::ios::binary);
      if (!in) {
        std::cerr << query_file << ": error: cannot read the query: " << std::strerror(errno) << '\n';
        return kInput;
      }
      std::stringstream s;
      s << in.rdbuf();
      query_text = s.str();
    }
  } else {
    if (words.empty()) return usage_error("query", "no graph and no query given");
    query_text = words.back();
    words.pop_back();
    query_name = "<query>";
  }
  if (words.empty()) return usage_error("query", "no graph given: name the graph files, then the query (or --query FILE)");
  if (std::count(words.begin(), words.end(), "-") + (query_file == "-" ? 1 : 0) > 1)
    return usage_error("query", "standard input can be read only once (a graph or --query -)");
  const std::set<std::string> formats = {"table", "csv", "tsv", "json", "ntriples", "nt", "turtle", "ttl"};
  if (!format_text.empty() && !formats.count(format_text))
    return usage_error("query", "unknown format '" + format_text + "' (table, csv, tsv, json; ntriples, turtle for CONSTRUCT)");
  if (query_text.find('\0') != std::string::npos)
    return usage_error("query", query_name + " holds a NUL byte: not a SPARQL query");

  sg::graph::Graph graph;
  std::vector<Diagnostic> diagnostics;
  for (const auto& path : words)
    if (!sg::exporter::read_graph(path, graph, diagnostics)) {
      print(diagnostics);
      return kInput;
    }
  print(diagnostics);
  diagnostics.clear();

  sg::query::Results results;
  auto status = sg::query::run_query(graph, query_text, query_name, results, diagnostics);
  print(diagnostics);
  switch (status) {
    case sg::query::Status::Ok: break;
    case sg::query::Status::BadQuery: return kUsage;
    case sg::query::Status::BadData: return kInput;
    case sg::query::Status::Failed: return kInternal;
  }
  bool graph_result = results.kind == sg::query::Results::Kind::Graph;
  bool graph_format = format_text == "ntriples" || format_text == "nt" || format_text == "turtle" || format_text == "ttl";
  if (graph_result && !format_text.empty() && !graph_format)
    return usage_error("query", "a CONSTRUCT query writes ntriples or turtle, not '" + format_text + "'");
  if (!graph_result && graph_format)
    return usage_error("query", "SELECT and ASK results are written as table, csv, tsv or json, not '" + format_text + "'");

  sg::exporter::OutputFile out(output);
  std::string error;
  if (!out.open(error)) {
    std::cerr << out.name() << ": error: " << error << '\n';
    return kOutput;
  }
  if (graph_result) {
    auto format = format_text == "turtle" || format_text == "ttl" ? sg::exporter::Format::Turtle
                                                                  : sg::exporter::Format::NTriples;
    if (!sg::exporter::write_graph(results.triples, format, out.stream(), {}, error) || !out.commit(error)) {
      std::cerr << out.name() << ": error: " << error << '\n';
      return kOutput;
    }
    return kOk;
  }
  auto format = sg::query::parse_result_format(format_text.empty() ? "table" : format_text);
  std::ostringstream text;
  sg::query::write_results(results, *format, text);
  const std::string& bytes = text.str();
  if (std::fwrite(bytes.data(), 1, bytes.size(), out.stream()) != bytes.size()) error = sg::exporter::write_failure();
  if (!error.empty() || !out.commit(error)) {
    std::cerr << out.name() << ": error: " << error << '\n';
    return kOutput;
  }
  return kOk;
}

// ------------------------------------------------------------------ rules

int cmd_rules(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << "Usage: stancegraph rules check [DIR] [options]\n\n"
                 "Validates the rule and gazetteer files and prints what they hold.\n"
                 "DIR is a data directory with rules/ and gazetteer/ (default: the installed one).\n";
    return args.empty() ? kUsage : kOk;
  }
  if (args[0] != "check") return usage_error("rules", "unknown action '" + args[0] + "' (use: rules check)");
  std::vector<std::string> rest(args.begin() + 1, args.end());
  std::string dir;
  DataOptions data;
  po::options_description desc("Usage: stancegraph rules check [DIR] [options]\n\nOptions");
  desc.add_options()("help,h", "show this help");
  data.add_to(desc);
  po::options_description hidden;
  hidden.add_options()("dir", po::value(&dir), "data directory");
  po::positional_options_description pos;
  pos.add("dir", 1);
  po::variables_map vm;
  int code = kOk;
  if (!parse("rules check", desc, hidden, &pos, rest, vm, code)) return code;
  if (vm.count("help")) {
    std::cout << desc;
    return kOk;
  }
  if (!dir.empty()) {
    if (data.rules.empty()) data.rules = (fs::path(dir) / "rules").string();
    if (data.gazetteer.empty()) data.gazetteer = (fs::path(dir) / "gazetteer").string();
  }
  std::vector<Diagnostic> diagnostics;
  auto resources = data.load(diagnostics);
  print(diagnostics);
  if (!resources) {
    std::size_t errors = 0;
    for (const auto& d : diagnostics) errors += d.severity == Diagnostic::Severity::Error;
    std::cerr << errors << (errors == 1 ? " error" : " errors") << '\n';
    return kRules;
  }
  auto s = sg::extract::summarize(*resources);
  std::cout << "ok: " << s.states << " states, " << s.organizations << " organizations and armed forces, "
            << s.places << " places (" << s.generated_places << " generated), " << s.people << " people, " << s.titles << " titles (" << s.names
            << " names); " << s.word_classes << " word classes, " << s.rules << " rules, " << s.frames
            << " frames\n";
  return kOk;
}

int top_help(std::ostream& out) {
  out << kVersion << " — a knowledge graph of stances from analytic reports\n\n"
      << "Usage: stancegraph COMMAND [options]\n\n"
      << "Commands:\n"
      << "  build REPORT...     extract a graph from reports (Turtle, N-Triples, N-Quads, RDF/XML, JSON-LD;\n"
      << "                      views for GraphML, GEXF, Cytoscape and Graphviz tools; Neo4j; event data:\n"
      << "                      CSV, TSV, PLOVER)\n"
      << "  explain \"text\"      show the entities, rules and assertions of a sentence\n"
      << "  rules check [DIR]   validate rule and gazetteer files\n"
      << "  stats GRAPH...      count classes, event types, months and the most active actors\n"
      << "  query GRAPH... 'Q'  answer a SPARQL query (table, CSV, TSV or JSON results)\n\n"
      << "Run 'stancegraph COMMAND --help' (or 'stancegraph help COMMAND') for a command's options.\n";
  return kOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    top_help(std::cerr);
    return kUsage;
  }
  std::string command = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  try {
    if (command == "help" && !rest.empty()) {  // "stancegraph help build" = "stancegraph build --help"
      command = rest[0];
      rest = {"--help"};
    }
    if (command == "--help" || command == "-h" || command == "help") return top_help(std::cout);
    if (command == "--version") {
      std::cout << kVersion << '\n';
      return kOk;
    }
    if (command == "build") return cmd_build(rest);
    if (command == "explain") return cmd_explain(rest);
    if (command == "rules") return cmd_rules(rest);
    if (command == "stats") return cmd_stats(rest);
    if (command == "query") return cmd_query(rest);
    return usage_error("", "unknown command '" + command + "'");
  } catch (const std::bad_alloc&) {
    std::cerr << "stancegraph: error: out of memory\n";
    return kInternal;
  } catch (const std::exception& e) {
    std::cerr << "stancegraph: internal error: " << e.what() << '\n';
    return kInternal;
  }
}
