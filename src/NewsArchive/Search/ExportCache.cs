using NewsArchive.Rendering;

namespace NewsArchive.Search;

/// <summary>
/// The browser's search files from the last build, kept in one file under the input's cache folder with the key of
/// the index they were exported from: while the index holds the same documents, a rebuild reuses them instead of
/// exporting again. The key also names this build of the program, so a changed exporter never reuses old files.
/// </summary>
public sealed class ExportCache(string file)
{
    private const string Magic = "newsarchive-search-export-1";

    public static string PathFor(string inputDirectory) => Path.Combine(inputDirectory, ".cache", "search-export.bin");

    public static string KeyFor(LuceneIndex index) =>
        $"{index.ContentKey}|{ExportIndex.BlockChars}|{ExportIndex.ShardBytes}|{typeof(ExportCache).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>The files saved under this key, or null when there are none (or they cannot be read: then the caller exports afresh).</summary>
    public IReadOnlyList<SiteFile>? Load(string key)
    {
        try
        {
            if (!File.Exists(file)) return null;
            using var reader = new BinaryReader(File.OpenRead(file));
            if (reader.ReadString() != Magic || reader.ReadString() != key) return null;
            var count = reader.ReadInt32();
            var files = new List<SiteFile>(count);
            for (var i = 0; i < count; i++)
            {
                var path = reader.ReadString();
                var length = reader.ReadInt32();
                var content = reader.ReadBytes(length);
                if (content.Length != length) return null;
                files.Add(new SiteFile(path, content));
            }
            return files;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    public void Save(string key, IReadOnlyList<SiteFile> files)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // Written aside and moved in whole: a build killed mid-write leaves the old cache or none, never half of one.
        var temp = file + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temp)))
        {
            writer.Write(Magic);
            writer.Write(key);
            writer.Write(files.Count);
            foreach (var f in files)
            {
                writer.Write(f.Path);
                writer.Write(f.Content.Length);
                writer.Write(f.Content);
            }
        }
        File.Move(temp, file, overwrite: true);
    }
}
