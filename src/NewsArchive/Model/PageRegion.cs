using System.Text.Json.Serialization;

namespace NewsArchive.Model;

/// <summary>A rectangle on a printed page in points (1/72 inch), measured from the page's top-left corner.</summary>
public sealed record PageRegion(double Left, double Top, double Width, double Height)
{
    [JsonIgnore]
    public double Right => Left + Width;
    [JsonIgnore]
    public double Bottom => Top + Height;
}

/// <summary>A printed page's size in points.</summary>
public sealed record PageSize(double Width, double Height);
