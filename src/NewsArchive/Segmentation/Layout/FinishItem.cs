using NewsArchive.Model;

namespace NewsArchive.Segmentation.Layout;

/// <summary>Freezes a draft: paragraphs from its body lines, a trailing bracketed byline read, the kind decided.</summary>
internal static class FinishItem
{
    /// <summary>Column labels printed over commentary (时评, 短评, 一家之言, 评论员文章).</summary>
    private static readonly string[] CommentaryLabels = ["评", "一家之言", "论坛", "观点", "杂谈", "随笔", "漫谈", "社论", "言论", "声音", "视点", "锐见"];

    public static SegmentedItem? Apply(ItemDraft draft)
    {
        var paragraphs = BreakParagraphs.Apply(draft.Body).ToList();
        var byline = draft.Byline;
        var reporters = new List<string>(draft.Reporters);
        if (paragraphs.Count > 0)
        {
            var trailing = ClassifyLine.TrailingByline(paragraphs[^1]);
            if (trailing.Success && (byline is null || draft.Dateline is null && draft.Kind is null))
            {
                var raw = RawTrailingByline(draft.Body, trailing.Value.Length);
                if (byline is null)
                {
                    byline = NormalizeByline.Apply(raw ?? [trailing.Value]);
                    reporters.AddRange(ParseByline.Read(byline, plainNamesArePhotographers: false).Reporters);
                    var rest = paragraphs[^1][..trailing.Index];
                    if (rest.Length > 0)
                        paragraphs[^1] = rest;
                    else
                        paragraphs.RemoveAt(paragraphs.Count - 1);
                }
            }
        }
        var kind = draft.Kind ?? (draft.Brief && draft.Dateline is null ? ItemKind.Brief : ItemKind.News);
        if (kind == ItemKind.News && draft.Kicker is { } kicker && kicker.Length <= 6 && CommentaryLabels.Any(kicker.Contains))
            kind = ItemKind.Commentary;
        if (draft.Byline is "本报评论员" or "本报特约评论员")
            kind = ItemKind.Commentary;
        if (paragraphs.Count == 0 && draft.Title is null && draft.Kicker is null && draft.Subtitle is null && draft.Byline is null
            && draft.Captions.Count == 0 && draft.Continuations.Count == 0 && draft.Extra.Count == 0 && draft.Dateline is null)
            return null;
        return new SegmentedItem
        {
            Kind = kind,
            Kicker = draft.Kicker,
            Title = draft.Title,
            Subtitle = draft.Subtitle,
            Reporters = reporters.Distinct().ToList(),
            Photographers = draft.Photographers.Distinct().ToList(),
            Paragraphs = paragraphs,
            Captions = draft.Captions,
            Dateline = draft.Dateline,
            Byline = byline,
            Continuations = draft.Continuations,
            Credits = draft.Extra,
        };
    }

    /// <summary>The bracketed byline with its printed spaces, taken from the end of the raw lines.</summary>
    private static List<string>? RawTrailingByline(List<BodyLine> body, int compactLength)
    {
        var raw = "";
        var lines = new List<string>();
        for (var i = body.Count - 1; i >= 0 && i >= body.Count - 3; i--)
        {
            lines.Insert(0, body[i].Text);
            raw = string.Concat(lines);
            var open = raw.LastIndexOfAny(['（', '(']);
            if (open >= 0)
            {
                // Rebuild line by line so a break inside a name joins with nothing.
                var pieces = new List<string>();
                var offset = 0;
                foreach (var l in lines)
                {
                    var start = Math.Max(0, open - offset);
                    if (start < l.Length)
                        pieces.Add(l[start..]);
                    offset += l.Length;
                }
                _ = compactLength;
                return pieces;
            }
        }
        return null;
    }
}
