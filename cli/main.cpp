// stancegraph — the command line. See `stancegraph --help` and README.md.
#include <boost/program_options.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "export/export.h"
#include "graph/stats.h"
#include "extract/extract.h"
#include "graph/graph.h"
#include "inputs.h"
#include "progress.h"
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

const char* kVersion = "stancegraph 0.1.0";

// build --quiet: only errors reach standard error.
bool quiet = false;

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

struct DataOptions {
  std::string rules, gazetteer;
  void add_to(po::options_description& desc) {
    desc.add_options()("rules", po::value(&rules)->value_name("DIR"),
                       "rule directory (lexicon.txt, *.rules); default: the installed ontologies/rules")(
        "gazetteer", po::value(&gazetteer)->value_name("DIR"),
        "gazetteer directory (*.tsv); default: the installed ontologies/gazetteer");
  }
  std::shared_ptr<const sg::extract::Resources> load(std::vector<Diagnostic>& diagnostics) const {
    std::string base = data_dir();
    return sg::extract::load_resources(gazetteer.empty() ? (fs::path(base) / "gazetteer").string() : gazetteer,
                                       rules.empty() ? (fs::path(base) / "rules").string() : rules, diagnostics);
  }
};

bool parse(const std::string& command, po::options_description& desc, po::positional_options_description* pos,
           std::vector<std::string> args, po::variables_map& vm, int& exit_code) {
  // Everything after "--" is positional, even when it starts with '-'.
  std::vector<std::string> after;
  auto dashes = std::find(args.begin(), args.end(), "--");
  if (dashes != args.end()) {
    after.assign(dashes + 1, args.end());
    args.erase(dashes, args.end());
  }
  try {
    auto parser = po::command_line_parser(args).options(desc);
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

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// ------------------------------------------------------------------ build

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
  unsigned jobs = 1;
  DataOptions data;
  po::options_description desc(
      "Usage: stancegraph build REPORT... [options]\n\n"
      "Extracts entities and assertions from the reports and writes one graph.\n"
      "REPORT is a text report, an HTML page (.html, .htm), a JSON Lines file of\n"
      "documents (.jsonl), a directory (walked for those), or - for standard input.\n\nOptions");
  desc.add_options()("help,h", "show this help")("output,o", po::value(&output)->value_name("FILE"),
                                                 "write the graph to FILE (default: standard output, also -)")(
      "format,f", po::value(&format_text)->value_name("FORMAT"),
      "turtle, ntriples, nquads, rdfxml or jsonld (default: from the -o extension, else turtle)")(
      "date", po::value(&date_text)->value_name("YYYY-MM-DD"),
      "the report date, for dates without a year (default: a date line in the report, else a date in its file name)")(
      "base", po::value(&base)->value_name("IRI"), "base of the instance IRIs (default https://w3id.org/stancegraph/id/)")(
      "jobs,j", po::value(&jobs)->value_name("N"), "extract N reports at a time (default 1)")(
      "merge,m", po::value(&merges)->value_name("GRAPH"),
      "add to this existing graph (Turtle, N-Triples, N-Quads or JSON-LD; repeatable): its entities keep "
      "their IRIs and every triple of it is kept")(
      "stream", po::bool_switch(),
      "read JSON Lines documents ({\"id\",\"date\",\"title\",\"url\",\"text\"}) from standard input and write "
      "each one's N-Quads to standard output as it goes (see docs/scale.md)")(
      "quiet,q", po::bool_switch(), "print errors only: no warnings, no progress bar")(
      "verbose,v", po::bool_switch(),
      "also print the files passed over in directories, and per file: reports, assertions, time");
  data.add_to(desc);
  desc.add_options()("report", po::value(&inputs)->multitoken(), "report files");
  po::positional_options_description pos;
  pos.add("report", -1);
  po::variables_map vm;
  int code = kOk;
  if (!parse("build", desc, &pos, args, vm, code)) return code;
  if (vm.count("help")) {
    std::cout << desc << "\nExamples:\n"
              << "  stancegraph build report.txt --date 2025-09-04 -o graph.ttl\n"
              << "  stancegraph build reports/*.txt -f nquads -j 2 > graph.nq\n"
              << "  stancegraph build reports/ --verbose -o graph.ttl     # every .txt, .html, .jsonl under reports/\n"
              << "  stancegraph build today.txt --merge graph.nq -o graph.nq   # add a day to the graph\n"
              << "  stancegraph build --stream -j 2 < corpus.jsonl > part.nq\n";
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
  if (stream) return stream_build(data, {base, jobs, forced_date, quiet}, inputs, merges, output, format_text);
  sg::exporter::Format format = sg::exporter::Format::Turtle;
  if (!format_text.empty()) {
    auto f = sg::exporter::parse_format(format_text);
    if (!f) return usage_error("build", "unknown format '" + format_text + "' (turtle, ntriples, nquads, rdfxml, jsonld)");
    format = *f;
  } else if (output != "-") {
    auto dot = output.find_last_of('.');
    if (dot != std::string::npos)
      if (auto f = sg::exporter::parse_format(output.substr(dot + 1))) format = *f;
  }
  if (std::count(inputs.begin(), inputs.end(), "-") > 1) return usage_error("build", "standard input can be read only once");

  std::vector<Diagnostic> diagnostics;
  auto resources = data.load(diagnostics);
  if (!resources) {
    print(diagnostics);
    return kRules;
  }
  print(diagnostics);
  diagnostics.clear();

  // Read every report first: a bad input stops the run before any output.
  // A JSON Lines document that is refused is only left out (as in
  // --stream): the run goes on and ends with kInput.
  sg::cli::Discovery discovery;
  if (!sg::cli::discover_inputs(inputs, discovery, diagnostics)) {
    print(diagnostics);
    return kInput;
  }
  if (verbose)
    for (const auto& passed : discovery.ignored) sg::cli::stderr_line("stancegraph: passed over " + passed);
  sg::cli::Progress progress(!quiet && sg::cli::Progress::terminal());
  auto started = std::chrono::steady_clock::now();
  auto seconds_since = [](std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
  };
  progress.stage("reading", discovery.inputs.size());
  std::vector<sg::extract::Report> reports;
  std::vector<std::size_t> report_input;  // the input each report came from
  std::vector<sg::cli::InputTally> tallies(discovery.inputs.size());
  for (std::size_t i = 0; i < discovery.inputs.size(); ++i) {
    auto t = std::chrono::steady_clock::now();
    if (!sg::cli::read_input(discovery.inputs[i], forced_date, reports, diagnostics)) {
      progress.finish();
      print(diagnostics);
      return kInput;
    }
    report_input.resize(reports.size(), i);
    tallies[i].seconds = seconds_since(t);
    progress.advance();
  }
  bool refused_documents = sg::extract::has_errors(diagnostics);
  print(diagnostics);
  diagnostics.clear();
  for (std::size_t i = 0; i < reports.size(); ++i)
    if (!reports[i].date && !quiet)
      sg::cli::stderr_line(sg::cli::report_place(discovery.inputs[report_input[i]], reports[i]) +
                           ": warning: no report date (use --date, a date line, or a YYYY-MM-DD file name); "
                           "dates without a year are left out");

  // The graphs to merge into: read whole before anything is written, so
  // that a bad one leaves the output (often the same file) untouched.
  sg::graph::Graph graph;
  for (const auto& path : merges) {
    if (!sg::exporter::read_graph(path, graph, diagnostics)) {
      print(diagnostics);
      sg::cli::stderr_line(path + ": error: not merged; nothing was written");
      return kInput;
    }
  }
  print(diagnostics);
  diagnostics.clear();

  // Extraction, on -j threads. Reports are ranked by date (then text): a
  // second pass lets each report recognise the people that earlier reports
  // or the merged graph named ("Youssef" alone), exactly as a day-by-day
  // build with --merge would.
  std::vector<std::size_t> by_date(reports.size());
  for (std::size_t i = 0; i < reports.size(); ++i) by_date[i] = i;
  auto when = [&](std::size_t i) {
    return std::make_pair(reports[i].date ? reports[i].date->iso() : std::string("9999-99-99"),
                          sg::graph::hex64(sg::graph::fnv1a64(reports[i].text)));
  };
  std::sort(by_date.begin(), by_date.end(), [&](std::size_t a, std::size_t b) { return when(a) < when(b); });
  std::vector<std::size_t> rank(reports.size());
  for (std::size_t k = 0; k < by_date.size(); ++k) rank[by_date[k]] = k + 1;
  std::vector<sg::extract::KnownPerson> known = sg::graph::known_people(graph, base);
  std::vector<sg::extract::Extraction> results(reports.size());
  std::vector<double> report_seconds(reports.size());
  std::unique_ptr<sg::extract::KnownPeople> known_index;
  bool two_passes = reports.size() > 1 || !known.empty();
  progress.stage("extracting", reports.size() * (two_passes ? 2 : 1));
  auto run_all = [&](bool with_known) {
    std::vector<std::thread> pool;
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t i = next++; i < reports.size(); i = next++) {
        auto t = std::chrono::steady_clock::now();
        results[i] = with_known ? sg::extract::extract(reports[i], *resources, known_index.get(), rank[i])
                                : sg::extract::extract(reports[i], *resources);
        report_seconds[i] += seconds_since(t);
        progress.advance();
      }
    };
    unsigned n = std::min<unsigned>(jobs, static_cast<unsigned>(reports.size()));
    for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
  };
  run_all(false);
  for (const auto& r : results) print(r.warnings);
  if (two_passes) {
    for (std::size_t i = 0; i < reports.size(); ++i)
      for (const auto& e : results[i].entities) {
        if (e.type != sg::extract::EntityType::Person) continue;
        sg::extract::KnownPerson p{e.key, e.label, e.alt_labels, rank[i]};
        p.names.push_back(e.label);
        known.push_back(std::move(p));
      }
    known_index = std::make_unique<sg::extract::KnownPeople>(known);
    run_all(true);
  }

  if (verbose) {
    for (std::size_t i = 0; i < reports.size(); ++i) {
      auto& tally = tallies[report_input[i]];
      ++tally.reports;
      tally.assertions += results[i].assertions.size();
      tally.seconds += report_seconds[i];
    }
    for (std::size_t f = 0; f < discovery.inputs.size(); ++f)
      sg::cli::stderr_line(sg::cli::describe(discovery.inputs[f], tallies[f]));
  }
  progress.stage("writing", 0);
  sg::graph::GraphBuilder builder(graph, {base});
  builder.know(graph);
  for (std::size_t i = 0; i < reports.size(); ++i) builder.add(reports[i], results[i]);
  builder.finish();

  sg::exporter::WriteOptions options;
  if (format == sg::exporter::Format::JsonLd) {
    std::string context_path = (fs::path(data_dir()) / "context.jsonld").string();
    options.jsonld_context = read_text_file(context_path);
    if (options.jsonld_context.empty()) {
      sg::cli::stderr_line(context_path + ": error: cannot read the JSON-LD context");
      return kRules;
    }
  }
  sg::exporter::OutputFile out(output);
  std::string error;
  if (!out.open(error) || !sg::exporter::write_graph(graph, format, out.stream(), options, error) ||
      !out.commit(error)) {
    progress.finish();
    std::cerr << "stancegraph: error: " << error << '\n';
    return kOutput;
  }
  progress.finish();
  if (verbose) {
    std::size_t assertions = 0;
    for (const auto& r : results) assertions += r.assertions.size();
    char line[200];
    std::snprintf(line, sizeof line, "stancegraph: %zu file%s, %zu report%s, %zu assertions, %zu quads in %.2f s",
                  discovery.inputs.size(), discovery.inputs.size() == 1 ? "" : "s", reports.size(),
                  reports.size() == 1 ? "" : "s", assertions, graph.size(), seconds_since(started));
    sg::cli::stderr_line(line);
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
  desc.add_options()("sentence", po::value(&sentences)->multitoken(), "text");
  po::positional_options_description pos;
  pos.add("sentence", -1);
  po::variables_map vm;
  int code = kOk;
  if (!parse("explain", desc, &pos, args, vm, code)) return code;
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
      "by month, and the most active actors. GRAPH is Turtle, N-Triples,\n"
      "N-Quads or JSON-LD; several are counted as their union.\n\nOptions");
  desc.add_options()("help,h", "show this help")("json", "print JSON instead of tables")(
      "top", po::value(&top)->value_name("N"), "how many actors to list (default 10)");
  desc.add_options()("graph", po::value(&inputs)->multitoken(), "graph files");
  po::positional_options_description pos;
  pos.add("graph", -1);
  po::variables_map vm;
  int code = kOk;
  if (!parse("stats", desc, &pos, args, vm, code)) return code;
  if (vm.count("help")) {
    std::cout << desc << "\nExample:\n  stancegraph stats graph.nq --top 20\n";
    return kOk;
  }
  if (inputs.empty()) return usage_error("stats", "no graph given");
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
  desc.add_options()("dir", po::value(&dir), "data directory");
  po::positional_options_description pos;
  pos.add("dir", 1);
  po::variables_map vm;
  int code = kOk;
  if (!parse("rules check", desc, &pos, rest, vm, code)) return code;
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
            << s.places << " places, " << s.people << " people, " << s.titles << " titles (" << s.names
            << " names); " << s.word_classes << " word classes, " << s.rules << " rules, " << s.frames
            << " frames\n";
  return kOk;
}

int top_help(std::ostream& out) {
  out << kVersion << " — a knowledge graph of stances from analytic reports\n\n"
      << "Usage: stancegraph COMMAND [options]\n\n"
      << "Commands:\n"
      << "  build REPORT...     extract a graph from reports (Turtle, N-Triples, N-Quads, RDF/XML, JSON-LD)\n"
      << "  explain \"text\"      show the entities, rules and assertions of a sentence\n"
      << "  rules check [DIR]   validate rule and gazetteer files\n"
      << "  stats GRAPH...      count classes, event types, months and the most active actors\n\n"
      << "Run 'stancegraph COMMAND --help' for a command's options.\n";
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
    if (command == "--help" || command == "-h" || command == "help") return top_help(std::cout);
    if (command == "--version") {
      std::cout << kVersion << '\n';
      return kOk;
    }
    if (command == "build") return cmd_build(rest);
    if (command == "explain") return cmd_explain(rest);
    if (command == "rules") return cmd_rules(rest);
    if (command == "stats") return cmd_stats(rest);
    return usage_error("", "unknown command '" + command + "'");
  } catch (const std::bad_alloc&) {
    std::cerr << "stancegraph: error: out of memory\n";
    return kInternal;
  } catch (const std::exception& e) {
    std::cerr << "stancegraph: internal error: " << e.what() << '\n';
    return kInternal;
  }
}
