using System.Runtime.InteropServices;

namespace NewsArchive.Output;

/// <summary>
/// The two file-system calls .NET does not offer: a hard link (so an unchanged file moves into the new site
/// without being copied or rewritten) and Linux's atomic exchange of two folders (so no instant exists with
/// no site at all). Both report failure instead of throwing; callers fall back to portable calls.
/// </summary>
internal static class FileSystemLinks
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    public static bool TryHardLink(string existing, string link)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLinkW(link, existing, IntPtr.Zero) : LinkUnix(existing, link) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
            return false;
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport: the source-generated form needs unsafe code for three plain calls.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int LinkUnix([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirFd,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    [DllImport("kernel32.dll", EntryPoint = "CreateHardLinkW", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW([MarshalAs(UnmanagedType.LPWStr)] string link, [MarshalAs(UnmanagedType.LPWStr)] string existing, IntPtr securityAttributes);
}
