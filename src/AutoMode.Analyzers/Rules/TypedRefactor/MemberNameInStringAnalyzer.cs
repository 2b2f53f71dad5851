using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// AM4003: a string literal that spells the name of a parameter, property or member where <c>nameof(...)</c> would
/// compile (see <see cref="MemberNameSinks"/> for where). Reported only when the string really names a symbol that is
/// in scope and accessible; the <c>nameof</c> expression to write is in the <see cref="NameofProperty"/> property,
/// which the code fix uses.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MemberNameInStringAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property with the replacement expression, e.g. <c>nameof(Order.Total)</c>.</summary>
    public const string NameofProperty = "automode.nameof";

    internal static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        RuleIdentifiers.MemberNameInString,
        "Member name in a string where nameof works",
        "\"{0}\" spells the name of {1} in a string; renaming it still compiles and leaves this string stale. Write {2} instead.",
        RuleCategory.TypedRefactor,
        RiskLevel.Low,
        "A parameter, property or member name written as a string is not renamed with the symbol. nameof(...) is checked by the compiler and follows renames.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var sinks = new MemberNameSinks(WellKnownTypes.For(start.Compilation));
            start.RegisterOperationAction(c => AnalyzeCall(c, sinks), OperationKind.Invocation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(AnalyzeAttribute, OperationKind.Attribute);
        });
    }

    private static void AnalyzeCall(OperationAnalysisContext context, MemberNameSinks sinks)
    {
        var (method, arguments, receiver) = context.Operation switch
        {
            IInvocationOperation i => (i.TargetMethod, i.Arguments, i.Instance?.Type),
            IObjectCreationOperation { Constructor: { } ctor } o => (ctor, o.Arguments, (ITypeSymbol?)null),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty, null),
        };
        if (method is null || context.Operation.Parent is IAttributeOperation)
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && sinks.ClassifyCall(method, parameter) is { } kind)
            {
                var target = kind == NamedSymbolKind.ParameterInScope ? null : receiver ?? ContainingType(context.ContainingSymbol);
                foreach (var literal in MemberNameSinks.Literals(argument))
                {
                    Check(context, literal, kind, target);
                }
            }
        }
    }

    private static void AnalyzeAttribute(OperationAnalysisContext context)
    {
        if (((IAttributeOperation)context.Operation).Operation is not IObjectCreationOperation { Constructor: not null } creation)
        {
            return;
        }

        var owner = ContainingType(context.ContainingSymbol);
        var sourceType = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "sourceType" || a.Parameter?.Name == "memberType")?.Value;
        if (sourceType is not null)
        {
            owner = (sourceType as ITypeOfOperation ?? (sourceType as IConversionOperation)?.Operand as ITypeOfOperation)?.TypeOperand;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { } parameter && MemberNameSinks.ClassifyAttribute(parameter) is { } kind)
            {
                foreach (var literal in MemberNameSinks.Literals(argument))
                {
                    Check(context, literal, kind, owner);
                }
            }
        }
    }

    private static void Check(OperationAnalysisContext context, IOperation literal, NamedSymbolKind kind, ITypeSymbol? target)
    {
        var name = (string)literal.ConstantValue.Value!;
        var model = literal.SemanticModel;
        if (model is null || !SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            return;
        }

        var position = literal.Syntax.SpanStart;
        var resolved = kind switch
        {
            NamedSymbolKind.ParameterInScope => ParameterInScope(model, position, name),
            NamedSymbolKind.ParameterOfAttributedMethod => ParameterOfAttributedMethod(model, literal.Syntax, name),
            _ => target is null ? null : Member(model, position, target, name, kind),
        };
        if (resolved is not { } found)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(NameofProperty, found.Nameof);
        context.ReportDiagnostic(RiskDiagnostic.Create(
            Rule, literal.Syntax.GetLocation(), SourceLocations.Of(found.Symbol, context.Compilation), properties, name, Describe(found.Symbol), found.Nameof));
    }

    private static (ISymbol Symbol, string Nameof)? ParameterInScope(SemanticModel model, int position, string name)
        => model.LookupSymbols(position, name: name).FirstOrDefault() is IParameterSymbol parameter
            ? (parameter, $"nameof({name})")
            : null;

    private static (ISymbol Symbol, string Nameof)? ParameterOfAttributedMethod(SemanticModel model, SyntaxNode literal, string name)
    {
        if (((CSharpParseOptions)literal.SyntaxTree.Options).LanguageVersion < LanguageVersion.CSharp11)
        {
            return null; // nameof of a parameter in a method's attribute needs C# 11
        }

        var declaration = literal.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or DelegateDeclarationSyntax);
        var method = declaration is null ? null : model.GetDeclaredSymbol(declaration) as IMethodSymbol ??
                                                   (model.GetDeclaredSymbol(declaration) as INamedTypeSymbol)?.DelegateInvokeMethod;
        var parameter = method?.Parameters.FirstOrDefault(p => p.Name == name);
        return parameter is null ? null : (parameter, $"nameof({name})");
    }

    private static (ISymbol Symbol, string Nameof)? Member(SemanticModel model, int position, ITypeSymbol target, string name, NamedSymbolKind kind)
    {
        var member = ReflectionTargetResolver.FindMembers(target, name, LookupKind.AnyMember)
            .FirstOrDefault(m => MemberNameSinks.Accepts(m, kind) && model.IsAccessible(position, m));
        if (member is null)
        {
            return null;
        }

        if (model.LookupSymbols(position, name: name).Any(s => SymbolEqualityComparer.Default.Equals(s.OriginalDefinition, member.OriginalDefinition)))
        {
            return (member, $"nameof({name})");
        }

        if (target is INamedTypeSymbol { IsGenericType: true } || target.TypeKind == TypeKind.TypeParameter)
        {
            return null; // nameof(Box<T>.X) needs type arguments that may not be in scope here
        }

        return (member, $"nameof({target.ToMinimalDisplayString(model, position)}.{name})");
    }

    private static ITypeSymbol? ContainingType(ISymbol? symbol) => symbol as INamedTypeSymbol ?? symbol?.ContainingType;

    private static string Describe(ISymbol symbol) => symbol switch
    {
        IParameterSymbol p => $"the parameter '{p.Name}'",
        IPropertySymbol p => $"the property '{p.ToDisplayString()}'",
        IFieldSymbol f => $"the field '{f.ToDisplayString()}'",
        IMethodSymbol m => $"the method '{m.ToDisplayString()}'",
        _ => $"'{symbol.ToDisplayString()}'",
    };
}
