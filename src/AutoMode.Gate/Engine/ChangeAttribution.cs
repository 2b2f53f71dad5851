using System.Text.RegularExpressions;
using AutoMode.Analyzers;
using AutoMode.Gate.Git;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AutoMode.Gate.Engine;

/// <summary>
/// Whether a finding in a changed C# file counts against the change: the change added or modified its line, or
/// modified what decides it — its arguments and receiver and the data flow into them (the locals, parameters and
/// fields they name, their declarations and assignments), a guard on its path (an enclosing condition, an early
/// <c>return</c>/<c>throw</c>/<c>break</c> before it), its target (the header of the method it calls, when that method is
/// in the same file), or the <c>Down</c> of its migration. Sitting in the same member or file is not enough.
/// A finding on a declaration itself (a type or member header) is decided by the whole declaration, as before.
/// A suppression (<c>#pragma warning disable</c>, <c>[SuppressMessage]</c>) counts when the change adds it, or widens a
/// pragma's scope (removes its <c>restore</c>) over lines the change adds — not when it already stood there.
/// Syntax only: what the text says, no semantic model, so it also works on half-typed code.
/// </summary>
internal static class ChangeAttribution
{
    /// <summary>How many steps of data flow are followed back from a finding (argument ← local ← its initializer ← …).</summary>
    private const int MaxFlowDepth = 4;

    private static readonly Regex ControlKeyword = new(@"\b(return|throw|break|continue|goto|if|else|while|when|case|switch|yield\s+break)\b", RegexOptions.Compiled);

    private static readonly Regex Jump = new(@"\b(return|throw|break|continue|goto)\b", RegexOptions.Compiled);

    private static readonly Regex PragmaRestore = new(@"^\s*#\s*pragma\s+warning\s+restore\b(?<ids>[^/\r\n]*)", RegexOptions.Compiled);

    private static readonly Regex DownDeclaration = new(@"\bDown\s*\(", RegexOptions.Compiled);

    public static bool Counts(SyntaxTree tree, TextSpan span, string ruleId, LineChanges lines)
    {
        if (lines.WholeFile)
        {
            return true;
        }

        var change = new Change(tree.GetText(), lines);
        if (change.Touches(span))
        {
            return true;
        }

        var root = tree.GetRoot();
        var node = root.FindNode(span, findInsideTrivia: true, getInnermostNodeForTie: true);
        if (ruleId is RuleIdentifiers.WarningSuppressed or RuleIdentifiers.UnjustifiedSuppression or RuleIdentifiers.JustifiedSuppression)
        {
            return node.FirstAncestorOrSelf<PragmaWarningDirectiveTriviaSyntax>() is { } pragma && PragmaWidened(pragma, change);
        }

        var member = node.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m is not BaseNamespaceDeclarationSyntax);
        if (member is null)
        {
            return false;
        }

        if (MigrationDownChanged(member, change))
        {
            return true;
        }

        var decisive = DecisiveNode(node, member);
        if (decisive is null)
        {
            return change.TouchesDeclaration(member.Span); // a finding on a declaration: the whole declaration decides it
        }

        return change.Touches(decisive.Span) ||
               FlowChanged(decisive, member, change) ||
               GuardChanged(node, member, change) ||
               TargetChanged(node, decisive, change);
    }

    /// <summary>
    /// The code whose text decides a finding in a body: the simple statement it is in (an expression statement, a
    /// declaration, a return), or in a compound statement the expression it is part of (an <c>if</c>'s condition, a
    /// <c>foreach</c>'s collection), or the expression of an expression-bodied member or initializer. Null when the finding is
    /// on the declaration itself.
    /// </summary>
    internal static SyntaxNode? DecisiveNode(SyntaxNode node, SyntaxNode member)
    {
        SyntaxNode? expression = null;
        foreach (var current in node.AncestorsAndSelf())
        {
            switch (current)
            {
                case ExpressionStatementSyntax or LocalDeclarationStatementSyntax or ReturnStatementSyntax or ThrowStatementSyntax or YieldStatementSyntax:
                    return current;
                case StatementSyntax:
                    return expression ?? current;
                case ArrowExpressionClauseSyntax or EqualsValueClauseSyntax when current.Parent is not ParameterSyntax:
                    return current;
                case ExpressionSyntax:
                    expression = current;
                    break;
            }

            if (current == member)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The declarations and assignments of the names the decisive code uses, followed back a few steps.</summary>
    private static bool FlowChanged(SyntaxNode decisive, MemberDeclarationSyntax member, Change change)
    {
        var type = member as BaseTypeDeclarationSyntax ?? member.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<(string Name, SyntaxNode Use, int Depth)>(NamesUsedBy(decisive).Select(n => (n, decisive, 1)));
        while (pending.Count > 0)
        {
            var (name, use, depth) = pending.Dequeue();
            if (!seen.Add(name))
            {
                continue;
            }

            var definitions = Definitions(member, name, use).ToList();
            var scope = (SyntaxNode)member;
            if (definitions.Count == 0 && type is not null && !WholeBlock(decisive))
            {
                definitions = Definitions(type, name, use).ToList();
                scope = type;
            }

            foreach (var definition in definitions)
            {
                if (change.Touches(definition.Span))
                {
                    return true;
                }

                if (depth < MaxFlowDepth)
                {
                    foreach (var next in NamesUsedBy(definition))
                    {
                        pending.Enqueue((next, definition, depth + 1));
                    }
                }
            }

            var assignment = new Regex(@"(\b(var|[\w<>\[\]?,.]+)\s+|\bthis\.|^|[^\w.])" + Regex.Escape(name) + @"\s*(=(?![=>])|\+=|-=|\?\?=|\+\+|--)");
            if (change.RemovedInside(scope.Span).Any(r => r.Lines.Any(l => assignment.IsMatch(l))))
            {
                return true; // a removed assignment or declaration of a name the finding uses
            }
        }

        return false;
    }

    /// <summary>
    /// A finding on a block statement itself (an <c>unsafe</c>, <c>fixed</c>, <c>lock</c> or <c>checked</c> block) is decided
    /// by the block and the member around it; following every field its body names to assignments elsewhere in the type
    /// would make any edit of the type count (duplicati ccc3dd68a9: an unchanged <c>unsafe</c> read loop asked at High
    /// because another method's changed lines assign the file descriptor it reads).
    /// </summary>
    private static bool WholeBlock(SyntaxNode decisive) =>
        decisive is UnsafeStatementSyntax or FixedStatementSyntax or LockStatementSyntax or CheckedStatementSyntax;

    /// <summary>The names a piece of code reads: simple names, not the member names after a dot, not the methods it calls.</summary>
    private static IEnumerable<string> NamesUsedBy(SyntaxNode node) => node.DescendantNodesAndSelf()
        .OfType<IdentifierNameSyntax>()
        .Where(n => n.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == n => access.Expression is ThisExpressionSyntax,
            InvocationExpressionSyntax invocation when invocation.Expression == n => false,
            NameColonSyntax or NameEqualsSyntax => false,
            QualifiedNameSyntax or AliasQualifiedNameSyntax => false,
            _ => !SyntaxFacts.IsInTypeOnlyContext(n),
        })
        .Select(n => n.Identifier.ValueText)
        .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Where a name that <paramref name="use"/> reads gets its value inside a scope: declarators, parameters, foreach and
    /// pattern variables whose scope holds the use (a lambda's <c>e</c> elsewhere in the member is another variable), and
    /// assignments.
    /// </summary>
    private static IEnumerable<SyntaxNode> Definitions(SyntaxNode scope, string name, SyntaxNode use)
    {
        bool Holds(SyntaxNode? variableScope) => variableScope is null || variableScope.Span.Contains(use.Span);

        foreach (var node in scope.DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax declarator when declarator.Identifier.ValueText == name:
                    if (declarator.Parent?.Parent is FieldDeclarationSyntax or EventFieldDeclarationSyntax)
                    {
                        yield return declarator.Parent.Parent;
                    }
                    else if (Holds(LocalScope(declarator)))
                    {
                        yield return declarator;
                    }

                    break;
                case ParameterSyntax parameter when parameter.Identifier.ValueText == name && Holds(parameter.Parent?.Parent):
                    yield return parameter;
                    break;
                case PropertyDeclarationSyntax property when property.Identifier.ValueText == name:
                    yield return property;
                    break;
                case ForEachStatementSyntax loop when loop.Identifier.ValueText == name && Holds(loop):
                    yield return loop.Expression;
                    break;
                case SingleVariableDesignationSyntax designation when designation.Identifier.ValueText == name && Holds(LocalScope(designation)):
                    yield return DecisiveNode(designation, scope) ?? designation;
                    break;
                case AssignmentExpressionSyntax assignment when Names(assignment.Left, name):
                    yield return assignment;
                    break;
                case PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax when node.IsKind(SyntaxKind.PostIncrementExpression) || node.IsKind(SyntaxKind.PostDecrementExpression) ||
                                                                                      node.IsKind(SyntaxKind.PreIncrementExpression) || node.IsKind(SyntaxKind.PreDecrementExpression):
                    if (node.ChildNodes().OfType<ExpressionSyntax>().Any(e => Names(e, name)))
                    {
                        yield return node;
                    }

                    break;
                case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) && Names(argument.Expression, name):
                    yield return argument.Parent?.Parent ?? argument;
                    break;
            }
        }
    }

    /// <summary>The block (or loop, lambda, switch section) a local lives in.</summary>
    private static SyntaxNode? LocalScope(SyntaxNode declaration) => declaration.Ancestors().FirstOrDefault(a =>
        a is BlockSyntax or SwitchSectionSyntax or ForStatementSyntax or CommonForEachStatementSyntax or UsingStatementSyntax or
            AnonymousFunctionExpressionSyntax or ArrowExpressionClauseSyntax or CatchClauseSyntax or CompilationUnitSyntax);

    private static bool Names(ExpressionSyntax expression, string name) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText == name,
        _ => false,
    };

    /// <summary>A condition on the finding's path, or an early exit before it in an enclosing block, was added, changed or removed.</summary>
    private static bool GuardChanged(SyntaxNode node, MemberDeclarationSyntax member, Change change)
    {
        SyntaxNode child = node;
        foreach (var ancestor in node.Ancestors())
        {
            var header = Header(ancestor, child);
            if (header is { } span && change.Touches(span))
            {
                return true;
            }

            var preceding = ancestor switch
            {
                BlockSyntax block => block.Statements.TakeWhile(s => s != child).Cast<SyntaxNode>().ToList(),
                SwitchSectionSyntax section => section.Statements.TakeWhile(s => s != child).Cast<SyntaxNode>().ToList(),
                CompilationUnitSyntax unit when child is GlobalStatementSyntax => unit.Members.TakeWhile(m => m != child).OfType<GlobalStatementSyntax>().Cast<SyntaxNode>().ToList(),
                _ => null,
            };
            if (preceding is not null)
            {
                if (preceding.Any(s => ExitChanged(s, change)))
                {
                    return true;
                }

                // Removed lines between the block's start and the path's statement that held an exit, or a condition
                // between two statements of this block (a removed `if (!confirmed)` line).
                var start = ancestor is CompilationUnitSyntax ? 0 : ancestor.SpanStart;
                var removedGuard = change.RemovedInside(TextSpan.FromBounds(start, child.SpanStart)).Any(r =>
                    r.Lines.Any(l => Jump.IsMatch(StripComment(l))) ||
                    (r.Lines.Any(l => ControlKeyword.IsMatch(StripComment(l))) && !preceding.Any(s => change.Contains(s.Span, r))));
                if (removedGuard)
                {
                    return true;
                }
            }

            if (ancestor == member && member is not GlobalStatementSyntax)
            {
                break;
            }

            child = ancestor;
        }

        return false;
    }

    /// <summary>The part of a node that decides whether <paramref name="child"/> runs (a condition, a loop header, a case label).</summary>
    private static TextSpan? Header(SyntaxNode ancestor, SyntaxNode child) => ancestor switch
    {
        IfStatementSyntax s when child != s.Condition => s.Condition.Span,
        WhileStatementSyntax s when child != s.Condition => s.Condition.Span,
        DoStatementSyntax s when child != s.Condition => s.Condition.Span,
        ForStatementSyntax s when child == s.Statement => TextSpan.FromBounds(s.ForKeyword.SpanStart, s.CloseParenToken.Span.End),
        CommonForEachStatementSyntax s when child == s.Statement => TextSpan.FromBounds(s.ForEachKeyword.SpanStart, s.CloseParenToken.Span.End),
        SwitchStatementSyntax s => s.Expression.Span,
        SwitchSectionSyntax s when s.Labels.Count > 0 => TextSpan.FromBounds(s.Labels.First().SpanStart, s.Labels.Last().Span.End),
        SwitchExpressionSyntax s when child != s.GoverningExpression => s.GoverningExpression.Span,
        SwitchExpressionArmSyntax s when child == s.Expression => TextSpan.FromBounds(s.Pattern.SpanStart, (s.WhenClause?.Span ?? s.Pattern.Span).End),
        ConditionalExpressionSyntax s when child != s.Condition => s.Condition.Span,
        CatchClauseSyntax s => TextSpan.FromBounds(s.CatchKeyword.SpanStart, (s.Filter?.Span ?? s.Declaration?.Span ?? s.CatchKeyword.Span).End),
        BinaryExpressionSyntax s when child == s.Right && (s.IsKind(SyntaxKind.LogicalAndExpression) || s.IsKind(SyntaxKind.LogicalOrExpression) || s.IsKind(SyntaxKind.CoalesceExpression)) => s.Left.Span,
        _ => null,
    };

    /// <summary>
    /// A statement before the finding can leave the path (a <c>return</c>, <c>throw</c>, <c>goto</c>, <c>yield break</c>, or a
    /// <c>break</c>/<c>continue</c> of a loop it is not inside), and the change touched that exit or a condition that leads to
    /// it. An edit elsewhere in a long preceding branch that happens to end in <c>continue</c> is not a guard change.
    /// </summary>
    private static bool ExitChanged(SyntaxNode statement, Change change)
    {
        if (!change.Touches(statement.Span))
        {
            return false;
        }

        foreach (var exit in statement.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            var leaves = exit switch
            {
                ReturnStatementSyntax or ThrowStatementSyntax or ThrowExpressionSyntax or GotoStatementSyntax => true,
                _ when exit.IsKind(SyntaxKind.YieldBreakStatement) => true,
                BreakStatementSyntax or ContinueStatementSyntax => !exit.Ancestors().TakeWhile(a => a != statement)
                    .Any(a => a is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax ||
                              (exit is BreakStatementSyntax && a is SwitchStatementSyntax)) &&
                    statement is not (WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax),
                _ => false,
            };
            if (!leaves)
            {
                continue;
            }

            if (change.Touches(exit.Span))
            {
                return true;
            }

            SyntaxNode child = exit;
            foreach (var ancestor in exit.Ancestors())
            {
                if (Header(ancestor, child) is { } header && change.Touches(header))
                {
                    return true;
                }

                if (ancestor == statement)
                {
                    break;
                }

                child = ancestor;
            }
        }

        return false;
    }

    private static string StripComment(string line)
    {
        var comment = line.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 ? line : line[..comment];
    }

    /// <summary>The method the finding calls, declared in the same file, had its header (attributes, signature) changed.</summary>
    private static bool TargetChanged(SyntaxNode node, SyntaxNode decisive, Change change)
    {
        var invocation = node.AncestorsAndSelf().TakeWhile(n => n != decisive.Parent).OfType<InvocationExpressionSyntax>().FirstOrDefault();
        var name = invocation?.Expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        if (name is null)
        {
            return false;
        }

        return node.SyntaxTree.GetRoot().DescendantNodes().Any(n => n switch
        {
            MethodDeclarationSyntax m when m.Identifier.ValueText == name => change.Touches(TextSpan.FromBounds(m.SpanStart, m.ParameterList.Span.End)),
            LocalFunctionStatementSyntax f when f.Identifier.ValueText == name => change.Touches(TextSpan.FromBounds(f.SpanStart, f.ParameterList.Span.End)),
            _ => false,
        });
    }

    /// <summary>A finding in a migration's <c>Up</c> is decided by its <c>Down</c> too: a changed or removed <c>Down</c> counts.</summary>
    private static bool MigrationDownChanged(MemberDeclarationSyntax member, Change change)
    {
        if (member is not MethodDeclarationSyntax { Identifier.ValueText: "Up" } up || up.Parent is not TypeDeclarationSyntax type || type.BaseList is null)
        {
            return false;
        }

        var down = type.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.ValueText == "Down");
        if (down is not null && change.Touches(down.Span))
        {
            return true;
        }

        return change.RemovedInside(type.Span).Any(r => r.Lines.Any(l => DownDeclaration.IsMatch(StripComment(l))));
    }

    /// <summary>
    /// A pragma that already stood counts only when the change removed a <c>restore</c> of its ids below it (its scope
    /// now reaches further) and added lines in that wider scope.
    /// </summary>
    private static bool PragmaWidened(PragmaWarningDirectiveTriviaSyntax pragma, Change change)
    {
        if (!pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword))
        {
            return false;
        }

        var ids = pragma.ErrorCodes.Select(c => c.ToString().Trim()).Where(c => c.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Overlaps(IEnumerable<string> other)
        {
            var list = other.ToList();
            return ids.Count == 0 || list.Count == 0 || list.Any(ids.Contains);
        }

        var root = pragma.SyntaxTree.GetRoot();
        var end = root.DescendantTrivia(descendIntoTrivia: true)
            .Select(t => t.GetStructure())
            .OfType<PragmaWarningDirectiveTriviaSyntax>()
            .Where(p => p.SpanStart > pragma.SpanStart && p.DisableOrRestoreKeyword.IsKind(SyntaxKind.RestoreKeyword) && Overlaps(p.ErrorCodes.Select(c => c.ToString().Trim())))
            .Select(p => p.SpanStart)
            .DefaultIfEmpty(root.FullSpan.End)
            .First();
        var scope = TextSpan.FromBounds(pragma.Span.End, end);
        var restoreRemoved = change.RemovedInside(scope, inclusiveEnd: true).Any(r => r.Lines.Any(l =>
            PragmaRestore.Match(l) is { Success: true } m && Overlaps(m.Groups["ids"].Value.Split(',').Select(c => c.Trim()).Where(c => c.Length > 0))));
        return restoreRemoved && change.AddedIn(scope);
    }

    /// <summary>The change seen in line numbers of the new text.</summary>
    private sealed class Change
    {
        private readonly SourceText _text;
        private readonly LineChanges _lines;

        public Change(SourceText text, LineChanges lines)
        {
            _text = text;
            _lines = lines;
        }

        public (int First, int Last) Lines(TextSpan span)
        {
            var first = _text.Lines.GetLineFromPosition(Math.Min(span.Start, _text.Length)).LineNumber + 1;
            var last = _text.Lines.GetLineFromPosition(Math.Min(Math.Max(span.End - 1, span.Start), _text.Length)).LineNumber + 1;
            return (first, last);
        }

        /// <summary>Lines of the span were added, or lines were removed between its first and last line.</summary>
        public bool Touches(TextSpan span)
        {
            var (first, last) = Lines(span);
            return _lines.AddedAny(first, last) || RemovedInside(span).Any();
        }

        /// <summary>As <see cref="Touches"/>, and lines removed right above it (an attribute, a modifier line) count too.</summary>
        public bool TouchesDeclaration(TextSpan span)
        {
            var (first, last) = Lines(span);
            return _lines.AddedAny(first, last) || _lines.RemovedInside(first - 1, last).Any();
        }

        /// <summary>Whether a removed block stood strictly inside the span (after its first line, up to its last).</summary>
        public bool Contains(TextSpan span, LineChanges.Removal removal)
        {
            var (first, last) = Lines(span);
            return removal.Point > first && removal.Point <= last;
        }

        public bool AddedIn(TextSpan span)
        {
            var (first, last) = Lines(span);
            return _lines.AddedAny(first, last);
        }

        /// <summary>Blocks removed after the span's first line up to its last line (up to the line after it, inclusive).</summary>
        public IEnumerable<LineChanges.Removal> RemovedInside(TextSpan span, bool inclusiveEnd = false)
        {
            var (first, last) = Lines(span);
            return _lines.RemovedInside(first, inclusiveEnd ? last + 1 : last);
        }
    }
}
