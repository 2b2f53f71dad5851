using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.TypedRefactor.RuntimeNameAnalyzer>;

namespace AutoMode.Analyzers.Tests.TypedRefactor;

/// <summary>AM4009 on enum members: an enum whose values are written as text (or read back from it) by name.</summary>
public class EnumTextTests
{
    private static readonly ReferenceAssemblies Logging = TestReferences.WithPackages(
        ("Microsoft.Extensions.Logging.Abstractions", "10.0.15"), ("Serilog", "4.4.0"));

    private static Task VerifyWith(ReferenceAssemblies references, string source, params DiagnosticResult[] expected)
        => Verify.VerifyAsync(references, source, expected);

    [Test]
    public Task CsvExport_WithStringBuilderAppend_ReportsEveryMember() =>
        Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using System.Text;

            public enum OrderStatus { {|#0:Pending|}, {|#1:Shipped|}, {|#2:Cancelled|} }
            public sealed record Order(int Id, OrderStatus Status);

            public static class Export
            {
                public static string Csv(IEnumerable<Order> orders)
                {
                    var csv = new StringBuilder();
                    foreach (var order in orders)
                    {
                        csv.Append(order.Id).Append(',').Append(order.Status).AppendLine();
                    }

                    return csv.ToString();
                }
            }
            """,
            Verify.Diagnostic("AM4009").WithLocation(0).WithArguments("OrderStatus.Pending", "'OrderStatus' values are written as text by StringBuilder.Append", "a fixed string for each value, e.g. a switch expression, instead of the value's name"),
            Verify.Diagnostic("AM4009").WithLocation(1).WithArguments("OrderStatus.Shipped", "'OrderStatus' values are written as text by StringBuilder.Append", "a fixed string for each value, e.g. a switch expression, instead of the value's name"),
            Verify.Diagnostic("AM4009").WithLocation(2).WithArguments("OrderStatus.Cancelled", "'OrderStatus' values are written as text by StringBuilder.Append", "a fixed string for each value, e.g. a switch expression, instead of the value's name"));

    [Test]
    public Task EveryWayOfFormattingByName() =>
        Verify.VerifyAsync("""
            using System;
            using System.IO;

            public enum A { {|AM4009:One|} }
            public enum B { {|AM4009:One|} }
            public enum C { {|AM4009:One|} }
            public enum D { {|AM4009:One|} }
            public enum E { {|AM4009:One|} }
            public enum F { {|AM4009:One|} }
            public enum G { {|AM4009:One|} }
            public enum H { {|AM4009:One|} }
            public enum I { {|AM4009:One|} }
            [Flags] public enum J { {|AM4009:None|} = 0, {|AM4009:Read|} = 1 }

            public static class Writers
            {
                public static void Run(A a, B b, C? c, D d, E e, F f, G g, TextWriter writer, string text, J j)
                {
                    var s1 = a.ToString();
                    var s2 = $"status={b}";
                    var s3 = "status=" + c;
                    var s4 = Enum.GetName(d);
                    var s5 = Enum.GetNames(typeof(E));
                    var s6 = string.Join(",", f, 1);
                    writer.WriteLine(g);
                    var parsed = Enum.Parse<H>(text);
                    Enum.TryParse(text, out I i);
                    var s7 = j.ToString("G");
                }
            }
            """);

    [Test]
    public Task NotReported_SwitchesComparisonsNumbersAndNumericFormats() =>
        Verify.VerifyAsync("""
            using System;

            public enum Status { Pending, Shipped }

            public static class Rules
            {
                public static string Label(Status status) => status switch
                {
                    Status.Pending => "pending",
                    Status.Shipped => "shipped",
                    _ => "unknown",
                };

                public static bool IsDone(Status status) => status == Status.Shipped;

                public static string Numbers(Status status)
                    => ((int)status).ToString() + status.ToString("D") + $"{status:X}" + Enum.Format(typeof(Status), status, "d");
            }
            """);

    [Test]
    public Task NotReported_TextForPeople_LoggingAndExceptions() =>
        VerifyWith(Logging, """
            using System;
            using System.Diagnostics;
            using Microsoft.Extensions.Logging;

            public enum Status { Pending, Shipped }

            public sealed class Shipping
            {
                private readonly ILogger<Shipping> _logger;
                private readonly Serilog.ILogger _serilog;

                public Shipping(ILogger<Shipping> logger, Serilog.ILogger serilog) { _logger = logger; _serilog = serilog; }

                public void Ship(Status status)
                {
                    _logger.LogInformation("Order moved to {Status}", status.ToString());
                    _logger.LogWarning($"Order is {status}");
                    _serilog.Information("Order is " + status);
                    Debug.WriteLine($"status {status}");
                    if (status == Status.Shipped)
                    {
                        throw new InvalidOperationException($"Order already {status}.");
                    }

                    var error = new ArgumentException("Unexpected " + status.ToString(), nameof(status));
                }
            }
            """);

    [Test]
    public Task NotReported_LookAlikes_UserTypesAndEnumsFromOtherAssemblies() =>
        Verify.VerifyAsync("""
            using System;
            using System.IO;

            public enum Status { Pending, Shipped }

            public sealed class Report
            {
                public Report Append(object value) => this;
            }

            public static class Code
            {
                public static void Run(Status status, Report report)
                {
                    report.Append(status);
                    var text = $"{DayOfWeek.Monday} {FileMode.Create}" + ConsoleColor.Red.ToString();
                    var values = Enum.GetValues<Status>();
                }
            }
            """);

    [Test]
    public Task AlsoReported_FormattingInALambdaPassedToALogger_IsNotExempted_WhenItIsOutsideTheLoggingCall() =>
        VerifyWith(Logging, """
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;

            public enum Status { {|AM4009:Pending|}, {|AM4009:Shipped|} }

            public static class Export
            {
                public static string[] Lines(ILogger logger, IEnumerable<Status> statuses)
                {
                    var lines = statuses.Select(s => s.ToString()).ToArray();
                    logger.LogInformation("Exported {Count} lines", lines.Length);
                    return lines;
                }
            }
            """);
}
