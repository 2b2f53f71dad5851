using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Security;

/// <summary>
/// AM6041: switches that put sensitive data into logs or responses — EF Core <c>EnableSensitiveDataLogging()</c>
/// (parameter values of every query in the log), <c>JwtBearerOptions.IncludeErrorDetails = true</c> and
/// <c>IdentityModelEventSource.ShowPII</c>/<c>LogCompleteSecurityArtifact = true</c> (tokens and personal data in the
/// log). A switch given a value chosen at run time (a setting, <c>env.IsDevelopment()</c>) is not reported.
/// </summary>
internal static class SensitiveData
{
    public static SecurityFinding? Match(IInvocationOperation invocation, SecuritySymbols symbols)
    {
        var method = invocation.TargetMethod;
        if (method.Name != "EnableSensitiveDataLogging" || !TypeHierarchy.IsOrInherits(method.ContainingType, symbols.DbContextOptionsBuilder))
        {
            return null;
        }

        var enabled = OperationValues.Argument(invocation.Arguments, "sensitiveDataLoggingEnabled");
        return enabled is null || OperationValues.Constant(enabled) is true
            ? new SecurityFinding(SecurityAnalyzer.SensitiveDataRule, "'EnableSensitiveDataLogging()' writes the parameter values of database commands to the log")
            : null;
    }

    public static SecurityFinding? Match(ISimpleAssignmentOperation assignment, IPropertySymbol property, SecuritySymbols symbols)
    {
        if (OperationValues.Constant(assignment.Value) is not true)
        {
            return null;
        }

        switch (property.Name)
        {
            case "IncludeErrorDetails" when SecuritySymbols.Is(property.ContainingType, symbols.JwtBearerOptions):
                return new SecurityFinding(SecurityAnalyzer.SensitiveDataRule, "'JwtBearerOptions.IncludeErrorDetails = true' tells callers why their token was rejected");
            case "ShowPII" or "LogCompleteSecurityArtifact" when SecuritySymbols.Is(property.ContainingType, symbols.IdentityModelEventSource):
                return new SecurityFinding(SecurityAnalyzer.SensitiveDataRule, "'IdentityModelEventSource." + property.Name + " = true' writes tokens and personal data to the log");
            default:
                return null;
        }
    }
}
