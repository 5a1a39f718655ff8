using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsArchive.Caching;

/// <summary>
/// The hash of a view model, made from its public properties, recursively, with every object hashed once and
/// remembered. An article's link view sits on its own page, its issue and printed page, its neighbours' pages and
/// every listing it is in: hashing by reference keeps the render cache's keys linear in the archive, where
/// serializing each page's whole model (a listing carries 200 article links) was most of a no-change rebuild.
/// View models are immutable, so an object's hash never goes stale within a build.
/// </summary>
/// <remarks>
/// The hash is XxHash128, not a cryptographic one: it is computed for every view object of every build (a few hundred
/// thousand small objects at 10,000 articles), where SHA-256's per-call cost was half of a no-change rebuild's key
/// making. 128 bits keep an accidental collision out of reach; the archive's text is the librarian's, not an
/// attacker's. Properties are read through getters compiled once per type, not reflection.
/// </remarks>
public static class ModelHash
{
    // Weak, so the memo never keeps a view alive: a 100,000-article build must not hold all its views at once.
    private static readonly ConditionalWeakTable<object, StrongBox<UInt128>> Memo = [];
    private static readonly ConcurrentDictionary<Type, Action<object, Parts>> Writers = new();

    // One growing buffer per thread: an object's parts are written at its end, hashed, and cut off again, so nested
    // objects need no buffers of their own.
    [ThreadStatic] private static Parts? _parts;

    public static string Of(object? value)
    {
        var parts = _parts ??= new Parts();
        var start = parts.Length;
        UInt128 digest;
        try
        {
            Append(parts, value);
            digest = parts.HashFrom(start);
        }
        finally
        {
            parts.Length = start;
        }
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

    /// <summary>An object by its properties' hash; structs other than the above are hashed alike but not remembered (a copy has no identity).</summary>
    internal static void AppendObject(Parts parts, object? value)
    {
        if (value is null)
        {
            parts.Write("\0null\0"u8);
            return;
        }
        UInt128 digest;
        if (value.GetType().IsValueType)
            digest = HashObject(parts, value);
        else if (Memo.TryGetValue(value, out var known))
            digest = known.Value;
        else
        {
            digest = HashObject(parts, value);
            // Two threads may hash the same view at once: they agree, and the first one's box is kept.
            Memo.TryAdd(value, new StrongBox<UInt128>(digest));
        }
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
        var body = new List<Expression>
        {
            Expression.Assign(typed, Expression.Convert(value, type)),
            Expression.Call(typeof(ModelHash).GetMethod(nameof(WriteRaw), BindingFlags.NonPublic | BindingFlags.Static)!, parts, Expression.Constant(Tagged('t', type.FullName ?? type.Name))),
        };
        foreach (var property in Readable(type))
        {
            body.Add(Expression.Call(typeof(ModelHash).GetMethod(nameof(WriteRaw), BindingFlags.NonPublic | BindingFlags.Static)!, parts, Expression.Constant(Tagged('p', property.Name))));
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
