namespace NewsArchive.PageImages;

/// <summary>A printed page's image, rendered from its PDF once and kept in the input's cache.</summary>
/// <param name="Large">The page to read on screen, about <see cref="RenderPageImages.LargeWidth"/> pixels wide.</param>
/// <param name="Small">A thumbnail, for the article pages' "where it sat on the page".</param>
public sealed record PageImage(PageImageFile Large, PageImageFile Small);

/// <summary>One JPEG in the cache, with its size in pixels (for the img element's width and height).</summary>
public sealed record PageImageFile(string Path, int Width, int Height);
