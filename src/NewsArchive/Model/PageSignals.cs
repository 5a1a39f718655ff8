namespace NewsArchive.Model;

/// <summary>
/// What a page's reading looks like without knowing the truth: the symptoms a wrong reading leaves. Shares are over
/// the page's articles (0 to 1). The confidence is a function of these, fitted on made pages whose truth is known.
/// </summary>
/// <param name="Items">Articles read.</param>
/// <param name="Margin">The smallest margin of the page-wide assignment over its headings (99: clear, or none).</param>
/// <param name="CloseHeadings">Headings whose best other place is within the doubt threshold.</param>
/// <param name="UnplacedHeadings">Heading lines no article took as its title.</param>
/// <param name="Untitled">Share of articles without a title.</param>
/// <param name="NoAnchor">Share of articles with neither dateline nor byline nor credit: no mark of where an article opens.</param>
/// <param name="OpenEnd">Share of articles whose text stops mid-sentence (not at 。！？ and no continuation note).</param>
/// <param name="OpenStart">Share of articles whose text begins with punctuation: the tail of someone else's sentence.</param>
/// <param name="Outliers">Share of articles under a quarter or over three times the page's median length.</param>
/// <param name="Scraps">Share of articles with fewer than 40 characters of text.</param>
/// <param name="Leftover">Share of the page's characters left in no article.</param>
/// <param name="UnrelatedTitles">Share of titled articles whose title reuses no two-character word of its text.</param>
/// <param name="TitlesNearer">Share of titled articles whose title reuses more words of another article's text than of its own.</param>
/// <param name="InnerDatelines">Share of articles with a dateline inside their text: two reports run together.</param>
/// <param name="InnerHeadings">Share of articles with a short unpunctuated paragraph inside: a heading read as text.</param>
public sealed record PageSignals(
    int Items, double Margin, int CloseHeadings, int UnplacedHeadings, double Untitled, double NoAnchor, double OpenEnd,
    double OpenStart, double Outliers, double Scraps, double Leftover, double UnrelatedTitles,
    double TitlesNearer, double InnerDatelines, double InnerHeadings);

/// <summary>The symptoms of one article (numbered from 1); see <see cref="PageSignals"/>.</summary>
public sealed record ItemSignals(
    int Item, double Margin, bool Untitled, bool NoAnchor, bool OpenEnd, bool OpenStart, bool Outlier, bool Scrap, bool UnrelatedTitle,
    bool TitleNearer, bool InnerDateline, bool InnerHeading);
