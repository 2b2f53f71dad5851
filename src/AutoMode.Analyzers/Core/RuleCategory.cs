namespace AutoMode.Analyzers;

/// <summary>The categories a finding belongs to; the descriptor's <c>Category</c> is the enum name.</summary>
internal enum RuleCategory
{
    DestructiveIO,
    Migrations,
    Secrets,
    TypedRefactor,
    SideEffects,
    Infrastructure,
    Dependencies,
    Security,
    Declared,
    Policy,
}
