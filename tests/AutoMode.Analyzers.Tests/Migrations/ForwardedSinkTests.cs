using AutoMode.Analyzers.Rules.Migrations;
using static AutoMode.Analyzers.Tests.Migrations.MigrationTestSupport;

namespace AutoMode.Analyzers.Tests.Migrations;

/// <summary>
/// AM2016 and AM2006: a method that hands its own parameter, unchanged, to a SQL sink or as the target of a migration
/// operation is an API (issue #14: EF Core's own ExecuteSqlRaw overloads were AM2015 High, its MigrationBuilder.DeleteData
/// overloads AM2001 Critical, duplicati's SetCommandAndParameters(cmd, text) helper AM2015). Beside them, the true cases
/// that keep their level: the method builds or changes the value, a private or internal helper, a method with several sinks, a lambda.
/// </summary>
public class ForwardedSinkTests
{
    [Test]
    public Task SqlApis_ForwardingTheirParameter_AreLow() => VerifyAsync<RawSqlAnalyzer>("""
        using System;
        using System.Collections.Generic;
        using System.Data;
        using System.Threading.Tasks;
        using Dapper;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;

        public static class DatabaseFacadeExtensions
        {
            public static int ExecuteRaw(this DatabaseFacade databaseFacade, string sql, params object[] parameters)
                => {|AM2016:databaseFacade.ExecuteSqlRaw(sql, (IEnumerable<object>)parameters)|};

            public static int ExecuteFormattable(this DatabaseFacade databaseFacade, FormattableString sql)
                => {|AM2016:databaseFacade.ExecuteSqlRaw(sql.Format, sql.GetArguments())|};

            public static IDbCommand SetCommandAndParameters(this IDbCommand cmd, string cmdtext)
            {
                {|AM2016:cmd.CommandText = cmdtext|};
                cmd.Parameters.Clear();
                return cmd;
            }

            public static Task<int> ExecuteAsync(IDbConnection connection, string sql, object param)
            {
                var text = sql;
                return {|AM2016:connection.ExecuteAsync(text, param)|};
            }
        }
        """, AdoAndDapper);

    [Test]
    public Task SqlTheMethodBuildsOrChanges_PrivateHelpers_SeveralSinks_AndLambdas_StayHigh() => VerifyAsync<RawSqlAnalyzer>("""
        using System;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;

        public class Maintenance
        {
            public int Select(DatabaseFacade db, string table) => {|AM2015:db.ExecuteSqlRaw("SELECT * FROM " + table + " WHERE Id = 1")|};

            public int Rewritten(DatabaseFacade db, string sql)
            {
                sql = sql.Replace("dbo.", "app.");
                return {|AM2015:db.ExecuteSqlRaw(sql)|};
            }

            private int Privately(DatabaseFacade db, string sql) => {|AM2015:db.ExecuteSqlRaw(sql)|};

            internal int Internally(DatabaseFacade db, string sql) => {|AM2015:db.ExecuteSqlRaw(sql)|};

            public void Several(DatabaseFacade db, string sql)
            {
                {|AM2014:db.ExecuteSqlRaw("SELECT 1")|};
                {|AM2015:db.ExecuteSqlRaw(sql)|};
            }

            public void Each(DatabaseFacade db, string[] statements) => Array.ForEach(statements, s => {|AM2015:db.ExecuteSqlRaw(s)|});
        }
        """, EfRelational);

    [Test]
    public Task AM2016_Message() => VerifyAsync<RawSqlAnalyzer>("""
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;

        public static class Sql
        {
            public static int Run(DatabaseFacade db, string sql) => {|#0:db.ExecuteSqlRaw(sql)|};
        }
        """, EfRelational,
        Infrastructure.AnalyzerVerifier<RawSqlAnalyzer>.Diagnostic("AM2016").WithLocation(0).WithMessage(
            "'Database.ExecuteSqlRaw' sends the SQL text of the parameter 'sql' of 'Run' unchanged; the method is an API whose callers decide the SQL, so the risk is reported where the text is visible, at its callers. Recorded at Low; declare the method with [Risk] if calls to it should be reported."));

    [Test]
    public Task MigrationApis_ForwardingTheTarget_AreLow_TheirOwnNamesStayCritical() => VerifyAsync<MigrationOperationAnalyzer>("""
        using Microsoft.EntityFrameworkCore.Migrations;
        using Microsoft.EntityFrameworkCore.Migrations.Operations;
        using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

        #nullable disable

        public class ShopMigrationBuilder : MigrationBuilder
        {
            public ShopMigrationBuilder() : base("Microsoft.EntityFrameworkCore.SqlServer") { }

            public OperationBuilder<DeleteDataOperation> DeleteRow(string table, string keyColumn, object keyValue, string schema = null)
                => {|AM2006:DeleteData(table, keyColumn, keyValue, schema)|};
        }

        public static class MigrationHelpers
        {
            public static void DropLegacyColumn(MigrationBuilder migrationBuilder, string name) => {|AM2006:migrationBuilder.DropColumn(name, "Orders")|};

            public static void DropNotes(MigrationBuilder migrationBuilder, string table) => {|AM2001:migrationBuilder.DropColumn("Notes", table)|};

            private static void DropPrivately(MigrationBuilder migrationBuilder, string name) => {|AM2001:migrationBuilder.DropTable(name)|};

            internal static void DropInternally(MigrationBuilder migrationBuilder, string name) => {|AM2001:migrationBuilder.DropTable(name)|};

            public static void DropWithArchive(MigrationBuilder migrationBuilder, string name)
            {
                {|AM2001:migrationBuilder.DropTable(name)|};
                {|AM2001:migrationBuilder.DropTable("Archive")|};
            }

            public static void Schema(MigrationBuilder migrationBuilder, string name) => {|AM2004:migrationBuilder.EnsureSchema(name)|};
        }
        """, EfRelational);

    [Test]
    public Task AM2006_Message() => VerifyAsync<MigrationOperationAnalyzer>("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public static class MigrationHelpers
        {
            public static void Drop(MigrationBuilder migrationBuilder, string name) => {|#0:migrationBuilder.DropTable(name)|};
        }
        """, EfRelational,
        Infrastructure.AnalyzerVerifier<MigrationOperationAnalyzer>.Diagnostic("AM2006").WithLocation(0).WithMessage(
            "'DropTable' (deletes the table and every row in it) acts on the parameter 'name' of 'Drop', passed on unchanged; the method is an API whose callers choose the target, so the risk is reported where the name is visible, at its callers. Recorded at Low; declare the method with [Risk] if calls to it should be reported."));
}
