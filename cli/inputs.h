// inputs.h — what `build` reads: its REPORT arguments expanded into files
// (a directory is walked for report files), and each file read into
// reports (a JSON Lines file holds one per line).
//
// Discovery is deterministic: files given by name come in the order given;
// a directory's files come depth first in byte order of their names, so
// the same tree gives the same list on every machine. Symbolic links are
// followed, each directory once (a link loop ends the walk there).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/extract.h"

namespace sg::cli {

enum class InputKind {
  Report,     // one report: text or HTML (read_report tells them apart), or "-"
  JsonLines,  // .jsonl: one JSON document per line
};

struct Input {
  std::string path;
  InputKind kind = InputKind::Report;
};

struct Discovery {
  std::vector<Input> inputs;
  std::vector<std::string> ignored;  // what the walk passed over, and why, for --verbose
};

// The extensions a directory walk takes, lower-case (also for .TXT, .Html).
bool is_report_extension(const std::string& path);

// How a file given by name is read: .jsonl (any case) as JSON Lines, the
// rest as one report.
InputKind input_kind(const std::string& path);

// Expands the arguments: a directory becomes the report files under it
// (.txt, .html, .htm, .jsonl; hidden names and other files are passed
// over), anything else is taken as one input, by extension. Returns false,
// with an error naming the directory, when one cannot be read or holds no
// report file.
bool discover_inputs(const std::vector<std::string>& arguments, Discovery& discovery,
                     std::vector<extract::Diagnostic>& diagnostics);

// Reads one input into `reports`. `date` is the report date (--date) of a
// report, and the default date of JSON Lines documents that carry none.
// Returns false when the file cannot be used at all; a JSON Lines line
// that is not a document only adds an error for its line. With `places`,
// where each JSON Lines document is, to read it again (read_again).
bool read_input(const Input& input, std::optional<extract::Date> date, std::vector<extract::Report>& reports,
                std::vector<extract::Diagnostic>& diagnostics, std::vector<extract::JsonPlace>* places = nullptr);

// The report `input` held, read once more: the file of a report, the line
// `place` of a JSON Lines file. nullopt, with an error, if it cannot be.
std::optional<extract::Report> read_again(const Input& input, const extract::JsonPlace& place,
                                          std::optional<extract::Date> date,
                                          std::vector<extract::Diagnostic>& diagnostics);

// Where a report came from, for a message about it: the file, or for a
// JSON Lines document "FILE:LINE" (no id) or "FILE (ID)".
std::string report_place(const Input& input, const extract::Report& report);

// What --verbose says of one input once its reports are extracted.
struct InputTally {
  std::size_t reports = 0, assertions = 0;
  double seconds = 0;  // reading plus extraction, summed over threads
};
// "FILE: 3 reports, 120 assertions extracted, 0.42 s"
std::string describe(const Input& input, const InputTally& tally);

}  // namespace sg::cli
