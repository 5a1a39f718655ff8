using System.Net;

namespace NewsArchive.PageMaker;

/// <summary>
/// Lays a page out as bands separated by full-width rules, each band a row of stacks of items (read left to right,
/// each stack top to bottom), between a running head and a foot. Bands that would not fit the broadsheet are refused.
/// </summary>
internal sealed class PageBuilder(Words w, string paper, int pageNumber, string section)
{
    /// <summary>Room for bands on a 1814 px page, after the head and the foot.</summary>
    private const int Budget = 1600;

    private readonly List<string> bands = [];
    private readonly List<Truth> items = [];
    private int used;

    public string? Masthead { get; set; }
    public bool Boxed { get; set; }

    public IReadOnlyList<Truth> Items => items;
    public int Count => items.Count;

    /// <summary>Adds a band of stacks (each a list of items) if it fits; false leaves the page as it was.</summary>
    public bool Band(params IReadOnlyList<object>[] stacks)
    {
        var height = stacks.Max(s => s.Sum(Height) + 14 * (s.Count - 1)) + 24;
        if (used + height > Budget)
            return false;
        used += height;
        bands.Add("<div class=\"band\">" + string.Concat(stacks.Select(s => "<div class=\"stack\">" + string.Concat(s.Select(Markup)) + "</div>")) + "</div>");
        foreach (var part in stacks.SelectMany(s => s))
            items.AddRange(part is Made m ? [m.Truth] : ((MadeGroup)part).Items);
        return true;
    }

    public string Render(string title)
    {
        var date = $"2031年{w.Next(1, 12)}月{w.Next(1, 28)}日";
        var weekday = "星期" + w.Pick(["一", "二", "三", "四", "五", "六", "日"]);
        var editors = $"{w.Pick(["责任编辑", "本版编辑"])} {w.Person()}　{w.Pick(["美编", "校对", "版式"])} {w.Person()}";
        var head = Masthead is null
            ? $"<div class=\"head-row\"><div class=\"hei folio-name\">{E(section)}</div><div class=\"folio\">{E(paper)}　{date}　{weekday}　第{pageNumber}版</div></div>"
            : $"<div class=\"masthead\"><div class=\"hei paper\">{E(paper)}</div><div class=\"folio\">{date}　{weekday}　第{w.Next(1000, 9999)}期　第{pageNumber}版 {E(section)}</div></div>";
        var editorsAtHead = w.Chance(0.5);
        var foot = (editorsAtHead ? "" : $"<div class=\"editors\">{E(editors)}</div>")
            + (w.Chance(0.4) ? $"<div class=\"imprint\">{E(paper)}社出版　地址：{E(w.Place())}滨河路{w.Next(1, 99)}号　广告热线：0000-0000000</div>" : "");
        return Template.Page(title, head + (editorsAtHead ? $"<div class=\"editors\">{E(editors)}</div>" : "") + "<div class=\"rule\"></div>"
            + string.Concat(bands) + foot, Boxed);
    }

    private static int Height(object part) => part is Made m ? m.Height : ((MadeGroup)part).Height;

    private static string Markup(object part) => part is Made m ? m.Markup : ((MadeGroup)part).Markup;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
