using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Fix = AutoMode.Analyzers.Tests.Infrastructure.CodeFixVerifier<
    AutoMode.Analyzers.Rules.TypedRefactor.MemberNameInStringAnalyzer,
    AutoMode.CodeFixes.TypedRefactor.UseNameofCodeFixProvider>;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.TypedRefactor.MemberNameInStringAnalyzer>;

namespace AutoMode.Analyzers.Tests.TypedRefactor;

/// <summary>AM4003: member names in strings where nameof works, and the nameof code fix (one and Fix All).</summary>
public class MemberNameInStringTests
{
    private static readonly ReferenceAssemblies NUnit = TestReferences.WithPackages(("NUnit", "4.4.0"));

    /// <summary>
    /// A property inherited from a referenced project (a compilation in the IDE and the gate): reported at the string
    /// only; its declaration is not in this compilation (pointing at it threw AD0001 on real solutions).
    /// </summary>
    [Test]
    public Task PropertyOfAProjectReference_ReportedAtTheStringOnly()
    {
        var test = Verify.Create("""
            using System.ComponentModel;

            class Customer : Contracts.Entity
            {
                public event PropertyChangedEventHandler? PropertyChanged;
                void Touch() => PropertyChanged?.Invoke(this, new PropertyChangedEventArgs({|#0:"Version"|}));
            }
            """);
        test.TestState.AdditionalProjects["Contracts"].Sources.Add(("/Contracts/Entity.cs", """
            namespace Contracts;

            public abstract class Entity
            {
                public int Version { get; set; }
            }
            """));
        test.TestState.AdditionalProjectReferences.Add("Contracts");
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM4003").WithLocation(0).WithArguments("Version", "the property 'Contracts.Entity.Version'", "nameof(Version)"));
        return test.RunAsync();
    }

    // ---- ArgumentException family: paramName ----

    [Test]
    public Task ParamName_FixedToNameof() =>
        Fix.VerifyCodeFixAsync(
            """
            using System;

            class Account
            {
                public Account(string owner, int limit)
                {
                    if (owner is null) throw new ArgumentNullException({|AM4003:"owner"|});
                    if (limit < 0) throw new ArgumentOutOfRangeException({|AM4003:"limit"|}, limit, "negative");
                    if (owner.Length == 0) throw new ArgumentException("empty", {|AM4003:"owner"|});
                    ArgumentOutOfRangeException.ThrowIfNegative(limit, {|AM4003:"limit"|});
                }

                public string Name
                {
                    set => _ = value ?? throw new ArgumentNullException({|AM4003:"value"|});
                }
            }
            """,
            """
            using System;

            class Account
            {
                public Account(string owner, int limit)
                {
                    if (owner is null) throw new ArgumentNullException(nameof(owner));
                    if (limit < 0) throw new ArgumentOutOfRangeException(nameof(limit), limit, "negative");
                    if (owner.Length == 0) throw new ArgumentException("empty", nameof(owner));
                    ArgumentOutOfRangeException.ThrowIfNegative(limit, nameof(limit));
                }

                public string Name
                {
                    set => _ = value ?? throw new ArgumentNullException(nameof(value));
                }
            }
            """);

    [Test]
    public Task ParamName_InLambdaAndLocalFunction() =>
        Verify.VerifyAsync("""
            using System;

            class C
            {
                void M()
                {
                    Func<string, int> f = input => input?.Length ?? throw new ArgumentNullException({|AM4003:"input"|});
                    int Local(string text) => text?.Length ?? throw new ArgumentNullException({|AM4003:"text"|});
                }
            }
            """);

    [Test]
    public Task Message_SaysWhatAndWhatToWrite() =>
        Verify.VerifyAsync(
            """
            using System;
            class C { void M(string owner) => throw new ArgumentNullException({|#0:"owner"|}); }
            """,
            Verify.Diagnostic("AM4003").WithLocation(0).WithLocation(2, 25)
                .WithMessage("\"owner\" spells the name of the parameter 'owner' in a string; renaming it still compiles and leaves this string stale. Write nameof(owner) instead."));

    [Test]
    public Task ParamName_NotFlagged() =>
        Verify.VerifyAsync("""
            using System;

            class MyError : Exception { public MyError(string paramName) { } }

            class C
            {
                void M(string owner)
                {
                    var local = 1;
                    throw new ArgumentException("owner");                    // the message, not paramName
                    throw new ArgumentNullException("missing");              // names no parameter
                    throw new ArgumentNullException("local");                // a local, not a parameter
                    throw new ArgumentNullException(nameof(owner));          // already nameof
                    throw new MyError("owner");                              // not the ArgumentException family
                    throw new ArgumentNullException("owner" + "");           // not a plain literal
                    throw new ArgumentNullException("class");                // a keyword
                }
            }
            """);

    // ---- INotifyPropertyChanged ----

    [Test]
    public Task PropertyChanged_PatternsFixed_FixAll() =>
        Fix.VerifyCodeFixAsync(
            """
            using System.ComponentModel;
            using System.Runtime.CompilerServices;

            class Person : INotifyPropertyChanged
            {
                private string _name = "";
                public event PropertyChangedEventHandler? PropertyChanged;
                public string Name { get => _name; set { _name = value; OnPropertyChanged({|AM4003:"Name"|}); OnPropertyChanged({|AM4003:"Display"|}); } }
                public string Display => "Mr " + Name;
                public int Age { get; set; }

                protected void OnPropertyChanged(string name) => PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(name));
                protected void Raise() => PropertyChanged?.Invoke(this, new PropertyChangedEventArgs({|AM4003:"Age"|}));
                protected bool SetField<T>(ref T field, T value, [CallerMemberName] string? propertyName = null) => true;
                void Touch(Person other) { SetField(ref _name, "x", {|AM4003:"Name"|}); other.OnPropertyChanged({|AM4003:"Age"|}); }
            }
            """,
            """
            using System.ComponentModel;
            using System.Runtime.CompilerServices;

            class Person : INotifyPropertyChanged
            {
                private string _name = "";
                public event PropertyChangedEventHandler? PropertyChanged;
                public string Name { get => _name; set { _name = value; OnPropertyChanged(nameof(Name)); OnPropertyChanged(nameof(Display)); } }
                public string Display => "Mr " + Name;
                public int Age { get; set; }

                protected void OnPropertyChanged(string name) => PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(name));
                protected void Raise() => PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(nameof(Age)));
                protected bool SetField<T>(ref T field, T value, [CallerMemberName] string? propertyName = null) => true;
                void Touch(Person other) { SetField(ref _name, "x", nameof(Name)); other.OnPropertyChanged(nameof(Age)); }
            }
            """);

    [Test]
    public Task PropertyChanged_OtherType_QualifiedNameof() =>
        Fix.VerifyCodeFixAsync(
            """
            using System.ComponentModel;

            public class Model : INotifyPropertyChanged
            {
                public event PropertyChangedEventHandler? PropertyChanged;
                public int Total { get; set; }
                public void OnPropertyChanged(string propertyName) { }
            }

            class Editor
            {
                void Save(Model model) => model.OnPropertyChanged({|AM4003:"Total"|});
            }
            """,
            """
            using System.ComponentModel;

            public class Model : INotifyPropertyChanged
            {
                public event PropertyChangedEventHandler? PropertyChanged;
                public int Total { get; set; }
                public void OnPropertyChanged(string propertyName) { }
            }

            class Editor
            {
                void Save(Model model) => model.OnPropertyChanged(nameof(Model.Total));
            }
            """);

    [Test]
    public Task FixAll_AcrossDocuments()
    {
        var test = Fix.Create(string.Empty, string.Empty);
        test.TestState.Sources.Clear();
        test.FixedState.Sources.Clear();
        test.TestState.Sources.Add(("/0/Account.cs", """
            using System;
            partial class Account { void Open(string owner) => throw new ArgumentNullException({|AM4003:"owner"|}); }
            """));
        test.TestState.Sources.Add(("/0/Account.Close.cs", """
            using System;
            partial class Account { void Close(string reason) => throw new ArgumentException("empty", {|AM4003:"reason"|}); }
            """));
        test.FixedState.Sources.Add(("/0/Account.cs", """
            using System;
            partial class Account { void Open(string owner) => throw new ArgumentNullException(nameof(owner)); }
            """));
        test.FixedState.Sources.Add(("/0/Account.Close.cs", """
            using System;
            partial class Account { void Close(string reason) => throw new ArgumentException("empty", nameof(reason)); }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task PrimaryConstructorParameter() =>
        Fix.VerifyCodeFixAsync(
            """
            using System;

            class Holder(string name)
            {
                public string Name { get; } = name ?? throw new ArgumentNullException({|AM4003:"name"|});
            }
            """,
            """
            using System;

            class Holder(string name)
            {
                public string Name { get; } = name ?? throw new ArgumentNullException(nameof(name));
            }
            """);

    [Test]
    public Task TypeLevelAttribute_BindsMembersOfTheType() =>
        Fix.VerifyCodeFixAsync(
            """
            using System;

            [AttributeUsage(AttributeTargets.Class)]
            class DisplayMemberAttribute : Attribute { public DisplayMemberAttribute(string memberName) { } }

            [DisplayMember({|AM4003:"Total"|})]
            class Order { public int Total { get; set; } }
            """,
            """
            using System;

            [AttributeUsage(AttributeTargets.Class)]
            class DisplayMemberAttribute : Attribute { public DisplayMemberAttribute(string memberName) { } }

            [DisplayMember(nameof(Total))]
            class Order { public int Total { get; set; } }
            """);

    [Test]
    public Task PropertyChanged_NotFlagged() =>
        Verify.VerifyAsync("""
            using System.ComponentModel;

            class Person : INotifyPropertyChanged
            {
                public event PropertyChangedEventHandler? PropertyChanged;
                public string Name { get; set; } = "";
                private int _age;
                void OnPropertyChanged(string name) { }
                void Log(string name) { }
                void M()
                {
                    OnPropertyChanged("Item[]");        // indexer notification: not a member name
                    OnPropertyChanged("");              // all properties
                    OnPropertyChanged("Missing");       // names nothing
                    OnPropertyChanged("_age");          // a field, not a property
                    OnPropertyChanged(nameof(Name));    // already nameof
                    Log("Name");                        // not a notify method
                    var s = "OnPropertyChanged(\"Name\")";
                }
            }
            """);

    // ---- Attributes ----

    [Test]
    public Task MemberNotNull_AndNotNullIfNotNull_FixAll() =>
        Fix.VerifyCodeFixAsync(
            """
            using System.Diagnostics.CodeAnalysis;

            class Cache
            {
                private string? _key;
                private string? _value;

                [MemberNotNull({|AM4003:"_key"|}, {|AM4003:"_value"|})]
                void Load() { _key = ""; _value = ""; }

                [MemberNotNullWhen(true, {|AM4003:"_key"|})]
                bool IsLoaded => _key is not null;

                [return: NotNullIfNotNull({|AM4003:"text"|})]
                static string? Echo(string? text) => text;
            }
            """,
            """
            using System.Diagnostics.CodeAnalysis;

            class Cache
            {
                private string? _key;
                private string? _value;

                [MemberNotNull(nameof(_key), nameof(_value))]
                void Load() { _key = ""; _value = ""; }

                [MemberNotNullWhen(true, nameof(_key))]
                bool IsLoaded => _key is not null;

                [return: NotNullIfNotNull(nameof(text))]
                static string? Echo(string? text) => text;
            }
            """);

    [Test]
    public Task CallerArgumentExpression_OnParameter() =>
        Fix.VerifyCodeFixAsync(
            """
            using System.Runtime.CompilerServices;

            static class Guard
            {
                public static void NotNull(object? value, [CallerArgumentExpression({|AM4003:"value"|})] string? expression = null) { }
            }
            """,
            """
            using System.Runtime.CompilerServices;

            static class Guard
            {
                public static void NotNull(object? value, [CallerArgumentExpression(nameof(value))] string? expression = null) { }
            }
            """);

    [Test]
    public Task NUnit_TestCaseSourceAndValueSource_RealPackage() =>
        Fix.VerifyCodeFixAsync(
            """
            using System.Collections.Generic;
            using NUnit.Framework;

            public static class SharedCases
            {
                public static IEnumerable<int> Numbers => new[] { 1, 2 };
            }

            public class MathTests
            {
                private static readonly int[] Cases = { 1, 2 };

                [TestCaseSource({|AM4003:"Cases"|})]
                public void Square(int x) { }

                [TestCaseSource(typeof(SharedCases), {|AM4003:"Numbers"|})]
                public void Cube(int x) { }

                [Test]
                public void Pairs([ValueSource({|AM4003:"Cases"|})] int x) { }
            }
            """,
            """
            using System.Collections.Generic;
            using NUnit.Framework;

            public static class SharedCases
            {
                public static IEnumerable<int> Numbers => new[] { 1, 2 };
            }

            public class MathTests
            {
                private static readonly int[] Cases = { 1, 2 };

                [TestCaseSource(nameof(Cases))]
                public void Square(int x) { }

                [TestCaseSource(typeof(SharedCases), nameof(SharedCases.Numbers))]
                public void Cube(int x) { }

                [Test]
                public void Pairs([ValueSource(nameof(Cases))] int x) { }
            }
            """,
            NUnit);

    [Test]
    public Task Mvvm_NotifyPropertyChangedFor_RealPackage()
    {
        // The real CommunityToolkit.Mvvm 8.4.2 assembly, from the test project's own PackageReference: the Testing
        // library's package resolution leaves this package out on the run that first downloads it. Its source
        // generators do not run here, so the property the attribute names is written by hand.
        var test = Fix.Create(
            """
            using CommunityToolkit.Mvvm.ComponentModel;

            public partial class PersonViewModel : ObservableObject
            {
                [ObservableProperty]
                [NotifyPropertyChangedFor({|AM4003:"FullName"|})]
                private string _first = "";

                public string FullName => _first;

                public void Refresh() => OnPropertyChanged({|AM4003:"FullName"|});
            }
            """,
            """
            using CommunityToolkit.Mvvm.ComponentModel;

            public partial class PersonViewModel : ObservableObject
            {
                [ObservableProperty]
                [NotifyPropertyChangedFor(nameof(FullName))]
                private string _first = "";

                public string FullName => _first;

                public void Refresh() => OnPropertyChanged(nameof(FullName));
            }
            """);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(CommunityToolkit.Mvvm.ComponentModel.ObservableObject).Assembly.Location));
        test.FixedState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(CommunityToolkit.Mvvm.ComponentModel.ObservableObject).Assembly.Location));
        return test.RunAsync();
    }

    [Test]
    public Task Attributes_NotFlagged()
    {
        var test = Verify.Create(
            """
            using System.Diagnostics.CodeAnalysis;
            using NUnit.Framework;

            public class MathTests
            {
                private static readonly int[] Cases = { 1, 2 };
                private string? _key;

                [TestCaseSource(nameof(Cases))]                  // already nameof
                public void Square(int x) { }

                [TestCaseSource("Missing")]                      // names nothing (NUnit reports it at run time)
                public void Broken(int x) { }

                [Description("Cases")]                           // a description, not a member name
                public void Described() { }

                [MemberNotNull(nameof(_key))]
                void Load() { _key = ""; }

                [System.ComponentModel.DisplayName("Cases")]
                void Old() { }

                [Category("Square")]                             // a category that happens to equal a method name
                public void Other() { }
            }
            """);
        test.ReferenceAssemblies = NUnit;
        return test.RunAsync();
    }
}
