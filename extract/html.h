// html.h — reading a report published as an HTML page (a think tank's
// daily assessment as saved from the browser or fetched by a crawler).
//
// The page is parsed by libxml2's HTML parser, which recovers from any
// markup as browsers do, decodes character entities and honours the
// charset the page declares. It never touches the network or the file
// system: no DTD, no external entity, no fetch (HTML_PARSE_NONET; the HTML
// parser has no entity loading at all).
//
// The page is then rendered into the plain text the text reader reads
// (see README "Report formats"), so that everything after the reader sees
// the same thing whatever the format:
//   - the content is the longest outermost <article> (inside <main> when
//     there is one), else <main>, else <body>; <script>, <style>, <nav>,
//     <aside>, forms, comments, hidden elements, and <header>/<footer>
//     outside an article are left out;
//   - each block (<p>, <h1>..<h6>, <li>, <div>, table cells, <br>) is one
//     line; white space is squeezed; list items become "- " bullets;
//   - footnote markers (<sup>1</sup>, <sup>[1]</sup>, <a href="#fn1">[1]</a>)
//     become "[1]" right after their sentence;
//   - an endnotes section (after an "Endnotes"/"Notes"/"Sources"/
//     "References"/"Footnotes" heading, or inside an element whose class,
//     id or role names endnotes or footnotes) becomes "[n] URL" lines, n
//     from the item's own "[n]"/"n." or its place in the list, URL from its
//     first http(s) link, else the first URL in its text.
// The title is the first <h1> of the content, else og:title, else
// <title>; the date is the meta article:published_time (or datePublished,
// dcterms.date, DC.date, date), else the first <time datetime> outside
// the prose, else, as in text, a date line or the file name; the URL is
// the canonical link, else og:url.
//
// Thread safety: any number of pages may be read at once (libxml2 is
// initialised once, before the first).
//
// Cost: the DOM of a page takes a few times its size in memory; the
// rendering is one pass over it (no recursion: nesting depth is free).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract.h"

namespace sg::extract {

// Whether a report is an HTML page: by its name (.html, .htm, .xhtml) or,
// whatever the name (standard input), by its first bytes ("<!DOCTYPE
// html" or "<html").
bool is_html(std::string_view path, std::string_view body);

// What a page says, rendered.
struct HtmlPage {
  std::string text;          // UTF-8, one block per line, as the text reader reads it
  std::string title;         // empty when the page has none
  std::string url;           // http(s) only
  std::optional<Date> date;  // from the markup only
};

// Renders `bytes` (any charset the page declares; UTF-8 when it declares
// none, invalid bytes replaced by U+FFFD with a warning naming `source`).
// Returns nullopt with an error when the page is larger than libxml2 reads (2 GB).
std::optional<HtmlPage> render_html(std::string_view bytes, const std::string& source, std::vector<Diagnostic>& diagnostics);

// The report of a page: its text read as make_report reads text, with the
// markup's title, URL and date (`forced_date` still wins). Returns nullopt
// with an error naming `source` when the page cannot be read at all.
std::optional<Report> make_html_report(std::string source, std::string_view bytes, std::optional<Date> forced_date,
                        std::vector<Diagnostic>& diagnostics);

}  // namespace sg::extract
