// reading.h — what the report readers (text, HTML, JSON Lines) share
// inside extract/: getting a file's bytes, refusing binary data, and
// repairing invalid UTF-8 with the same warning everywhere.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract.h"

namespace sg::extract {

// The whole content of `path` ("-" = standard input). On failure, appends
// an error naming `path` ("cannot read report: No such file or directory",
// "is a directory, not a report file") and returns nullopt.
std::optional<std::string> read_file_bytes(const std::string& path, std::vector<Diagnostic>& diagnostics);

// Why `body` looks like binary data (an image, an archive, an executable)
// rather than text, judged on its first 4 KiB; nullptr when it looks like text.
const char* binary_reason(std::string_view body);

// Replaces invalid UTF-8 in `body` by U+FFFD; when there was any, appends
// the warning "invalid UTF-8 at byte offset N ..." naming `source`.
void repair_utf8_warning(std::string& body, const std::string& source, std::vector<Diagnostic>& diagnostics);

// An error or warning about `source` (line 0: the whole file).
Diagnostic diagnostic(Diagnostic::Severity severity, std::string source, std::string message, int line = 0);

}  // namespace sg::extract
