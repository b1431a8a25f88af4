// Reading a report: bytes to text, title, date and endnotes.
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <sstream>
#include <sys/stat.h>

#include "dates.h"
#include "document.h"
#include "html.h"
#include "reading.h"
#include "text.h"

namespace sg::extract {

std::string Diagnostic::to_string() const {
  std::string out = file.empty() ? std::string("stancegraph") : file;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  out += severity == Severity::Error ? ": error: " : ": warning: ";
  out += message;
  return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.severity == Diagnostic::Severity::Error) return true;
  return false;
}

namespace {

std::string base_name(const std::string& path) {
  if (path == "-") return "stdin";
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void normalise_line_ends(std::string& s) {
  if (s.find('\r') == std::string::npos) return;
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  s.swap(out);
}

std::optional<Date> date_from_file_name(const std::string& name) {
  for (std::size_t i = 0; i + 10 <= name.size(); ++i)
    if (auto d = parse_iso_date(std::string_view(name).substr(i, 10))) {
      bool digit_before = i > 0 && std::isdigit(static_cast<unsigned char>(name[i - 1]));
      bool digit_after = i + 10 < name.size() && std::isdigit(static_cast<unsigned char>(name[i + 10]));
      if (!digit_before && !digit_after) return d;
    }
  return std::nullopt;
}

}  // namespace

Report make_report(std::string source, std::string body, std::optional<Date> forced_date,
                   std::vector<Diagnostic>& diagnostics) {
  Report report;
  report.source = std::move(source);
  report.name = base_name(report.source);
  if (body.size() >= 3 && body.compare(0, 3, "\xEF\xBB\xBF") == 0) body.erase(0, 3);
  repair_utf8_warning(body, report.source, diagnostics);
  // Control characters other than tab and line ends (NUL, ESC, form feed
  // ...) cannot appear in XML and say nothing in a report: spaces.
  auto is_control = [](char c) {
    return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
  };
  // Counted first, eight bytes at a time: a block with no byte below 0x20
  // (most: only line ends and tabs are) has none (make_report 24.3M ->
  // 8.2M instructions self on the 1 MB corpus, with the loop below).
  std::size_t controls = 0, at = 0;
  for (std::uint64_t w; at + 8 <= body.size(); at += 8) {
    std::memcpy(&w, body.data() + at, 8);
    if (text::bytes_below(w, 0x20) == 0) continue;
    for (std::size_t k = at; k < at + 8; ++k) controls += is_control(body[k]);
  }
  for (; at < body.size(); ++at) controls += is_control(body[at]);
  if (controls) {
    bool nul = body.find('\0') != std::string::npos;
    for (auto& c : body)
      if (is_control(c)) c = ' ';
    diagnostics.push_back(diagnostic(Diagnostic::Severity::Warning, report.source,
                                     std::string(nul ? "NUL bytes and other " : "") +
                                         "control characters replaced by spaces (" + std::to_string(controls) + ")"));
  }
  normalise_line_ends(body);
  report.text = std::move(body);
  if (report.text.find_first_not_of(" \t\n") == std::string::npos)
    diagnostics.push_back(diagnostic(Diagnostic::Severity::Warning, report.source, "empty report: nothing to extract"));

  std::optional<Date> line_date;
  std::size_t notes = 0;
  std::string_view first_note;
  for (const auto& p : split_paragraphs(report.text)) {
    std::string_view content(report.text.data() + p.begin, p.end - p.begin);
    switch (p.kind) {
      case Paragraph::Kind::Note:
        if (notes++ == 0) first_note = content;
        break;
      case Paragraph::Kind::Title:
        report.title = std::string(content);
        if (!line_date) line_date = find_date_in_line(content, false);
        break;
      case Paragraph::Kind::DateLine:
        if (!line_date) line_date = find_date_in_line(content, true);
        break;
      case Paragraph::Kind::Endnote: {
        auto close = content.find(']');
        Endnote note;
        note.number = std::atoi(std::string(content.substr(1, close - 1)).c_str());
        note.url = std::string(text::trim(content.substr(close + 1)));
        // Not find_first_of(" \t"): it calls memchr a byte (8.7M instructions on the 1 MB corpus).
        auto space = std::find_if(note.url.begin(), note.url.end(), [](char c) { return c == ' ' || c == '\t'; });
        note.url.erase(space, note.url.end());
        report.endnotes.push_back(note);
        break;
      }
      default:
        break;
    }
  }
  // Lines under an endnotes heading that are neither "[n] URL" nor prose
  // are left out: said, with the first of them, so that nothing goes
  // silently (issue 22).
  if (notes > 0) {
    auto line = static_cast<int>(1 + std::count(report.text.cbegin(), report.text.cbegin() + (first_note.data() - report.text.data()), '\n'));
    std::string shown(first_note.substr(0, 60));
    if (shown.size() < first_note.size()) {
      while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0x80) shown.pop_back();
      if (!shown.empty() && static_cast<unsigned char>(shown.back()) >= 0xC0) shown.pop_back();
      shown += "...";
    }
    diagnostics.push_back(diagnostic(Diagnostic::Severity::Warning, report.source,
                                     std::to_string(notes) + (notes == 1 ? " line" : " lines") +
                                         " under an endnotes heading left out as notes, not \"[n] URL\" endnotes "
                                         "nor prose (the first: \"" + shown + "\")",
                                     line));
  }
  if (forced_date) report.date = forced_date;
  else if (line_date) report.date = line_date;
  else report.date = date_from_file_name(report.name);
  return report;
}

std::optional<std::string> read_file_bytes(const std::string& path, std::vector<Diagnostic>& diagnostics) {
  auto fail = [&](std::string message) -> std::optional<std::string> {
    diagnostics.push_back(diagnostic(Diagnostic::Severity::Error, path, std::move(message)));
    return std::nullopt;
  };
  std::string body;
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT && (path.starts_with("http://") || path.starts_with("https://")))
      return fail("is a URL: stancegraph reads files and never fetches anything; save the page first "
                  "(curl -o page.html URL) and give the file");
    return fail(std::string("cannot read report: ") + std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) return fail("is a directory, not a report file");
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(path.c_str(), "rb"), std::fclose);
  if (!in) return fail(std::string("cannot open report: ") + std::strerror(errno));
  // In blocks of the size the file had, then on to the end (a file that
  // grew meanwhile, or a pipe, whose size says nothing).
  std::size_t block = S_ISREG(st.st_mode) && st.st_size > 0 ? static_cast<std::size_t>(st.st_size) + 1 : 1 << 16;
  for (std::size_t got = 0;;) {
    body.resize(got + block);
    std::size_t n = std::fread(body.data() + got, 1, block, in.get());
    got += n;
    if (n < block) {
      body.resize(got);
      break;
    }
    block = std::max<std::size_t>(block, 1 << 16);
  }
  if (std::ferror(in.get())) return fail(std::string("read error: ") + std::strerror(errno));
  return body;
}

const char* binary_reason(std::string_view body) {
  // What people give by mistake, with the command that makes a report of it.
  if (body.starts_with("%PDF-")) return "is a PDF, not a text report: convert it first (pdftotext FILE.pdf FILE.txt)";
  if (body.starts_with("PK\x03\x04")) {
    std::string_view head = body.substr(0, 4096);
    if (head.find("word/") != std::string_view::npos)
      return "is a Word document (DOCX), not a text report: convert it first (pandoc -t plain FILE.docx -o FILE.txt)";
    if (head.find("opendocument.text") != std::string_view::npos)
      return "is an OpenDocument text (ODT), not a text report: convert it first (pandoc -t plain FILE.odt -o FILE.txt)";
    return "is a ZIP archive, not a text report: unpack it and give the reports inside";
  }
  // UTF-16 (Windows' "Unicode"): a byte-order mark, or ASCII letters with
  // a NUL beside each.
  if (body.starts_with("\xFF\xFE") || body.starts_with("\xFE\xFF"))
    return "is UTF-16 text, not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8.txt)";
  // One pass over the first 4 KiB counts the NULs at even and odd offsets
  // (UTF-16) and the control bytes (binary data); eight bytes with no byte
  // below 0x20 (most of a text) hold neither (binary_reason 11.4M -> 1.6M
  // instructions on the 1 MB corpus).
  const std::size_t probe = std::min<std::size_t>(body.size(), 4096);
  std::size_t control = 0, nul[2] = {0, 0};
  auto count = [&](std::size_t i) {
    auto c = static_cast<unsigned char>(body[i]);
    nul[i % 2] += c == 0;
    control += c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B);
  };
  std::size_t i = 0;
  for (std::uint64_t w; i + 8 <= probe; i += 8) {
    std::memcpy(&w, body.data() + i, 8);
    if (text::bytes_below(w, 0x20) == 0) continue;
    for (std::size_t k = i; k < i + 8; ++k) count(k);
  }
  for (; i < probe; ++i) count(i);
  // UTF-16 (Windows' "Unicode"): ASCII letters with a NUL beside each.
  if (probe >= 8 && std::max(nul[0], nul[1]) * 5 > probe * 2 && std::min(nul[0], nul[1]) * 20 < probe)
    return "is UTF-16 text, not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8.txt)";
  // Binary data (images, archives, executables) is refused rather than
  // mined for words: many NULs or control bytes in the first 4 KiB.
  if (probe > 0 && control * 10 > probe) return "looks like a binary file, not a text report";
  // Random bytes are mostly not UTF-8; text in a legacy encoding (Latin-1
  // accents) has a few bad bytes, which are replaced with a warning.
  if (probe >= 64 && text::count_invalid_utf8(body.substr(0, probe)) * 4 > probe)
    return "looks like a binary file, not a text report (mostly not UTF-8)";
  return nullptr;
}

void repair_utf8_warning(std::string& body, const std::string& source, std::vector<Diagnostic>& diagnostics) {
  auto bad = text::repair_utf8(body);
  if (bad.empty()) return;
  diagnostics.push_back(diagnostic(Diagnostic::Severity::Warning, source,
                                   "invalid UTF-8 at byte offset " + std::to_string(bad.front()) +
                                       (bad.size() > 1 ? " and " + std::to_string(bad.size() - 1) + " more places" : "") +
                                       "; replaced by U+FFFD"));
}

Diagnostic diagnostic(Diagnostic::Severity severity, std::string source, std::string message, int line) {
  return Diagnostic(std::move(source), line, 0, std::move(message), severity);
}

std::optional<Report> read_report(const std::string& path, std::optional<Date> forced_date,
                                  std::vector<Diagnostic>& diagnostics) {
  auto body = read_file_bytes(path, diagnostics);
  if (!body) return std::nullopt;
  if (const char* why = binary_reason(*body)) {
    diagnostics.push_back(diagnostic(Diagnostic::Severity::Error, path, why));
    return std::nullopt;
  }
  if (is_html(path, *body)) return make_html_report(path, *body, forced_date, diagnostics);
  return make_report(path, std::move(*body), forced_date, diagnostics);
}

}  // namespace sg::extract
