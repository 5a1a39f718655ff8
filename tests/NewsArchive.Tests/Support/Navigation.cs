using Microsoft.Playwright;

namespace NewsArchive.Tests.Support;

/// <summary>Following a link the way a reader does, waiting for the new page rather than for a navigation event.</summary>
public static class Navigation
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs <paramref name="act"/> (a click or a key press on a link) and returns once the page's address has changed
    /// and <paramref name="selector"/> is on the new page. The address is polled: waiting on a load or navigation event
    /// after the act raced the navigation under the parallel suite and timed out although the article had opened.
    /// </summary>
    public static async Task FollowAsync(IPage page, Func<Task> act, string selector = "#story-h")
    {
        var before = page.Url;
        await act();
        var deadline = DateTime.UtcNow + Patience;
        while (page.Url == before)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"no page opened within {Patience.TotalSeconds} s: still at {page.Url}");
            await Task.Delay(50);
        }
        await page.Locator(selector).WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
    }
}
