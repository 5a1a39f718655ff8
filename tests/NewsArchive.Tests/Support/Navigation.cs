using Microsoft.Playwright;

namespace NewsArchive.Tests.Support;

/// <summary>Following a link the way a reader does, waiting for the new page rather than for a load event.</summary>
public static class Navigation
{
    /// <summary>
    /// Runs <paramref name="act"/> (a click or a key press on a link) and returns once a different page is parsed.
    /// Waiting for <c>load</c> after the act races the navigation: it can attach to the old document or to a page whose
    /// images are still coming, and on a busy machine it timed out although the article had opened.
    /// </summary>
    public static async Task FollowAsync(IPage page, Func<Task> act)
    {
        var before = page.Url;
        await act();
        await page.WaitForURLAsync(url => url != before, new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
    }
}
