using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace NewsArchive.Rendering;

/// <summary>
/// The theme's partials, read into memory once per build. Fluid asks its file provider for a partial on every
/// include; asking the disk each time cost an lstat per row of every listing, half of a new issue's template time.
/// A build never sees a partial change during it anyway: the render cache keys pages by the partials as they were read.
/// </summary>
public sealed class ThemePartials : IFileProvider
{
    private readonly Dictionary<string, Partial> _files = new(StringComparer.Ordinal);

    public ThemePartials(string folder)
    {
        if (!Directory.Exists(folder))
            return;
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            _files[relative] = new Partial(Path.GetFileName(path), Ingest.InputFiles.ReadTheme(path, folder), File.GetLastWriteTimeUtc(path));
        }
    }

    public IFileInfo GetFileInfo(string subpath) =>
        _files.TryGetValue(subpath.Replace('\\', '/').TrimStart('/'), out var file) ? file : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class Partial(string name, byte[] bytes, DateTime modified) : IFileInfo
    {
        public bool Exists => true;
        public long Length => bytes.Length;
        public string? PhysicalPath => null;
        public string Name => name;
        public DateTimeOffset LastModified => modified;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
