using NewsArchive.Model;
using NewsArchive.Segmentation.Cleaning;

namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// Reads ■ credits, author lines and byline lines: a feature credit opens a feature, a picture credit closes photo
/// news (split off the body it was glued to), an author line under a body makes it a commentary.
/// </summary>
internal sealed class ReadCredits(AssemblyState state)
{
    private readonly AssemblyState _state = state;

    public void OnCredit(string credit)
    {
        var byline = NormalizeByline.Apply([credit]);
        var isPhoto = System.Text.RegularExpressions.Regex.IsMatch(byline, @"摄\s*$") && !byline.Contains("文/");
        var isFeature = byline.Contains("文/") || byline.Contains("文／");
        var current = _state.Current is { Closed: false } ? _state.Current : null;
        if (!isPhoto && !isFeature)
        {
            // A bare ■ name: under a picture's caption it credits the picture; over a body it is the byline.
            isPhoto = current is { HasBody: true } && _state.PendingHeadings.Count(h => !h.Brief) == 0;
            isFeature = !isPhoto;
        }
        if (isFeature)
        {
            ItemDraft item;
            if (_state.PendingHeadings.Any(h => !h.Brief) || current is null || current.HasBody || current.Byline is not null)
            {
                if (current is not null)
                    current.Closed = true;
                item = _state.StartItem();
            }
            else
            {
                item = current;
                _state.TakePending(item);
            }
            item.Byline = byline;
            item.Kind = ItemKind.Feature;
            var people = ParseByline.Read(byline, plainNamesArePhotographers: false);
            item.Reporters.AddRange(people.Reporters);
            item.Photographers.AddRange(people.Photographers);
            return;
        }

        var photo = current;
        if (photo is { HasBody: true } && (photo.Dateline is not null || photo.Byline is not null || photo.Kind is not null))
        {
            var tail = SplitTail(photo);
            if (tail is null)
            {
                // A picture of the report: its credit joins the report.
                photo.Photographers.AddRange(ParseByline.Read(byline, plainNamesArePhotographers: true).Photographers);
                photo.Extra.Add(byline);
                return;
            }
            photo.Closed = true;
            var item = new ItemDraft();
            item.Body.AddRange(tail);
            _state.Items.Add(item);
            _state.Current = item;
            photo = item;
        }
        if (photo is null || !photo.HasBody)
        {
            var last = _state.Current ?? _state.Items.LastOrDefault();
            if (last is null)
            {
                last = _state.StartItem();
                last.Kind = ItemKind.Photo;
            }
            last.Photographers.AddRange(ParseByline.Read(byline, plainNamesArePhotographers: true).Photographers);
            last.Extra.Add(byline);
            return;
        }
        photo.Kind = ItemKind.Photo;
        photo.Byline = byline;
        photo.Photographers.AddRange(ParseByline.Read(byline, plainNamesArePhotographers: true).Photographers);
        photo.Closed = true;
        photo.TakesTrailingHeadings = false;
    }

    public void OnAuthor(string text, bool isAuthorLine)
    {
        var byline = NormalizeByline.Apply([text]);
        var people = ParseByline.Read(byline, plainNamesArePhotographers: false);
        var commentary = isAuthorLine;
        var feature = byline.Contains("文/");
        var current = _state.Current is { Closed: false } || _state.Current is { TakesTrailingHeadings: true } ? _state.Current : null;
        ItemDraft item;
        if (_state.PendingHeadings.Any(h => !h.Brief))
        {
            if (current is not null)
                current.Closed = true;
            item = _state.StartItem();
        }
        else if (current is { HasBody: true, Byline: null, Dateline: null })
        {
            // An author line under the body (a short commentary).
            item = current;
        }
        else if (current is { HasBody: true } && !current.Closed)
        {
            var tail = commentary ? SplitTail(current) : null;
            current.Closed = true;
            item = new ItemDraft();
            if (tail is not null)
                item.Body.AddRange(tail);
            _state.Items.Add(item);
            _state.Current = item;
        }
        else if (current is { HasBody: false, Byline: null } && !current.Closed)
            item = current;
        else
        {
            if (current is not null)
                current.Closed = true;
            item = _state.StartItem();
        }
        item.Byline = byline;
        item.Reporters.AddRange(people.Reporters);
        item.Photographers.AddRange(people.Photographers);
        if (commentary)
            item.Kind = ItemKind.Commentary;
        else if (feature)
            item.Kind = ItemKind.Feature;
        if (item.HasBody && commentary)
        {
            item.Closed = true;
            item.TakesTrailingHeadings = item.Title is null;
        }
    }

    /// <summary>
    /// The lines at the end of an item that belong to the next one (photo news or a short commentary glued to
    /// the body before it): where the column width changes after a sentence end, else the last block boundary
    /// after a sentence end.
    /// </summary>
    public static List<BodyLine>? SplitTail(ItemDraft item)
    {
        var body = item.Body;
        // A caption or a short commentary is never longer than this; the bound keeps huge pages linear.
        var first = Math.Max(1, body.Count - 200);
        var after = 0.0;
        for (var k = body.Count - 1; k >= first; k--)
        {
            after = Math.Max(after, body[k].Width);
            if (!Chinese.EndsSentence(body[k - 1].Text))
                continue;
            var before = body.Skip(Math.Max(0, k - 3)).Take(k - Math.Max(0, k - 3)).Max(l => l.Width);
            if (Math.Abs(after - before) >= 3)
                return Cut(body, k);
        }
        for (var k = body.Count - 1; k >= first; k--)
        {
            if (body[k].Block != body[k - 1].Block && Chinese.EndsSentence(body[k - 1].Text))
                return Cut(body, k);
        }
        return null;
    }

    private static List<BodyLine> Cut(List<BodyLine> body, int k)
    {
        var tail = body.Skip(k).ToList();
        body.RemoveRange(k, body.Count - k);
        return tail;
    }
}
