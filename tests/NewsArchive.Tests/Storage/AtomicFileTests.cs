using NewsArchive.Storage;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Storage;

/// <summary>The one way the build replaces its state, caches and report: whole or not at all.</summary>
public sealed class AtomicFileTests
{
    [Fact]
    public void A_write_that_fails_halfway_leaves_the_old_file_and_no_temporary_beside_it()
    {
        using var dir = new TempDir();
        var path = dir.Write("state/state.txt", "old state\n");

        var failure = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("new sta"u8);
            throw new IOException("No space left on device");
        }));

        Assert.Equal("No space left on device", failure.Message);
        Assert.Equal("old state\n", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir.Combine("state")));
    }

    [Fact]
    public void Lines_end_with_a_line_feed_in_utf8_without_a_byte_order_mark_and_the_folder_is_made()
    {
        using var dir = new TempDir();
        var path = dir.Combine("new", "folder", "list.tsv");

        AtomicFile.WriteLines(path, ["甲\t1", "乙\t2"]);

        Assert.Equal("甲\t1\n乙\t2\n"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(dir.Combine("new", "folder")));
    }

    [Fact]
    public async Task A_temporary_file_ends_in_tmp_and_differs_between_threads()
    {
        var here = AtomicFile.TemporaryFor("/x/journal");
        var there = await Task.Factory.StartNew(() => AtomicFile.TemporaryFor("/x/journal"), TaskCreationOptions.LongRunning);

        Assert.EndsWith(".tmp", here, StringComparison.Ordinal);
        Assert.StartsWith("/x/journal.", here, StringComparison.Ordinal);
        Assert.NotEqual(here, there);
    }
}
