using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.DestructiveIO;

internal enum FileOperationKind
{
    Delete,
    RecursiveDelete,

    /// <summary>A directory deleted without <c>recursive: true</c>: the call fails unless the directory is empty.</summary>
    EmptyDirectoryDelete,
    Overwrite,
}

/// <summary>One destructive call: what it does, its API name for messages, and the operation giving its target.</summary>
internal readonly struct FileOperation
{
    public FileOperation(FileOperationKind kind, string apiName, IOperation? target, bool targetIsReceiver)
    {
        Kind = kind;
        ApiName = apiName;
        Target = target;
        TargetIsReceiver = targetIsReceiver;
    }

    public FileOperationKind Kind { get; }

    public string ApiName { get; }

    public IOperation? Target { get; }

    /// <summary>True when <see cref="Target"/> is a FileInfo/DirectoryInfo, not a path string.</summary>
    public bool TargetIsReceiver { get; }
}

/// <summary>
/// Which System.IO calls delete or overwrite, by symbol. Reads, appends and calls on other types
/// (System.IO.Abstractions wrappers, a user's own <c>Delete</c>) are not matched.
/// </summary>
internal sealed class FileOperationCatalog
{
    private readonly FileSystemSymbols _s;

    public FileOperationCatalog(FileSystemSymbols symbols) => _s = symbols;

    public FileOperation? Match(IOperation operation) => operation switch
    {
        // The type check first, apart: the matchers behind it are large, and most calls are on other types.
        IInvocationOperation invocation when IsFileSystemType(invocation.TargetMethod.ContainingType) => MatchInvocation(invocation),
        IObjectCreationOperation creation => MatchCreation(creation),
        IMethodReferenceOperation reference when IsFileSystemType(reference.Method.ContainingType) => MatchMethodGroup(reference),
        _ => null,
    };

    /// <summary>The types whose methods <see cref="MatchInvocation"/> and <see cref="MatchMethodGroup"/> know.</summary>
    private bool IsFileSystemType(INamedTypeSymbol? type)
        => FileSystemSymbols.Is(type, _s.File) || FileSystemSymbols.Is(type, _s.Directory) || FileSystemSymbols.Is(type, _s.FileInfo) ||
           FileSystemSymbols.Is(type, _s.FileSystemInfo) || FileSystemSymbols.Is(type, _s.DirectoryInfo);

    /// <summary>
    /// A destructive method passed as a delegate (<c>files.ForEach(File.Delete)</c>): its arguments are not visible,
    /// so a flag that may be true counts as true and the target is unknown.
    /// </summary>
    private FileOperation? MatchMethodGroup(IMethodReferenceOperation reference)
    {
        var method = reference.Method;
        var type = method.ContainingType;
        var name = method.Name;
        var api = type.Name + "." + name;
        FileOperationKind? kind = null;
        if (FileSystemSymbols.Is(type, _s.File))
        {
            kind = name switch
            {
                "Delete" => FileOperationKind.Delete,
                "WriteAllText" or "WriteAllTextAsync" or "WriteAllBytes" or "WriteAllBytesAsync" or "WriteAllLines" or "WriteAllLinesAsync" or "Create" or "CreateText" or "Replace" => FileOperationKind.Overwrite,
                "Copy" or "Move" when method.Parameters.Length == 3 => FileOperationKind.Overwrite,
                _ => null,
            };
        }
        else if (FileSystemSymbols.Is(type, _s.Directory) && name == "Delete")
        {
            kind = method.Parameters.Length == 2 ? FileOperationKind.RecursiveDelete : FileOperationKind.EmptyDirectoryDelete;
        }
        else if (FileSystemSymbols.Is(type, _s.DirectoryInfo) && name == "Delete")
        {
            kind = method.Parameters.Length == 1 ? FileOperationKind.RecursiveDelete : FileOperationKind.EmptyDirectoryDelete;
        }
        else if ((FileSystemSymbols.Is(type, _s.FileInfo) || FileSystemSymbols.Is(type, _s.FileSystemInfo)) && name == "Delete")
        {
            kind = method.Parameters.Length == 1 ? FileOperationKind.RecursiveDelete : FileOperationKind.Delete;
        }

        return kind is { } k ? new FileOperation(k, api, reference.Instance, targetIsReceiver: reference.Instance is not null) : null;
    }

    private FileOperation? MatchInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        var name = method.Name;

        if (FileSystemSymbols.Is(type, _s.File))
        {
            switch (name)
            {
                case "Delete":
                    return Static(FileOperationKind.Delete, invocation, "path");
                case "WriteAllText":
                case "WriteAllTextAsync":
                case "WriteAllBytes":
                case "WriteAllBytesAsync":
                case "WriteAllLines":
                case "WriteAllLinesAsync":
                case "Create":
                case "CreateText":
                    return Static(FileOperationKind.Overwrite, invocation, "path");
                case "Open" when IsTruncatingMode(Argument(invocation, "mode")):
                    return Static(FileOperationKind.Overwrite, invocation, "path");
                case "Copy" when MayBeTrue(Argument(invocation, "overwrite")):
                case "Move" when MayBeTrue(Argument(invocation, "overwrite")):
                    return Static(FileOperationKind.Overwrite, invocation, "destFileName");
                case "Replace":
                    return Static(FileOperationKind.Overwrite, invocation, "destinationFileName");
            }

            return null;
        }

        if (FileSystemSymbols.Is(type, _s.Directory))
        {
            switch (name)
            {
                case "Delete":
                    var recursive = Argument(invocation, "recursive");
                    return Static(DirectoryDeleteKind(invocation), invocation, "path");
                case "Move":
                    return Static(FileOperationKind.Overwrite, invocation, "sourceDirName");
            }

            return null;
        }

        if (FileSystemSymbols.Is(type, _s.FileInfo) || FileSystemSymbols.Is(type, _s.FileSystemInfo))
        {
            switch (name)
            {
                case "Delete":
                    return Instance(FileOperationKind.Delete, invocation);
                case "Create":
                case "CreateText":
                    return Instance(FileOperationKind.Overwrite, invocation);
                case "Open" when IsTruncatingMode(Argument(invocation, "mode")):
                    return Instance(FileOperationKind.Overwrite, invocation);
                case "CopyTo" when MayBeTrue(Argument(invocation, "overwrite")):
                case "MoveTo" when MayBeTrue(Argument(invocation, "overwrite")):
                    return Static(FileOperationKind.Overwrite, invocation, "destFileName");
                case "Replace":
                    return Static(FileOperationKind.Overwrite, invocation, "destinationFileName");
            }

            return null;
        }

        if (FileSystemSymbols.Is(type, _s.DirectoryInfo) && name == "Delete")
        {
            return Instance(DirectoryDeleteKind(invocation), invocation);
        }

        return null;
    }

    /// <summary>Recursive when <c>recursive</c> may be true; otherwise the delete fails unless the directory is empty.</summary>
    private static FileOperationKind DirectoryDeleteKind(IInvocationOperation invocation)
    {
        var recursive = Argument(invocation, "recursive");
        return recursive is not null && MayBeTrue(recursive) ? FileOperationKind.RecursiveDelete : FileOperationKind.EmptyDirectoryDelete;
    }

    private FileOperation? MatchCreation(IObjectCreationOperation creation)
    {
        if (creation.Constructor is not { } constructor || constructor.Parameters.Length == 0 ||
            constructor.Parameters[0].Type.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        var type = creation.Type;
        if (FileSystemSymbols.Is(type, _s.FileStream) && IsTruncatingMode(Argument(creation.Arguments, "mode")))
        {
            return new FileOperation(FileOperationKind.Overwrite, "new FileStream", creation.Arguments[0].Value, false);
        }

        if (FileSystemSymbols.Is(type, _s.StreamWriter) && constructor.Parameters[0].Name == "path")
        {
            var append = Argument(creation.Arguments, "append");
            if (append is null || !(append.ConstantValue.Value is true))
            {
                if (append is null && constructor.Parameters.Length > 1 && constructor.Parameters[1].Name == "options")
                {
                    return null; // FileStreamOptions decide the mode; not visible here.
                }

                return new FileOperation(FileOperationKind.Overwrite, "new StreamWriter", creation.Arguments[0].Value, false);
            }
        }

        return null;
    }

    private static FileOperation Static(FileOperationKind kind, IInvocationOperation invocation, string parameter)
        => new(kind, invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name, Argument(invocation, parameter), false);

    private static FileOperation Instance(FileOperationKind kind, IInvocationOperation invocation)
        => new(kind, invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name, invocation.Instance, true);

    private static IOperation? Argument(IInvocationOperation invocation, string parameterName) => Argument(invocation.Arguments, parameterName);

    private static IOperation? Argument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string parameterName)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>True unless the value is visibly the constant false (a variable may be true).</summary>
    private static bool MayBeTrue(IOperation? value) => value is not null && !(value.ConstantValue.HasValue && value.ConstantValue.Value is false);

    private bool IsTruncatingMode(IOperation? mode)
    {
        // FileMode.CreateNew = 1, Create = 2, Open = 3, OpenOrCreate = 4, Truncate = 5, Append = 6.
        return mode is not null && mode.ConstantValue.HasValue && mode.ConstantValue.Value is int value && (value == 2 || value == 5) &&
               (_s.FileMode is null || FileSystemSymbols.Is(mode.Type, _s.FileMode));
    }
}
