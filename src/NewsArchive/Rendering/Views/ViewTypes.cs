namespace NewsArchive.Rendering.Views;

/// <summary>
/// Every view-model type, found by namespace so a new view can never be forgotten:
/// Fluid renders an unregistered type as an empty string, silently.
/// </summary>
public static class ViewTypes
{
    public static readonly Type[] All = [.. typeof(ViewTypes).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(ViewTypes).Namespace && t.IsClass && !t.IsAbstract && t.IsPublic)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];
}
