using System.Text.RegularExpressions;

namespace NewsArchive.Reporting;

/// <summary>
/// A full disk, told as such: where the build was writing when space ran out, and that the previous site is as the last
/// build left it (changed files wait in a staging folder and move in only once all are written).
/// </summary>
public static partial class DiskFull
{
    private const int Enospc = 28;

    /// <summary>Whether this failure, or one it wraps, is a full disk (ENOSPC; ERROR_DISK_FULL on Windows).</summary>
    public static bool Is(Exception e) => Find(e) is not null;

    /// <summary>The librarian's sentence: what happened, where, and what is left.</summary>
    public static string Message(Exception e, string output)
    {
        var io = Find(e)!;
        var where = Quoted().Match(io.Message) is { Success: true } m ? $" while writing '{m.Groups[1].Value}'" : "";
        return $"no space left on device{where}; the previous site in '{output}' is intact (this build's files never moved into it): free some space and build again";
    }

    private static IOException? Find(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is AggregateException { InnerExceptions: var inner })
                return inner.Select(Find).FirstOrDefault(x => x is not null);
            if (e is IOException io && (io.HResult is Enospc or unchecked((int)0x80070070) or unchecked((int)0x80070027)
                || io.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)))
                return io;
        }
        return null;
    }

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex Quoted();
}
