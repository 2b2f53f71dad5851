using System;
using System.Collections.Generic;
using System.Linq;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.DestructiveIO;

/// <summary>
/// Resolves the path an IO call targets: <see cref="ValueResolver"/> plus what System.IO and System.Environment
/// tell about folders (Path.Combine/Join, GetTempPath, GetFolderPath, the current and application directory),
/// and the path behind a FileInfo/DirectoryInfo receiver.
/// </summary>
internal sealed class PathResolver
{
    private readonly FileSystemSymbols _symbols;
    private readonly ValueResolver.Hook _hook;

    public PathResolver(FileSystemSymbols symbols)
    {
        _symbols = symbols;
        _hook = Resolve;
    }

    public SymbolicString ResolvePath(IOperation? operation) => ValueResolver.Resolve(operation, _hook);

    /// <summary>The path of a FileInfo/DirectoryInfo value: its construction, or the call that produced it.</summary>
    public SymbolicString ResolveFileSystemInfo(IOperation? operation, int depth = 0)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation c ? c.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        switch (operation)
        {
            case IObjectCreationOperation creation when creation.Arguments.Length > 0 &&
                (FileSystemSymbols.Is(creation.Type, _symbols.FileInfo) || FileSystemSymbols.Is(creation.Type, _symbols.DirectoryInfo)):
                return ResolvePath(creation.Arguments[0].Value);
            case IInvocationOperation invocation when FileSystemSymbols.Is(invocation.TargetMethod.ContainingType, _symbols.Directory):
                if (invocation.TargetMethod.Name == "CreateDirectory" && invocation.Arguments.Length > 0)
                {
                    return ResolvePath(invocation.Arguments[0].Value);
                }

                if (invocation.TargetMethod.Name == "CreateTempSubdirectory")
                {
                    return SymbolicString.Concat(SymbolicString.FromRoot(WellKnownRoot.Temp), SymbolicString.FromText("/"), SymbolicString.Unknown);
                }

                return SymbolicString.Unknown;
            case ILocalReferenceOperation local when depth < 4:
                return ResolveFileSystemInfo(ValueResolver.FindSingleDefinition(local), depth + 1);
            default:
                return SymbolicString.Unknown;
        }
    }

    private SymbolicString? Resolve(IOperation operation, Func<IOperation?, SymbolicString> next)
    {
        switch (operation)
        {
            case ILocalReferenceOperation local when EnumeratedFolder(local) is { } folder:
                // foreach (var file in Directory.EnumerateFiles(root)): an entry of that folder.
                return SymbolicString.Concat(next(folder), SymbolicString.FromText("/"), SymbolicString.Unknown);
            case IInvocationOperation invocation:
                return ResolveInvocation(invocation, next);
            case IPropertyReferenceOperation property:
                if (property.Property.Name == "CurrentDirectory" && FileSystemSymbols.Is(property.Property.ContainingType, _symbols.Environment))
                {
                    return SymbolicString.FromRoot(WellKnownRoot.CurrentDirectory);
                }

                if (property.Property.Name == "BaseDirectory" &&
                    (FileSystemSymbols.Is(property.Property.ContainingType, _symbols.AppContext) || FileSystemSymbols.Is(property.Property.ContainingType, _symbols.AppDomain)))
                {
                    return SymbolicString.FromRoot(WellKnownRoot.AppDirectory);
                }

                if (LazyFactoryResult(property) is { } lazyValue)
                {
                    return next(lazyValue);
                }

                // info.FullName of a FileInfo/DirectoryInfo: the path it was made from (Directory.CreateTempSubdirectory()…).
                if (property.Property.Name == "FullName" && property.Instance is { } info &&
                    FileSystemSymbols.Is(property.Property.ContainingType, _symbols.FileSystemInfo) &&
                    ResolveFileSystemInfo(info) is { IsFullyUnknown: false } path)
                {
                    return path;
                }

                return null;
            default:
                return null;
        }
    }

    private SymbolicString? ResolveInvocation(IInvocationOperation invocation, Func<IOperation?, SymbolicString> next)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (FileSystemSymbols.Is(type, _symbols.Path))
        {
            switch (method.Name)
            {
                case "Combine":
                case "Join":
                    return JoinPaths(invocation.Arguments.SelectMany(ValueResolver.ExpandParams).Select(next), resetOnRooted: method.Name == "Combine");
                case "GetTempPath":
                    return SymbolicString.FromRoot(WellKnownRoot.Temp);
                case "GetTempFileName":
                    return SymbolicString.Concat(SymbolicString.FromRoot(WellKnownRoot.Temp), SymbolicString.FromText("/"), SymbolicString.Unknown);
                case "GetRandomFileName":
                    return SymbolicString.FromRoot(WellKnownRoot.RandomName);
                case "GetFullPath" when invocation.Arguments.Length == 1:
                    return next(invocation.Arguments[0].Value);
                default:
                    return SymbolicString.Unknown;
            }
        }

        // Guid.NewGuid(), Guid.NewGuid().ToString("N"): a generated name.
        if (IsNewGuid(invocation) || (method.Name == "ToString" && IsNewGuid(invocation.Instance)))
        {
            return SymbolicString.FromRoot(WellKnownRoot.RandomName);
        }

        if (FileSystemSymbols.Is(type, _symbols.Directory) && method.Name == "GetCurrentDirectory")
        {
            return SymbolicString.FromRoot(WellKnownRoot.CurrentDirectory);
        }

        if (FileSystemSymbols.Is(type, _symbols.Environment) && invocation.Arguments.Length > 0)
        {
            if (method.Name == "GetFolderPath")
            {
                return SymbolicString.FromRoot(SpecialFolderRoot(invocation.Arguments[0].Value.ConstantValue));
            }

            if (method.Name == "GetEnvironmentVariable" && invocation.Arguments[0].Value.ConstantValue.Value is string variable)
            {
                switch (variable.ToUpperInvariant())
                {
                    case "TEMP":
                    case "TMP":
                    case "TMPDIR":
                        return SymbolicString.FromRoot(WellKnownRoot.Temp);
                    case "HOME":
                    case "USERPROFILE":
                        return SymbolicString.FromRoot(WellKnownRoot.Home);
                }
            }
        }

        return null;
    }

    private static bool IsNewGuid(IOperation? operation)
        => operation is IInvocationOperation { TargetMethod: { Name: "NewGuid", ContainingType: { Name: "Guid", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

    /// <summary>
    /// <c>Root.Value</c> of a <c>Lazy&lt;string&gt;</c> made from a lambda in the same file (a field or property initializer,
    /// or an expression-bodied property <c>=&gt; new(() =&gt; …)</c>): the value the lambda returns.
    /// </summary>
    private static IOperation? LazyFactoryResult(IPropertyReferenceOperation property)
    {
        if (property.Property.Name != "Value" || property.Property.ContainingType is not { Name: "Lazy", TypeArguments.Length: 1 } ||
            property.Instance is not { SemanticModel: { } model } instance)
        {
            return null;
        }

        ISymbol? member = instance switch
        {
            IFieldReferenceOperation f => f.Field,
            IPropertyReferenceOperation p => p.Property,
            _ => null,
        };
        if (member is null || (member is IFieldSymbol { IsReadOnly: false }))
        {
            return null;
        }

        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != model.SyntaxTree)
            {
                continue;
            }

            var syntax = reference.GetSyntax();
            Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax? value = syntax switch
            {
                Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax v => v.Initializer?.Value,
                Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { AccessorList: null } p => p.ExpressionBody?.Expression ?? p.Initializer?.Value,
                Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax p => p.Initializer?.Value,
                _ => null,
            };
            if (value is null || model.GetOperation(value) is not { } creation)
            {
                continue;
            }

            while (creation is IConversionOperation conversion)
            {
                creation = conversion.Operand;
            }

            if (creation is IObjectCreationOperation { Arguments.Length: > 0 } lazy &&
                Arguments.Unwrap(lazy.Arguments[0].Value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                var returns = lambda.Body.Descendants().OfType<IReturnOperation>()
                    .Where(r => r.ReturnedValue is not null && EnclosingLambda(r) == lambda).ToList();
                return returns.Count == 1 ? returns[0].ReturnedValue : null;
            }
        }

        return null;
    }

    private static IAnonymousFunctionOperation? EnclosingLambda(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation lambda)
            {
                return lambda;
            }
        }

        return null;
    }

    private WellKnownRoot SpecialFolderRoot(Optional<object?> constant)
    {
        if (!constant.HasValue || _symbols.SpecialFolder is null)
        {
            return WellKnownRoot.UserFolder;
        }

        var name = _symbols.SpecialFolder.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, constant.Value))?.Name;
        return name switch
        {
            "UserProfile" => WellKnownRoot.Home,
            "System" or "SystemX86" or "Windows" or "ProgramFiles" or "ProgramFilesX86" or
                "CommonProgramFiles" or "CommonProgramFilesX86" or "CommonApplicationData" => WellKnownRoot.SystemFolder,
            _ => WellKnownRoot.UserFolder,
        };
    }

    private static SymbolicString JoinPaths(IEnumerable<SymbolicString> parts, bool resetOnRooted)
    {
        var result = new List<SymbolicString>();
        foreach (var part in parts)
        {
            if (resetOnRooted && (part.LeadingRoot is not (WellKnownRoot.None or WellKnownRoot.RandomName) || IsRooted(part)))
            {
                result.Clear();
            }

            if (result.Count > 0 && !EndsWithSeparator(result[result.Count - 1]) && !StartsWithSeparator(part))
            {
                result.Add(SymbolicString.FromText("/"));
            }

            result.Add(part);
        }

        return SymbolicString.Concat(result.ToArray());
    }

    private static bool IsRooted(SymbolicString part)
        => part.Segments.Length > 0 && part.Segments[0] is { Kind: SegmentKind.Text } first &&
           (first.Text.StartsWith("/", StringComparison.Ordinal) || first.Text.StartsWith("\\", StringComparison.Ordinal) ||
            (first.Text.Length >= 2 && first.Text[1] == ':' && char.IsLetter(first.Text[0])));

    private static bool EndsWithSeparator(SymbolicString part)
        => part.Segments.Length > 0 && part.Segments[part.Segments.Length - 1] is { Kind: SegmentKind.Text } last &&
           (last.Text.EndsWith("/", StringComparison.Ordinal) || last.Text.EndsWith("\\", StringComparison.Ordinal));

    private static bool StartsWithSeparator(SymbolicString part)
        => part.Segments.Length > 0 && part.Segments[0] is { Kind: SegmentKind.Text } first &&
           (first.Text.StartsWith("/", StringComparison.Ordinal) || first.Text.StartsWith("\\", StringComparison.Ordinal));

    /// <summary>The folder argument when <paramref name="local"/> is the variable of a foreach over its entries.</summary>
    private IOperation? EnumeratedFolder(ILocalReferenceOperation local)
    {
        for (var parent = local.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is not IForEachLoopOperation loop)
            {
                continue;
            }

            if (loop.LoopControlVariable is not IVariableDeclaratorOperation declarator ||
                !SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
            {
                continue;
            }

            var collection = loop.Collection;
            while (collection is IConversionOperation conversion)
            {
                collection = conversion.Operand;
            }

            return collection is IInvocationOperation { Arguments.Length: > 0 } invocation &&
                   FileSystemSymbols.Is(invocation.TargetMethod.ContainingType, _symbols.Directory) &&
                   invocation.TargetMethod.Name is "EnumerateFiles" or "GetFiles" or "EnumerateDirectories" or "GetDirectories" or "EnumerateFileSystemEntries" or "GetFileSystemEntries"
                ? invocation.Arguments[0].Value
                : null;
        }

        return null;
    }
}
