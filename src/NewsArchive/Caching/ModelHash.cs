using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace NewsArchive.Caching;

/// <summary>
/// The hash of a view model, made from its public properties, recursively, with every object hashed once and
/// remembered. An article's link view sits on its own page, its issue and printed page, its neighbours' pages and
/// every listing it is in: hashing by reference keeps the render cache's keys linear in the archive, where
/// serializing each page's whole model (a listing carries 200 article links) was most of a no-change rebuild.
/// View models are immutable, so an object's hash never goes stale within a build.
/// </summary>
public static class ModelHash
{
    private static readonly ConditionalWeakTable<object, byte[]> Memo = [];
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static string Of(object? value)
    {
        // Each object's parts go to a buffer hashed in one call: a hash call per property cost more than the hashing.
        var parts = new ArrayBufferWriter<byte>(256);
        Append(parts, value);
        return Convert.ToHexStringLower(SHA256.HashData(parts.WrittenSpan));
    }

    private static void Append(ArrayBufferWriter<byte> parts, object? value)
    {
        switch (value)
        {
            case null:
                parts.Write("\0null\0"u8);
                return;
            case string s:
                AppendText(parts, 's', s);
                return;
            case Enum e:
                AppendText(parts, 'e', e.GetType().Name + "." + e);
                return;
            case IFormattable f when value.GetType().IsPrimitive || value is decimal or DateOnly or DateTime or TimeSpan:
                AppendText(parts, 'v', value.GetType().Name + ":" + f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool b:
                AppendText(parts, 'v', b ? "true" : "false");
                return;
            case IDictionary dictionary:
                parts.Write("{"u8);
                foreach (var key in dictionary.Keys.Cast<object>().OrderBy(k => Convert.ToString(k, CultureInfo.InvariantCulture), StringComparer.Ordinal))
                {
                    Append(parts, key);
                    Append(parts, dictionary[key]);
                }
                parts.Write("}"u8);
                return;
            case IEnumerable items:
                parts.Write("["u8);
                foreach (var item in items)
                    Append(parts, item);
                parts.Write("]"u8);
                return;
            case ITuple tuple:
                parts.Write("("u8);
                for (var i = 0; i < tuple.Length; i++)
                    Append(parts, tuple[i]);
                parts.Write(")"u8);
                return;
            default:
                // Structs other than the above are hashed like objects, but not remembered (a copy has no identity).
                parts.Write("o"u8);
                parts.Write(value.GetType().IsValueType ? HashObject(value) : Memo.GetValue(value, HashObject));
                return;
        }
    }

    private static byte[] HashObject(object value)
    {
        var parts = new ArrayBufferWriter<byte>(256);
        var type = value.GetType();
        AppendText(parts, 't', type.FullName ?? type.Name);
        foreach (var property in Properties.GetOrAdd(type, Readable))
        {
            AppendText(parts, 'p', property.Name);
            Append(parts, property.GetValue(value));
        }
        return SHA256.HashData(parts.WrittenSpan);
    }

    /// <summary>Every public instance property a template could read, in name order (not declaration order, which a refactoring may change).</summary>
    private static PropertyInfo[] Readable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal)];

    private static void AppendText(ArrayBufferWriter<byte> parts, char tag, string text)
    {
        var span = parts.GetSpan(5 + Encoding.UTF8.GetMaxByteCount(text.Length));
        span[0] = (byte)tag;
        // The length first, so "ab"+"c" and "a"+"bc" never hash alike.
        BitConverter.TryWriteBytes(span[1..], text.Length);
        parts.Advance(5 + Encoding.UTF8.GetBytes(text, span[5..]));
    }
}
