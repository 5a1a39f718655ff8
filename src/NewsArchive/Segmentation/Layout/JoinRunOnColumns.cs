namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// A headline printed across the top of the next article's columns is read, in pdftotext's order, between the last
/// column of the article before and the first line of its own report. The line-by-line reading then gives the
/// headline to the column it happens to stand over, and leaves the report that opens with its dateline (本报讯) or
/// byline untitled. A report's text begins at its anchor, right under its headline; a column with no anchor of its
/// own, squeezed between a finished report and an untitled one that opens with its anchor, is the finished report's
/// text running on, and the headline is the untitled report's.
/// </summary>
internal static class JoinRunOnColumns
{
    public static void Apply(List<ItemDraft> drafts)
    {
        for (var i = 1; i + 1 < drafts.Count; i++)
        {
            SegmentationBudget.Step();
            var (before, column, after) = (drafts[i - 1], drafts[i], drafts[i + 1]);
            if (!IsReport(before) || !IsBareColumn(column) || !OpensUntitled(after))
                continue;
            before.Body.AddRange(column.Body);
            after.Title = column.Title;
            after.TitleBlock = column.TitleBlock;
            after.Kicker = column.Kicker;
            after.KickerUnits.AddRange(column.KickerUnits);
            after.Subtitle ??= column.Subtitle;
            after.Captions.InsertRange(0, column.Captions);
            drafts.RemoveAt(i);
        }
    }

    /// <summary>A titled report that opened with its anchor and reads as finished where the column begins.</summary>
    private static bool IsReport(ItemDraft item) =>
        item is { HasBody: true, Brief: false, Kind: null, Title: not null, Continuations.Count: 0 }
        && (item.Dateline is not null || item.Byline is not null) && item.EndsSentence;

    /// <summary>A headline over body text that has nothing of an article's opening: no dateline, byline, credit or kind.</summary>
    private static bool IsBareColumn(ItemDraft item) =>
        item is { HasBody: true, Brief: false, Kind: null, Title: not null, Dateline: null, Byline: null, Subtitle: null }
        && item.Continuations.Count == 0 && item.Extra.Count == 0 && item.Reporters.Count == 0 && item.Photographers.Count == 0;

    private static bool OpensUntitled(ItemDraft item) =>
        item is { HasBody: true, Brief: false, Title: null, Kicker: null, Kind: null }
        && (item.Dateline is not null || item.Byline is not null);
}
