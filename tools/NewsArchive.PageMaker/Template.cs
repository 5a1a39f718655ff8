namespace NewsArchive.PageMaker;

/// <summary>
/// The page shell: broadsheet size, fonts that embed as CID TrueType, line height 1.4, 24 px column gaps, spaced
/// numbers and the fake-bold script (see tests/NewsArchive.Tests/Pages/README.md for why each is so).
/// </summary>
internal static class Template
{
    private const string Style = """
        @page { size: 330mm 480mm; margin: 0 }
        html, body { margin: 0 }
        body { width: 1167px; height: 1734px; padding: 40px; overflow: hidden; font-family: 'AR PL UMing CN'; font-size: 14px; line-height: 1.4; color: #111 }
        p { margin: 0; text-indent: 2em; text-align: justify }
        .n { margin: 0 0.22em }
        .hei { font-family: 'WenQuanYi Zen Hei' }
        .kai { font-family: 'AR PL UKai CN' }
        .title { font-family: 'WenQuanYi Zen Hei'; line-height: 1.2; margin: 4px 0 }
        .kicker, .sub { font-size: 17px; margin: 4px 0 }
        .by { margin: 4px 0 }
        .body { column-gap: 24px; margin-top: 8px }
        .sub-head { text-indent: 0; margin: 4px 0 }
        .row { display: flex; gap: 24px; align-items: flex-start }
        .band { display: flex; gap: 24px; align-items: flex-start; padding: 12px 0; border-bottom: 1px solid #222 }
        .stack { display: flex; flex-direction: column; gap: 14px }
        .pic { background: #b4b4b4; margin: 4px 0 }
        .cap, .cap-body { font-size: 14px; margin: 4px 0 }
        .brief-head { font-size: 18px; border-bottom: 1px solid #222; margin-bottom: 4px }
        .brief-title { font-size: 15px; margin: 6px 0 2px }
        .head-row { display: flex; justify-content: space-between; align-items: baseline }
        .folio-name { font-size: 26px; letter-spacing: 0.4em }
        .masthead { text-align: center } .masthead .paper { font-size: 64px; letter-spacing: 0.2em }
        .editors { font-size: 13px; margin: 6px 0 } .imprint { font-size: 12px; text-align: center; margin-top: 8px }
        .rule { border-top: 2px solid #222; margin-top: 6px }
        .boxed article.item { outline: 1px solid #222; outline-offset: 5px }
        .fb-a { display: inline-block; transform: scaleX(0.15); transform-origin: 0 0; white-space: nowrap }
        .fb-b { white-space: nowrap }
        """;

    // Fake bold as some e-paper PDFs draw it: every bold run twice, the first copy squeezed so that pdftotext joins
    // both into one word and prints the run twice (a copy merely offset is discarded by poppler).
    private const string FakeBold = """
        document.querySelectorAll('.fb').forEach(function (el) {
          var text = el.textContent, width = el.getBoundingClientRect().width;
          var squeezed = document.createElement('span'), shown = document.createElement('span');
          squeezed.className = 'fb-a'; squeezed.textContent = text; squeezed.style.width = (width * 0.15) + 'px';
          shown.className = 'fb-b'; shown.textContent = text;
          el.textContent = ''; el.appendChild(squeezed); el.appendChild(shown);
        });
        """;

    public static string Page(string title, string content, bool boxed) =>
        $"<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>{System.Net.WebUtility.HtmlEncode(title)}</title>\n"
        + $"<!-- Made by tools/NewsArchive.PageMaker: invented text, truth in expected.json. -->\n<style>\n{Style}\n</style>\n</head>\n"
        + $"<body{(boxed ? " class=\"boxed\"" : "")}>\n{content.Replace("<div class=\"band\">", "\n<div class=\"band\">", StringComparison.Ordinal)}\n<script>\n{FakeBold}\n</script>\n</body>\n</html>\n";
}
