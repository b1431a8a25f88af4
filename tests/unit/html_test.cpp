// The HTML reader: a page as published becomes the report its text version is.
#include "extract/html.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <tuple>

#include "test_support.h"

namespace sg::extract {
namespace {

namespace fs = std::filesystem;

// The text a page renders to (with its warnings in `d`).
std::string render(const std::string& html, std::vector<Diagnostic>* d = nullptr) {
  std::vector<Diagnostic> ignored;
  auto page = render_html(html, "page.html", d ? *d : ignored);
  return page ? page->text : "(none)";
}

std::string body(const std::string& inner) { return "<!DOCTYPE html><html><body>" + inner + "</body></html>"; }

// What an assertion says, without where in the text it is.
using Fact = std::tuple<std::string, std::vector<std::string>, std::vector<std::string>, std::string, std::string,
                        bool, std::string, std::vector<int>>;
std::vector<Fact> facts(const Report& report) {
  auto x = extract(report, *test::resources());
  std::vector<Fact> out;
  for (const auto& a : x.assertions)
    out.emplace_back(a.event_type, a.actors, a.targets, a.topic, a.date ? a.date->iso() : "", a.negated,
                     x.evidence[a.evidence].text, x.evidence[a.evidence].citations);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(HtmlReport, APublishedPageGivesWhatItsTextVersionGives) {
  std::vector<Diagnostic> d;
  auto txt = read_report(test::source_dir() + "/examples/reports/sudan-sahel.txt", std::nullopt, d);
  auto html = read_report(test::source_dir() + "/tests/data/html/sudan-sahel.html", std::nullopt, d);
  ASSERT_TRUE(txt && html);
  EXPECT_TRUE(d.empty()) << d.front().to_string();
  // Navigation, scripts, forms, comments, the related-research aside and
  // the footer are gone; markers sit after their sentences; the endnotes
  // list is "[n] URL" lines: the very same text.
  EXPECT_EQ(html->text, txt->text);
  EXPECT_EQ(html->title, "Sudan and Sahel Conflict Update");
  ASSERT_TRUE(html->date);
  EXPECT_EQ(html->date->iso(), "2025-03-18");
  EXPECT_EQ(html->url, "https://www.example.org/research/sudan-sahel-conflict-update-march-18-2025");
  ASSERT_EQ(html->endnotes.size(), 15u);
  for (std::size_t i = 0; i < 15; ++i) {
    EXPECT_EQ(html->endnotes[i].number, txt->endnotes[i].number);
    EXPECT_EQ(html->endnotes[i].url, txt->endnotes[i].url);
  }
  auto from_html = facts(*html);
  EXPECT_GT(from_html.size(), 20u);
  EXPECT_EQ(from_html, facts(*txt));
}

TEST(HtmlReport, LeavesOutWhatIsNotTheReport) {
  std::string t = render(
      "<html><head><title>T</title><style>p{}</style><script>var a = 'Russia rejected it.';</script></head><body>"
      "<header><nav><a href='/'>Home</a></nav></header><!-- a comment -->"
      "<p>Russia rejected the proposal.</p><noscript>Enable JavaScript</noscript>"
      "<form><label>Email</label><input><button>Send</button></form><aside>Related: more</aside>"
      "<p hidden>Hidden text.</p><template><p>Later.</p></template><svg><text>chart</text></svg>"
      "<footer>Copyright 2025</footer></body></html>");
  EXPECT_EQ(t, "Russia rejected the proposal.\n");
}

TEST(HtmlReport, PrefersTheArticleToThePageAroundIt) {
  std::string page = body(
      "<div class='promo'><p>Subscribe to our newsletter.</p></div>"
      "<main><article><header><h1>Daily Update</h1><p>By the team</p></header><p>Long text of the report.</p>"
      "<footer><p>Filed under Sudan</p></footer></article>"
      "<aside><article><p>A related post that is much longer than the report itself, by far.</p></article></aside>"
      "<article><p>Short.</p></article></main>");
  // The article's own header and footer are its text; the aside is not.
  EXPECT_EQ(render(page), "Daily Update\nBy the team\nLong text of the report.\nFiled under Sudan\n");
  EXPECT_EQ(render(body("<main><p>Main text.</p></main><p>Outside.</p>")), "Main text.\n");
  EXPECT_EQ(render(body("<div><p>One.</p></div><p>Two.</p>")), "One.\nTwo.\n");
}

TEST(HtmlReport, BlocksBecomeLinesAndWhiteSpaceIsSqueezed) {
  EXPECT_EQ(render(body("<h2>Toplines</h2><p>  Russia   rejected\n the\tproposal. </p><p>A <b>bold</b> "
                        "<i>move</i>.</p>")),
            "Toplines\nRussia rejected the proposal.\nA bold move.\n");
  EXPECT_EQ(render(body("<p>First line<br>second line</p>")), "First line\nsecond line\n");
  EXPECT_EQ(render(body("<ul><li>One.</li><li>Two <ul><li>inner.</li></ul></li></ul><ol><li>Three.</li></ol>")),
            "- One.\n- Two\n- inner.\n- Three.\n");
  EXPECT_EQ(render(body("<table><tr><td>Kyiv</td><td><table><tr><td>nested</td></tr></table></td></tr></table>")),
            "Kyiv\nnested\n");
  EXPECT_EQ(render(body("<pre>line one\nline two</pre>")), "line one\nline two\n");
}

TEST(HtmlReport, DecodesCharacterReferences) {
  EXPECT_EQ(render(body("<p>&ldquo;No&rdquo; &amp; &#8220;never&#x201D; &eacute;&nbsp;&euro;5 caf&#233;</p>")),
            "\xE2\x80\x9CNo\xE2\x80\x9D & \xE2\x80\x9Cnever\xE2\x80\x9D \xC3\xA9 \xE2\x82\xAC" "5 caf\xC3\xA9\n");
}

TEST(HtmlReport, FootnoteMarkersStayWithTheirSentence) {
  EXPECT_EQ(render(body("<p>Russia rejected it.<sup>1</sup> Then more.<sup>[2]</sup></p>")),
            "Russia rejected it.[1] Then more.[2]\n");
  EXPECT_EQ(render(body("<p>Russia rejected it. <sup><a href='#fn3'>3</a></sup> Ukraine agreed. "
                        "<a href='#fn4'>[4]</a> Done. [5]</p>")),
            "Russia rejected it.[3] Ukraine agreed.[4] Done.[5]\n");
  EXPECT_EQ(render(body("<p>Both sources.<sup>6, 7</sup></p>")), "Both sources.[6, 7]\n");
  // Not markers: an ordinal, a link to a section, a power of a unit.
  EXPECT_EQ(render(body("<p>The 1<sup>st</sup> brigade, see <a href='#map'>the map</a>.</p>")),
            "The 1st brigade, see the map.\n");
  EXPECT_EQ(render(body("<p>Russian forces seized 300 km<sup>2</sup> near Pokrovsk<sup>2</sup>.</p>")),
            "Russian forces seized 300 km2 near Pokrovsk[2].\n");
}

TEST(HtmlReport, ThousandsOfNestedMarkersTakeNoTime) {
  std::string sups;
  for (int i = 0; i < 20000; ++i) sups += "<sup>";
  EXPECT_EQ(render(body("<h1></h1><h1></h1><p>Text" + sups + "1</p>")), "Text[1]\n");  // the innermost one
}

TEST(HtmlReport, EndnotesUnderAHeading) {
  std::vector<Diagnostic> d;
  auto r = make_html_report(
      "page.html",
      body("<p>Russia rejected the proposal.<sup>1</sup></p><h2>Endnotes</h2><ol>"
           "<li><a href='#ref1'>&#8617;</a> <a href='https://example.org/a'>Reuters, March 17</a></li>"
           "<li>TASS, <a href='http://example.net/b'>http://example.net/b</a></li>"
           "<li>An interview, no link</li>"
           "<li>[7] See https://example.com/c.</li></ol>"),
      std::nullopt, d);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->text, "Russia rejected the proposal.[1]\nEndnotes\n[1] https://example.org/a\n[2] http://example.net/b\n"
                     "[7] https://example.com/c\n");
  ASSERT_EQ(r->endnotes.size(), 3u);
  EXPECT_EQ(r->endnotes[2].number, 7);
  EXPECT_EQ(r->endnotes[2].url, "https://example.com/c");
}

// Issue 22: a "Notes" heading in the middle of a page left out every
// paragraph after it; prose is read, as in the text version.
TEST(HtmlReport, ProseAfterANotesHeadingIsRead) {
  EXPECT_EQ(render(body("<p>Russia rejected the proposal.</p><h2>Notes</h2>"
                        "<p>The Kremlin accused Ukraine of shelling the plant on May 2.</p><p>Back to top</p>"
                        "<h2>Sources</h2><ol><li><a href='https://example.org/a'>Reuters</a></li>"
                        "<li>An interview, no link</li></ol>")),
            "Russia rejected the proposal.\nNotes\nThe Kremlin accused Ukraine of shelling the plant on May 2.\n"
            "Back to top\nSources\n[1] https://example.org/a\n");
}

TEST(HtmlReport, EndnotesInAFootnotesSection) {
  // As Pandoc and WordPress write them: no heading, a class or a role.
  EXPECT_EQ(render(body("<p class='has-footnotes'>Text.<sup class='footnote-ref'><a href='#fn1'>1</a></sup></p>"
                        "<section class='footnotes' role='doc-endnotes'><hr><ol start='4'>"
                        "<li id='fn1'><p>Source <a href='https://example.org/x'>here</a>. "
                        "<a href='#fnref1' class='footnote-back'>&#8617;</a></p></li>"
                        "<li><p><a href='https://example.org/y'>y</a></p></li></ol></section>"
                        "<footer class='wp-block-footnotes'><p>3. https://example.org/z</p></footer>")),
            "Text.[1]\n[4] https://example.org/x\n[5] https://example.org/y\n[3] https://example.org/z\n");
  // One paragraph of endnotes, one per line.
  EXPECT_EQ(render(body("<p>Text.[1]</p><p><strong>Sources:</strong></p>"
                        "<p>[1] https://example.org/a<br>[2] https://example.org/b</p>")),
            "Text.[1]\nSources:\n[1] https://example.org/a\n[2] https://example.org/b\n");
}

TEST(HtmlReport, TitleFromTheHeadlineThenOpenGraphThenTheTitleElement) {
  std::vector<Diagnostic> d;
  std::string head = "<head><title>Update | Site</title><meta property='og:title' content='OG Update'></head>";
  auto r = make_html_report("p.html", "<html>" + head + "<body><h1>The <em>Head</em>line<br>Today</h1><p>Text.</p></body></html>",
                            std::nullopt, d);
  EXPECT_EQ(r->title, "The Headline Today");
  r = make_html_report("p.html", "<html>" + head + "<body><p>Text.</p></body></html>", std::nullopt, d);
  EXPECT_EQ(r->title, "OG Update");
  r = make_html_report("p.html", "<html><head><title>Update | Site</title></head><body><p>Text.</p></body></html>",
                       std::nullopt, d);
  EXPECT_EQ(r->title, "Update | Site");
  r = make_html_report("p.html", body("<p>Text.</p>"), std::nullopt, d);
  EXPECT_EQ(r->title, "");
}

TEST(HtmlReport, DateFromTheMarkupThenTheTextThenTheFileName) {
  std::vector<Diagnostic> d;
  auto date_of = [&](const std::string& source, const std::string& html, std::optional<Date> forced = std::nullopt) {
    auto r = make_html_report(source, html, forced, d);
    return r && r->date ? r->date->iso() : std::string("none");
  };
  std::string meta = "<head><meta property='article:published_time' content='2025-03-18T18:30:00-04:00'></head>";
  std::string byline = "<p class='date'><time datetime='2025-03-17'>March 17</time></p>";
  std::string prose = "<p>Russia attacked on <time datetime='2025-03-10'>March 10</time>.</p>";
  EXPECT_EQ(date_of("p.html", "<html>" + meta + "<body>" + byline + prose + "</body></html>"), "2025-03-18");
  EXPECT_EQ(date_of("p.html", "<html><head><meta itemprop='datePublished' content='2025-02-01'></head></html>"),
            "2025-02-01");
  EXPECT_EQ(date_of("p.html", body("<div>" + std::string("<time datetime='2025-03-17T08:00Z'>x</time>") + "</div>" + prose)),
            "2025-03-17");
  EXPECT_EQ(date_of("p.html", body(prose)), "none");  // a date in a sentence is what happened, not the report's
  EXPECT_EQ(date_of("p.html", body("<h1>Update</h1><p>March 18, 2025</p><p>Text.</p>")), "2025-03-18");
  EXPECT_EQ(date_of("update-2025-01-05.html", body("<p>Text.</p>")), "2025-01-05");
  EXPECT_EQ(date_of("p.html", "<html>" + meta + "</html>", parse_iso_date("2025-09-04")), "2025-09-04");
  EXPECT_EQ(date_of("p.html", "<html><head><meta name='date' content='soon'></head></html>"), "none");
}

TEST(HtmlReport, UrlFromTheCanonicalLinkThenOpenGraph) {
  std::vector<Diagnostic> d;
  auto r = make_html_report("p.html",
                            "<html><head><meta property='og:url' content='https://example.org/og'>"
                            "<link rel='canonical' href='https://example.org/canonical'></head></html>",
                            std::nullopt, d);
  EXPECT_EQ(r->url, "https://example.org/canonical");
  r = make_html_report("p.html", "<html><head><meta property='og:url' content='https://example.org/og'></head></html>",
                       std::nullopt, d);
  EXPECT_EQ(r->url, "https://example.org/og");
  r = make_html_report("p.html", "<html><head><link rel='canonical' href='file:///etc/passwd'></head></html>",
                       std::nullopt, d);
  EXPECT_EQ(r->url, "");
}

TEST(HtmlReport, HonoursTheDeclaredCharset) {
  std::vector<Diagnostic> d;
  std::string latin = "<html><head><meta charset='windows-1252'></head><body><p>Caf\xE9 \x93no\x94.</p></body></html>";
  EXPECT_EQ(render(latin, &d), "Caf\xC3\xA9 \xE2\x80\x9Cno\xE2\x80\x9D.\n");
  EXPECT_TRUE(d.empty());
  std::string equiv = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'></head>"
                      "<body><p>Bogot\xE1.</p></body></html>";
  EXPECT_EQ(render(equiv), "Bogot\xC3\xA1.\n");
  std::string xhtml = "<?xml version='1.0' encoding='ISO-8859-1'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>"
                      "<body><p>Bogot\xE1.</p></body></html>";
  EXPECT_EQ(render(xhtml), "Bogot\xC3\xA1.\n");
}

TEST(HtmlReport, InvalidUtf8IsReplacedWithAWarningAsInText) {
  std::vector<Diagnostic> d;
  // Undeclared: UTF-8, one bad byte costs one U+FFFD (not the whole page
  // read as Latin-1).
  EXPECT_EQ(render(body("<p>caf\xC3\xA9 and caf\xE9.</p>"), &d), "caf\xC3\xA9 and caf\xEF\xBF\xBD.\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].to_string(), "page.html: warning: invalid UTF-8 at byte offset 43; replaced by U+FFFD");
  d.clear();
  EXPECT_EQ(render("<html><head><meta charset='x-no-such-charset'></head><body><p>ok</p></body></html>", &d), "ok\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message, "unknown charset 'x-no-such-charset'; read as UTF-8");
}

TEST(HtmlReport, PagesWithNothingToRead) {
  EXPECT_EQ(render(""), "");
  EXPECT_EQ(render("   \n  "), "");
  EXPECT_EQ(render("<!-- only a comment -->"), "");
  EXPECT_EQ(render("<html><head><title>No body</title></head></html>"), "");
  EXPECT_EQ(render("<script>alert('Russia rejected the proposal.')</script>"), "");
  EXPECT_EQ(render("Just text, no tags."), "Just text, no tags.\n");
}

TEST(HtmlReport, DeepNestingNeitherCrashesNorLosesText) {
  std::string deep;
  for (int i = 0; i < 30000; ++i) deep += "<div><table><tr><td>";
  deep += "Russia rejected the proposal.";
  EXPECT_EQ(render(body(deep)), "Russia rejected the proposal.\n");
}

TEST(HtmlReport, AHugePageIsReadWhole) {
  std::string page = "<html><body><p>";
  page += std::string(12 << 20, 'x');  // beyond libxml2's 10 MB text node limit
  page += "</p>";
  for (int i = 0; i < 20000; ++i) page += "<p>Russia rejected the proposal.</p>";
  page += "<p>The end.</p></body></html>";
  std::string t = render(page);
  EXPECT_EQ(t.size(), (12u << 20) + 1 + 20000 * 30 + 9);
  EXPECT_TRUE(t.ends_with("\nThe end.\n"));
}

TEST(HtmlReport, NeverReadsAnExternalEntity) {
  fs::path secret = fs::temp_directory_path() / ("sg-html-secret-" + std::to_string(::getpid()));
  std::ofstream(secret) << "TOP-SECRET-CONTENT";
  std::string page = "<!DOCTYPE html [<!ENTITY x SYSTEM \"file://" + secret.string() +
                     "\"><!ENTITY y \"expanded\">]><html><body><p>a &x; b &y; c</p>"
                     "<p><iframe src=\"file://" + secret.string() + "\"></iframe></p></body></html>";
  std::string t = render(page);
  fs::remove(secret);
  EXPECT_EQ(t.find("TOP-SECRET"), std::string::npos) << t;
  EXPECT_NE(t.find("a &x; b"), std::string::npos) << t;
}

TEST(HtmlReport, BinaryNamedHtmlIsRefused) {
  fs::path file = fs::temp_directory_path() / ("sg-html-binary-" + std::to_string(::getpid()) + ".html");
  std::string bytes("\x89PNG\r\n\x1a\n", 8);
  for (int i = 0; i < 2000; ++i) bytes += static_cast<char>((i * 7919) % 256);
  std::ofstream(file, std::ios::binary) << bytes;
  std::vector<Diagnostic> d;
  auto r = read_report(file.string(), std::nullopt, d);
  fs::remove(file);
  EXPECT_FALSE(r);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("binary"), std::string::npos);
}

TEST(HtmlReport, KnownByNameOrByItsFirstBytes) {
  EXPECT_TRUE(is_html("a/page.html", "Title\n"));
  EXPECT_TRUE(is_html("PAGE.HTM", ""));
  EXPECT_TRUE(is_html("-", "\xEF\xBB\xBF\n  <!doctype HTML><html>"));
  EXPECT_TRUE(is_html("report.txt", "<html lang='en'>"));
  EXPECT_FALSE(is_html("report.txt", "Title\n<p>not a page</p>"));
  EXPECT_FALSE(is_html("html/report.txt", "Title"));
  EXPECT_FALSE(is_html("-", ""));
}

TEST(JsonLines, EachLineIsAReportAndABadLineIsNamedAndSkipped) {
  fs::path file = fs::temp_directory_path() / ("sg-jsonl-" + std::to_string(::getpid()) + ".jsonl");
  std::ofstream(file) << "{\"id\":\"a\",\"date\":\"2025-05-04\",\"text\":\"Russia rejected the plan.\"}\n"
                         "\n"
                         "{\"id\":\"b\",\"text\":\n"
                         "{\"text\":\"Ukraine agreed.\",\"url\":\"https://example.org/b\"}\r\n";
  std::vector<Report> reports;
  std::vector<Diagnostic> d;
  EXPECT_TRUE(read_json_lines(file.string(), parse_iso_date("2025-01-01"), reports, d));
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].name, "a");
  EXPECT_EQ(reports[0].date->iso(), "2025-05-04");
  EXPECT_EQ(reports[1].name, file.string() + ":4");
  EXPECT_EQ(reports[1].date->iso(), "2025-01-01");  // the default for a document without a date
  EXPECT_EQ(reports[1].url, "https://example.org/b");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].file, file.string());
  EXPECT_EQ(d[0].line, 3);
  EXPECT_EQ(d[0].severity, Diagnostic::Severity::Error);
  std::ofstream(file, std::ios::binary) << std::string(3000, '\0');
  d.clear();
  EXPECT_FALSE(read_json_lines(file.string(), std::nullopt, reports, d));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].to_string(), file.string() + ": error: looks like a binary file, not a text report");
  fs::remove(file);
  d.clear();
  EXPECT_FALSE(read_json_lines(file.string(), std::nullopt, reports, d));
  EXPECT_EQ(d[0].to_string(), file.string() + ": error: cannot read report: No such file or directory");
}

}  // namespace
}  // namespace sg::extract
