// Code fixes live in this assembly, apart from the analyzers, so that the command-line compiler never
// loads Microsoft.CodeAnalysis.Workspaces. Each fix sits in a folder named after its rule family,
// like the analyzers in AutoMode.Analyzers/Rules.
[assembly: System.Reflection.AssemblyMetadata("AutoMode.Role", "CodeFixes")]
