using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsArchive.Caching;

/// <summary>
/// The hash of a view model, made from its public properties, recursively. The views many pages show (an article's
/// link view sits on its own page, its issue and printed page, its neighbours' pages and every listing it is in) are
/// hashed once and remembered in a <see cref="Shared"/>: hashing them by reference keeps the render cache's keys
/// linear in the archive, where serializing each page's whole model (a listing carries 200 article links) was most of
/// a no-change rebuild. View models are immutable, so an object's hash never goes stale within a build.
/// </summary>
/// <remarks>
/// The hash is XxHash128, not a cryptographic one: it is computed for every view object of every build (a few hundred
/// thousand small objects at 10,000 articles), where SHA-256's per-call cost was half of a no-change rebuild's key
/// making. 128 bits keep an accidental collision out of reach; the archive's text is the librarian's, not an
/// attacker's. Properties are read through getters compiled once per type, not reflection.
/// </remarks>
public static class ModelHash
{
    private static readonly ConcurrentDictionary<Type, Action<object, Parts>> Writers = new();

    /// <summary>
    /// Views that many pages show and that the renderer holds for the whole render anyway (article links, issues, the
    /// site): each is hashed once, by the first page that meets it, and remembered for as long as this object lives.
    /// Other objects are hashed where they are met; each sits on one page. Remembering every object in a weak table
    /// instead cost more than the hashing: its locks and weak handles, and every garbage collection's walk of them.
    /// </summary>
    public sealed class Shared
    {
        private readonly FrozenSet<object> _views;
        private readonly Type[] _types;
        private readonly ConcurrentDictionary<object, UInt128> _hashes;

        public Shared(IEnumerable<object> views)
        {
            _views = views.ToFrozenSet(ReferenceEqualityComparer.Instance);
            _types = [.. _views.Select(v => v.GetType()).Distinct()];
            _hashes = new ConcurrentDictionary<object, UInt128>(64, _views.Count, ReferenceEqualityComparer.Instance);
        }

        // The type first: an object's identity hash, made the first time it is asked for, cost more than hashing its
        // content, and most objects are of a type no shared view has.
        internal bool Has(object view) => Array.IndexOf(_types, view.GetType()) >= 0 && _views.Contains(view);

        internal bool TryGet(object view, out UInt128 hash) => _hashes.TryGetValue(view, out hash);

        // Two threads may hash the same view at once: they agree.
        internal void Remember(object view, UInt128 hash) => _hashes.TryAdd(view, hash);
    }

    // One growing buffer per thread: an object's parts are written at its end, hashed, and cut off again, so nested
    // objects need no buffers of their own.
    [ThreadStatic] private static Parts? _parts;

    /// <param name="shared">The views to hash once and remember; null hashes every object where it is met.</param>
    public static string Of(object? value, Shared? shared = null) => Hashed(shared, parts => Append(parts, value));

    /// <summary>
    /// The hash of a page: its labels (the theme's hash, the template) and its model's entries in key order, made in
    /// one buffer with no string per entry. Equal to no other combination of labels and entries.
    /// </summary>
    public static string OfPage(IEnumerable<string> labels, IReadOnlyDictionary<string, object?> model, Shared? shared = null) => Hashed(shared, parts =>
    {
        foreach (var label in labels)
            AppendText(parts, 'l', label);
        foreach (var (key, value) in model.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            AppendText(parts, 'k', key);
            Append(parts, value);
        }
    });

    /// <summary>Writes after whatever this thread's buffer holds (an enclosing hash's parts), hashes that, and cuts it off again.</summary>
    private static string Hashed(Shared? shared, Action<Parts> write)
    {
        var parts = _parts ??= new Parts();
        var start = parts.Length;
        var outer = parts.Shared;
        parts.Shared = shared;
        UInt128 digest;
        try
        {
            write(parts);
            digest = parts.HashFrom(start);
        }
        finally
        {
            parts.Length = start;
            parts.Shared = outer;
        }
        return Hex(digest);
    }

    private static string Hex(UInt128 digest)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, digest);
        return Convert.ToHexStringLower(bytes);
    }

    internal static void Append(Parts parts, object? value)
    {
        switch (value)
        {
            case null:
                parts.Write("\0null\0"u8);
                return;
            case string s:
                AppendText(parts, 's', s);
                return;
            case int i:
                Write(parts, i);
                return;
            case bool b:
                Write(parts, b);
                return;
            case double d:
                Write(parts, d);
                return;
            case Enum e:
                AppendText(parts, 'e', e.GetType().Name + "." + e);
                return;
            case IFormattable f when value.GetType().IsPrimitive || value is decimal or DateOnly or DateTime or TimeSpan:
                AppendText(parts, 'v', value.GetType().Name + ":" + f.ToString(null, CultureInfo.InvariantCulture));
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
            case IList list:
                parts.Write("["u8);
                for (var i = 0; i < list.Count; i++)
                    Append(parts, list[i]);
                parts.Write("]"u8);
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
                AppendObject(parts, value);
                return;
        }
    }

    /// <summary>An object by its properties' hash, remembered when it is one of the shared views.</summary>
    internal static void AppendObject(Parts parts, object? value)
    {
        if (value is null)
        {
            parts.Write("\0null\0"u8);
            return;
        }
        UInt128 digest;
        if (parts.Shared is { } shared && shared.Has(value))
        {
            if (!shared.TryGet(value, out digest))
            {
                digest = HashObject(parts, value);
                shared.Remember(value, digest);
            }
        }
        else
            digest = HashObject(parts, value);
        var span = parts.Free(17);
        span[0] = (byte)'o';
        BinaryPrimitives.WriteUInt128LittleEndian(span[1..], digest);
        parts.Advance(17);
    }

    private static UInt128 HashObject(Parts parts, object value)
    {
        var start = parts.Length;
        Writers.GetOrAdd(value.GetType(), Compile)(value, parts);
        var digest = parts.HashFrom(start);
        parts.Length = start;
        return digest;
    }

    internal static void Write(Parts parts, string? text)
    {
        if (text is null)
            parts.Write("\0null\0"u8);
        else
            AppendText(parts, 's', text);
    }

    internal static void Write(Parts parts, int number)
    {
        var span = parts.Free(5);
        span[0] = (byte)'i';
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], number);
        parts.Advance(5);
    }

    internal static void Write(Parts parts, int? number)
    {
        if (number is { } n)
            Write(parts, n);
        else
            parts.Write("\0null\0"u8);
    }

    internal static void Write(Parts parts, bool flag) => parts.Write(flag ? "b1"u8 : "b0"u8);

    internal static void Write(Parts parts, double number)
    {
        var span = parts.Free(9);
        span[0] = (byte)'d';
        BinaryPrimitives.WriteDoubleLittleEndian(span[1..], number);
        parts.Advance(9);
    }

    internal static void WriteRaw(Parts parts, byte[] bytes) => parts.Write(bytes);

    /// <summary>
    /// A writer of a type's name and its readable properties (name, then value), in name order: each property read
    /// by a compiled getter and written by the overload for its declared type, so ints and bools are not boxed.
    /// </summary>
    private static Action<object, Parts> Compile(Type type)
    {
        var value = Expression.Parameter(typeof(object), "value");
        var parts = Expression.Parameter(typeof(Parts), "parts");
        var typed = Expression.Variable(type, "typed");
        var raw = typeof(ModelHash).GetMethod(nameof(WriteRaw), BindingFlags.NonPublic | BindingFlags.Static)!;
        var body = new List<Expression>
        {
            Expression.Assign(typed, Expression.Convert(value, type)),
            Expression.Call(raw, parts, Expression.Constant(Tagged('t', type.FullName ?? type.Name))),
        };
        var properties = Readable(type);
        foreach (var property in properties)
        {
            body.Add(Expression.Call(raw, parts, Expression.Constant(Tagged('p', property.Name))));
            body.Add(WriteValue(parts, Expression.Property(typed, property)));
        }
        return Expression.Lambda<Action<object, Parts>>(Expression.Block([typed], body), value, parts).Compile();
    }

    private static Expression WriteValue(ParameterExpression parts, Expression read)
    {
        var type = read.Type;
        var exact = typeof(ModelHash).GetMethod(nameof(Write), BindingFlags.NonPublic | BindingFlags.Static, [typeof(Parts), type]);
        // Only an overload for exactly this type: the binder would also take a widening one (a long as a double).
        if (exact is not null && exact.GetParameters()[1].ParameterType == type)
            return Expression.Call(exact, parts, read);
        // A sealed view type is an object whatever it holds: straight to the memo, past the collection checks.
        var plainObject = type.IsClass && type.IsSealed && !typeof(IEnumerable).IsAssignableFrom(type) && !typeof(ITuple).IsAssignableFrom(type) && !typeof(IFormattable).IsAssignableFrom(type);
        var method = typeof(ModelHash).GetMethod(plainObject ? nameof(AppendObject) : nameof(Append), BindingFlags.NonPublic | BindingFlags.Static)!;
        return Expression.Call(method, parts, Expression.Convert(read, typeof(object)));
    }

    /// <summary>Every public instance property a template could read, in name order (not declaration order, which a refactoring may change).</summary>
    private static PropertyInfo[] Readable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal)];

    private static byte[] Tagged(char tag, string text)
    {
        var parts = new Parts();
        AppendText(parts, tag, text);
        return parts.Span.ToArray();
    }

    private static void AppendText(Parts parts, char tag, string text)
    {
        var span = parts.Free(5 + Encoding.UTF8.GetMaxByteCount(text.Length));
        span[0] = (byte)tag;
        var length = Encoding.UTF8.GetBytes(text, span[5..]);
        // The length first, so "ab"+"c" and "a"+"bc" never hash alike.
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], length);
        parts.Advance(5 + length);
    }

    /// <summary>A byte buffer that grows; <see cref="Length"/> may be set back to cut off what was written last.</summary>
    internal sealed class Parts
    {
        private byte[] _bytes = new byte[1024];

        public int Length { get; set; }

        /// <summary>The shared views of the hash being made.</summary>
        public Shared? Shared { get; set; }

        public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

        /// <summary>Room for at least <paramref name="count"/> bytes after what is written; <see cref="Advance"/> says how many were used.</summary>
        public Span<byte> Free(int count)
        {
            if (Length + count > _bytes.Length)
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
            return _bytes.AsSpan(Length);
        }

        public void Advance(int count) => Length += count;

        public void Write(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(Free(bytes.Length));
            Length += bytes.Length;
        }

        public UInt128 HashFrom(int start) => XxHash128.HashToUInt128(_bytes.AsSpan(start, Length - start));
    }
}
