using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.TypedRefactor.UnsafeCodeAnalyzer>;

namespace AutoMode.Analyzers.Tests.TypedRefactor;

/// <summary>AM4004 (unsafe code) and AM4005 (memory reinterpretation), both High.</summary>
public class UnsafeCodeTests
{
    [Test]
    public Task AM4004_UnsafeBlocksAndDeclarations() =>
        Verify.VerifyAsync("""
            {|AM4004:unsafe|} struct Buffer { public fixed byte Data[16]; }

            {|AM4004:unsafe|} delegate void Callback(int* p);

            class Native
            {
                {|AM4004:unsafe|} int* _cursor;

                public static {|AM4004:unsafe|} int Sum(int* values, int count)
                {
                    var sum = 0;
                    for (var i = 0; i < count; i++) sum += values[i];
                    return sum;
                }

                int Peek(int[] data)
                {
                    {|AM4004:unsafe|}
                    {
                        fixed (int* p = data) { return *p; }
                    }
                }

                void Local()
                {
                    {|AM4004:unsafe|} void Clear(byte* b) { *b = 0; }
                }
            }
            """);

    /// <summary>
    /// duplicati's disk code (issue #14): <c>[LibraryImport] private static unsafe partial nint pread(int fd, void* buf, …)</c>
    /// was a second High beside the unsafe block that calls it. A body-less declaration only names pointer types; the call
    /// needs an unsafe context, which stays reported. ([LibraryImport]'s defining partial declaration is body-less in the
    /// same way; its generated implementation is not analyzed.)
    /// </summary>
    [Test]
    public Task AM4004_BodylessPInvokeDeclarations_AreSilent_TheirCallsAreNot() =>
        Verify.VerifyAsync("""
            using System.Runtime.InteropServices;

            static partial class Disk
            {
                [DllImport("libc", SetLastError = true)]
                private static extern unsafe nint pwrite(int fd, void* buf, nint count, long offset);

                [DllImport("libc", SetLastError = true)]
                private static extern unsafe nint pread(int fd, void* buf, nint count, long offset);

                public static long Read(int fd, byte[] buffer)
                {
                    {|AM4004:unsafe|}
                    {
                        fixed (byte* p = buffer) { return pread(fd, p, buffer.Length, 0); }
                    }
                }
            }
            """);

    [Test]
    public Task AM4004_EveryDeclarationThatCanBeUnsafe() =>
        Verify.VerifyAsync("""
            using {|AM4004:unsafe|} IntPointer = int*;

            {|AM4004:unsafe|} interface IRaw { }

            {|AM4004:unsafe|} record struct Slot(int Value);

            class Native
            {
                {|AM4004:unsafe|} Native(int* p) { }
                {|AM4004:unsafe|} ~Native() { }
                {|AM4004:unsafe|} int* Cursor { get => null; }
                {|AM4004:unsafe|} int this[int* p] => *p;
                public static {|AM4004:unsafe|} Native operator +(Native a, int* b) => a;
                public static {|AM4004:unsafe|} explicit operator int*(Native n) => null;
                {|AM4004:unsafe|} event System.Action Changed { add { } remove { } }
                {|AM4004:unsafe|} event System.Action Raised;
            }
            """);

    [Test]
    public Task AM4004_Message() =>
        Verify.VerifyAsync(
            "class C { static {|#0:unsafe|} void Zero(int* p) { *p = 0; } }",
            Verify.Diagnostic("AM4004").WithLocation(0).WithArguments("method 'Zero'"));

    [Test]
    public Task AM4004_NotFlagged_LookAlikes() =>
        Verify.VerifyAsync("""
            class UnsafeHelper
            {
                string Name = "unsafe";
                int @unsafe = 1;
                // unsafe { } in a comment
                void UnsafeMethod() { }
            #if NEVER
                unsafe void Hidden(int* p) { }
            #endif
            }
            """);

    [Test]
    public Task AM4005_Reinterpretations() =>
        Verify.VerifyAsync("""
            using System;
            using System.Runtime.CompilerServices;
            using System.Runtime.InteropServices;

            struct Pixel { public byte R, G, B, A; }

            class Codec
            {
                void M(object o, Pixel[] pixels, ref int x, float f)
                {
                    var s = {|AM4005:Unsafe.As<string>(o)|};
                    ref var p = ref {|AM4005:Unsafe.As<int, Pixel>(ref x)|};
                    ref readonly var r = ref {|AM4005:Unsafe.AsRef(in x)|};
                    var bits = {|AM4005:Unsafe.BitCast<float, int>(f)|};
                    var ints = {|AM4005:MemoryMarshal.Cast<Pixel, int>(pixels.AsSpan())|};
                    var span = {|AM4005:MemoryMarshal.CreateSpan(ref x, 4)|};
                    var ro = {|AM4005:MemoryMarshal.CreateReadOnlySpan(ref x, 1)|};
                }
            }
            """);

    [Test]
    public Task AM4005_Message() =>
        Verify.VerifyAsync(
            """
            using System.Runtime.CompilerServices;
            class C { string M(object o) => {|#0:Unsafe.As<string>(o)|}; }
            """,
            Verify.Diagnostic("AM4005").WithLocation(0)
                .WithMessage("'Unsafe.As' reinterprets memory as another type without any check; changing either type or its field layout still compiles and silently reads or writes the wrong bytes. Use a typed conversion, or keep the cast in one small, tested helper."));

    [Test]
    public Task AM4005_NotFlagged_SafeApisAndUserTypes() =>
        Verify.VerifyAsync("""
            using System;
            using System.Runtime.InteropServices;

            static class Unsafe { public static T As<T>(object o) => (T)o; }

            class C
            {
                void M(object o, byte[] bytes, int x)
                {
                    var s = Unsafe.As<string>(o);                  // a user type called Unsafe
                    var t = o as string;                           // the as operator
                    var size = System.Runtime.CompilerServices.Unsafe.SizeOf<int>();
                    var ok = MemoryMarshal.TryGetArray<byte>(bytes, out var segment);
                    var i = BitConverter.ToInt32(bytes, 0);
                }
            }
            """);

    /// <summary>
    /// RestSharp's PropertyCache (issue #14, all four AM4005 findings labeled wrong at High): <c>Unsafe.As&lt;T&gt;(object)</c>
    /// casts a reference inside a switch arm whose guard is <c>typeof(T).IsAssignableFrom(propertyType)</c>, or the false
    /// branch of <c>IsValueType</c>: AM4013 (Medium). Beside it, the same cast with no test around it, and the by-ref
    /// reinterpretation under the same guard, stay AM4005 (High).
    /// </summary>
    [Test]
    public Task AM4013_ReferenceCastGuardedByATypeTest() =>
        Verify.VerifyAsync("""
            using System;
            using System.Collections;
            using System.Collections.Generic;
            using System.Linq;
            using System.Runtime.CompilerServices;

            static class Populator<T>
            {
                static Func<T, string?> Get(Func<T, object> getObject, Type propertyType)
                    => propertyType switch
                    {
                        var formattable when typeof(IFormattable).IsAssignableFrom(formattable) =>
                            entity => {|AM4013:Unsafe.As<IFormattable>(getObject(entity))|}.ToString(null, null),
                        var enumerable when typeof(IEnumerable).IsAssignableFrom(enumerable) =>
                            entity => string.Join(",", {|AM4013:Unsafe.As<IEnumerable>(getObject(entity))|}.Cast<object>()),
                        _ => entity => getObject(entity).ToString(),
                    };

                static Func<T, IEnumerable<V>> EnumerableOf<V>(Func<T, IEnumerable> get, Type itemType) where V : class
                    => itemType.IsValueType ? entity => get(entity).Cast<V>() : entity => {|AM4013:Unsafe.As<IEnumerable<V>>(get(entity))|};

                static string Name(object value)
                {
                    if (value is string)
                    {
                        return {|AM4013:Unsafe.As<string>(value)|};
                    }

                    return {|AM4005:Unsafe.As<string>(value)|};
                }

                static ref long Widen(ref int x, Type type)
                {
                    if (typeof(long).IsAssignableFrom(type))
                    {
                        return ref {|AM4005:Unsafe.As<int, long>(ref x)|};
                    }

                    throw new InvalidOperationException();
                }
            }
            """);

    /// <summary>
    /// Dapper's SingleRowTests (issue #14, labeled wrong at High) stackallocs test data in an unsafe helper; bitwarden's and
    /// others' test projects do the same with pointers. In a test project unsafe code and reinterpretation are AM4014 (Low).
    /// </summary>
    [Test]
    public Task AM4014_InATestProject_Low() => Verify.VerifyAsync(
        Infrastructure.TestReferences.WithPackages(("NUnit", "4.4.0")),
        """
        using System.Runtime.CompilerServices;
        using NUnit.Framework;

        public class SingleRowTests
        {
            private static {|AM4014:unsafe|} string Random(int len)
            {
                char* chars = stackalloc char[len];
                for (int i = 0; i < len; i++) chars[i] = (char)('a' + i % 26);
                return new string(chars, 0, len);
            }

            [Test]
            public void Casts()
            {
                object o = "x";
                Assert.That({|AM4014:Unsafe.As<string>(o)|}, Is.EqualTo("x"));
                {|AM4014:unsafe|} { int x = 1; int* p = &x; Assert.That(*p, Is.EqualTo(1)); }
            }
        }
        """);
}
