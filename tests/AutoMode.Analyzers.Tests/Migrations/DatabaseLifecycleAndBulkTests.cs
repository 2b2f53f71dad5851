using AutoMode.Analyzers.Rules.Migrations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static AutoMode.Analyzers.Tests.Migrations.MigrationTestSupport;

namespace AutoMode.Analyzers.Tests.Migrations;

/// <summary>AM2021–AM2023 (DatabaseFacade) and AM2031–AM2035 (bulk operations).</summary>
public class DatabaseLifecycleAndBulkTests
{
    private const string Model = """
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;

        public class Order { public int Id { get; set; } public int Status { get; set; } public DateTime Created { get; set; } }

        public class ShopContext : DbContext
        {
            public DbSet<Order> Orders => Set<Order>();
        }
        """;

    private static Task Lifecycle(string source, ReferenceAssemblies? references = null, params DiagnosticResult[] expected)
        => VerifyAsync<DatabaseLifecycleAnalyzer>(source, references ?? EfRelational, expected);

    private static Task Bulk(string body) => VerifyAsync<BulkOperationAnalyzer>(Model + $$"""

        public class Jobs
        {
            public async Task Run(ShopContext db, IQueryable<Order> query, DateTime cutoff)
            {
                {{body}}
                await Task.CompletedTask;
            }
        }
        """, EfRelational);

    // ---- AM2021, AM2022 ----

    [Test]
    public Task EnsureDeleted_IsCritical_EnsureCreated_IsMedium() => Lifecycle(Model + """

        public class Seeder
        {
            public async Task Reset(ShopContext db)
            {
                {|AM2021:db.Database.EnsureDeleted()|};
                await {|AM2021:db.Database.EnsureDeletedAsync()|};
                {|AM2022:db.Database.EnsureCreated()|};
                await {|AM2022:db.Database.EnsureCreatedAsync()|};
                db.Database.CanConnect();
            }
        }
        """);

    /// <summary>jellyfin c539ee7e81 / 9ae6ffe441 (minimized): a shared SQLite test fixture creates its schema.</summary>
    [Test]
    public Task EnsureCreated_InATestProject_IsAM2024_Low() => Lifecycle(Model + """

        public class SqliteDbTestFixture
        {
            [NUnit.Framework.OneTimeSetUp]
            public async Task Create(ShopContext db)
            {
                await {|AM2024:db.Database.EnsureCreatedAsync()|};
                {|AM2021:db.Database.EnsureDeleted()|};
            }
        }
        """, AutoMode.Analyzers.Tests.Infrastructure.TestReferences.WithPackages(("Microsoft.EntityFrameworkCore.Relational", EfVersion), ("NUnit", "4.4.0")));

    // ---- AM2023 ----

    [Test]
    public Task Migrate_InTopLevelStatements() => VerifyAsync<DatabaseLifecycleAnalyzer>(new[]
    {
        """
        using Microsoft.EntityFrameworkCore;

        using var db = new ShopContext();
        {|AM2023:db.Database.Migrate()|};
        await {|AM2023:db.Database.MigrateAsync()|};
        """,
        Model,
    }, EfRelational, OutputKind.ConsoleApplication);

    [Test]
    public Task Migrate_InProgramStartupAndHostExtensions() => Lifecycle(Model + """

        public static class Program
        {
            public static void Main() { using var db = new ShopContext(); {|AM2023:db.Database.Migrate()|}; }
        }

        public class Startup
        {
            public void Configure(ShopContext db) => {|AM2023:db.Database.Migrate()|};
        }
        """);

    [Test]
    public Task Migrate_ElsewhereAndLookAlikes_AreNotFlagged() => Lifecycle(Model + """

        public class MigrationTool
        {
            public void Apply(ShopContext db, string target) => db.Database.Migrate(target);
        }

        public class FakeFacade { public void EnsureDeleted() { } public void Migrate() { } }

        public class Startup2
        {
            public void Configure(FakeFacade database) { database.EnsureDeleted(); database.Migrate(); }
        }
        """);

    [Test]
    public Task Migrate_InAHostedService() => Lifecycle("using System.Threading;\nusing Microsoft.Extensions.Hosting;\n" + Model + """

        public class MigrateOnStart : IHostedService
        {
            private readonly ShopContext _db;
            public MigrateOnStart(ShopContext db) => _db = db;
            public Task StartAsync(CancellationToken cancellationToken) => {|AM2023:_db.Database.MigrateAsync(cancellationToken)|};
            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """,
        Infrastructure.TestReferences.WithPackages(("Microsoft.EntityFrameworkCore.Relational", EfVersion), ("Microsoft.Extensions.Hosting.Abstractions", EfVersion)));

    [Test]
    public Task Migrate_InAnExtensionCalledFromTopLevelStatements_IsReportedAtBothEnds() => VerifyAsync<DatabaseLifecycleAnalyzer>(new[]
    {
        """
        await using var db = await {|#0:new ShopContext().PrepareAsync()|};
        """,
        Model + """

        public static class DatabaseStartup
        {
            public static async Task<ShopContext> PrepareAsync(this ShopContext db)
            {
                await {|#1:db.Database.MigrateAsync()|};
                return db;
            }
        }
        """,
    }, EfRelational, OutputKind.ConsoleApplication,
        Expect<DatabaseLifecycleAnalyzer>("AM2023").WithLocation(0).WithArguments("PrepareAsync", "top-level statements, which reaches MigrateAsync in DatabaseStartup.PrepareAsync"),
        Expect<DatabaseLifecycleAnalyzer>("AM2023").WithLocation(1).WithArguments("MigrateAsync", "DatabaseStartup.PrepareAsync, called from top-level statements"));

    [Test]
    public Task Migrate_SeveralCallsDeep_ThroughLambdasAndInstanceMethods() => Lifecycle(Model + """

        public static class Program
        {
            public static async Task Main()
            {
                var setup = new Setup();
                await Task.Run(() => {|AM2023:setup.RunAsync()|});
            }
        }

        public class Setup
        {
            public Task RunAsync() => Schema.Apply(new ShopContext());
        }

        public static class Startup
        {
            public static void Configure(ShopContext db) => _ = {|AM2023:new SchemaGuard(db)|};
        }

        public class SchemaGuard
        {
            public SchemaGuard(ShopContext db) => {|AM2023:db.Database.Migrate()|};
        }

        internal static class Schema
        {
            public static Task Apply(ShopContext db) => Upgrade(db);

            private static async Task Upgrade(ShopContext db)
            {
                void Local() => {|AM2023:db.Database.Migrate()|};
                Local();
                await Task.CompletedTask;
            }
        }
        """);

    [Test]
    public Task Migrate_CalledFromAHostedService() => Lifecycle("using System.Threading;\nusing Microsoft.Extensions.Hosting;\n" + Model + """

        public class DatabaseInitializer
        {
            public Task InitializeAsync(ShopContext db, CancellationToken token) => {|AM2023:db.Database.MigrateAsync(token)|};
        }

        public class MigrateOnStart : IHostedService
        {
            private readonly ShopContext _db;
            private readonly DatabaseInitializer _initializer = new();
            public MigrateOnStart(ShopContext db) => _db = db;
            public Task StartAsync(CancellationToken cancellationToken) => {|AM2023:_initializer.InitializeAsync(_db, cancellationToken)|};
            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """,
        Infrastructure.TestReferences.WithPackages(("Microsoft.EntityFrameworkCore.Relational", EfVersion), ("Microsoft.Extensions.Hosting.Abstractions", EfVersion)));

    [Test]
    public Task Migrate_NotReachedFromStartup_TooDeep_OrLookAlikes_IsNotFlagged() => Lifecycle(Model + """

        public static class Program
        {
            public static void Main()
            {
                using var db = new ShopContext();
                new Tools().Migrate(db);              // a user method named Migrate that does not migrate
                Level1(db);                           // Migrate five calls away: beyond the depth followed
                Cycle.Ping(0);                        // recursion without Migrate terminates
                System.Func<ShopContext, int> later = AdminEndpoints.Count;
            }

            private static void Level1(ShopContext db) => Deep.Level2(db);
        }

        public class Tools { public void Migrate(ShopContext db) => db.Orders.Count(); }

        internal static class Deep
        {
            public static void Level2(ShopContext db) => Level3(db);
            public static void Level3(ShopContext db) => Level4(db);
            public static void Level4(ShopContext db) => Level5(db);
            public static void Level5(ShopContext db) => Level6(db);
            public static void Level6(ShopContext db) => db.Database.Migrate();
        }

        internal static class Cycle
        {
            public static void Ping(int n) { if (n < 3) Pong(n + 1); }
            public static void Pong(int n) => Ping(n);
        }

        public static class AdminEndpoints
        {
            public static int Count(ShopContext db) => db.Orders.Count();

            // Called from an admin action only, not from start-up code.
            public static void MigrateOnRequest(ShopContext db) => Apply(db);
            private static void Apply(ShopContext db) => db.Database.Migrate();
        }
        """);

    [Test]
    public Task HalfTypedFilter_StillCountsAsAFilter() => Bulk("{|AM2032:db.Orders.Where(o => o.{|CS1001:)|}.ExecuteDelete()|};");

    // ---- AM2031–AM2033 ----

    [Test]
    public Task WholeTable_IsCritical() => Bulk("""
        {|AM2031:db.Orders.ExecuteDelete()|};
        await {|AM2031:db.Orders.ExecuteDeleteAsync()|};
        {|AM2031:db.Orders.ExecuteUpdate(s => s.SetProperty(o => o.Status, 0))|};
        {|AM2031:db.Set<Order>().AsNoTracking().ExecuteDelete()|};
        var all = db.Orders.OrderBy(o => o.Id);
        {|AM2031:all.ExecuteDelete()|};
        """);

    [Test]
    public Task Filtered_IsHighForDelete_MediumForUpdate() => Bulk("""
        {|AM2032:db.Orders.Where(o => o.Created < cutoff).ExecuteDelete()|};
        await {|AM2032:db.Orders.Where(o => o.Status == 9).ExecuteDeleteAsync()|};
        {|AM2033:db.Orders.Where(o => o.Status == 1).ExecuteUpdate(s => s.SetProperty(o => o.Status, 2))|};
        {|AM2032:query.ExecuteDelete()|};
        {|AM2032:db.Orders.OrderBy(o => o.Created).Take(1000).ExecuteDelete()|};
        """);

    [Test]
    public Task WholeTable_ThroughRowPreservingOperators_StaysCritical() => Bulk("""
        {|AM2031:db.Orders.IgnoreQueryFilters().AsNoTracking().OrderBy(o => o.Id).ExecuteDelete()|};
        {|AM2031:db.Orders.TagWith("nightly").AsSplitQuery().ExecuteUpdate(s => s.SetProperty(o => o.Status, 0))|};
        """);

    // jellyfin's ItemPersistenceService: context.Chapters.WhereOneOrMany(ids, e => e.ItemId).ExecuteDelete(). An
    // operator the rule does not know may filter: never a whole-table Critical. One that takes a key selector (a lambda
    // returning a column) and the values to match selects rows by a key: Medium (AM2035). Any other unknown operator
    // is a filtered delete (High) that names it.
    [Test]
    public Task UnknownQueryOperator_MayFilter_IsNotWholeTable() => VerifyAsync<BulkOperationAnalyzer>(Model + """

        public static class QueryHelpers
        {
            public static IQueryable<T> WhereOneOrMany<T>(this IQueryable<T> query, int[] ids, System.Linq.Expressions.Expression<Func<T, int>> key) => query;
            public static IQueryable<T> Recent<T>(this IQueryable<T> query) => query;
            public static IQueryable<T> Pick<T>(this IQueryable<T> query, int count, System.Linq.Expressions.Expression<Func<T, int>> key) => query;
        }

        public class Jobs
        {
            public void Run(ShopContext db, int[] ids)
            {
                {|#0:db.Orders.WhereOneOrMany(ids, o => o.Id).ExecuteDelete()|};
                var batch = db.Orders.WhereOneOrMany(ids, o => o.Id);
                {|#1:batch.ExecuteUpdate(s => s.SetProperty(o => o.Status, 0))|};
                {|#2:db.Orders.AsNoTracking().WhereOneOrMany(ids, o => o.Id).OrderBy(o => o.Id).ExecuteDelete()|};
                {|#3:db.Orders.Recent().ExecuteDelete()|};
                {|#4:db.Orders.Pick(3, o => o.Id).ExecuteDelete()|};
            }
        }
        """, EfRelational,
        Expect<BulkOperationAnalyzer>("AM2035").WithLocation(0).WithArguments("ExecuteDelete", "deletes the rows whose key matches ('WhereOneOrMany(ids, o => o.Id)'): filtered by a key, so Medium; High (AM2032) only when the whole table or a set the rule cannot see is deleted"),
        Expect<BulkOperationAnalyzer>("AM2033").WithLocation(1).WithArguments("ExecuteUpdate"),
        Expect<BulkOperationAnalyzer>("AM2035").WithLocation(2),
        Expect<BulkOperationAnalyzer>("AM2032").WithLocation(3).WithArguments("ExecuteDelete", "deletes the rows the query selects in one statement, without change tracking (the query goes through 'Recent', which may filter, so it is not reported as a whole-table delete)"),
        Expect<BulkOperationAnalyzer>("AM2032").WithLocation(4));

    // bitwarden's OrganizationRepository/UserRepository and jellyfin's ChapterRepository (minimized): the rows of one id,
    // owner or list of ids are deleted, as Delete(id) does: Medium (AM2035). A constant (a category) or a range stays High.
    [Test]
    public Task FilteredByAKey_IsMedium_AConstantOrARangeStaysHigh() => VerifyAsync<BulkOperationAnalyzer>(Model + """

        public class Customer { public int Id { get; set; } }

        public class Jobs
        {
            public async Task Run(ShopContext db, Customer customer, int id, int[] ids, System.Collections.Generic.List<int> list, DateTime cutoff)
            {
                {|#0:db.Orders.Where(o => o.Id == customer.Id).ExecuteDelete()|};
                await {|#1:db.Orders.Where(o => o.Status.Equals(id)).ExecuteDeleteAsync()|};
                {|#2:db.Orders.Where(o => ids.Contains(o.Id)).ExecuteDelete()|};
                {|#3:db.Orders.Where(o => list.Contains(o.Id) && o.Created < cutoff).ExecuteDelete()|};
                var mine = db.Orders.Where(o => id == o.Id).OrderBy(o => o.Created);
                {|#4:mine.ExecuteDelete()|};
                {|#5:db.Orders.Where(o => o.Status == 9).ExecuteDelete()|};
                {|#6:db.Orders.Where(o => o.Created < cutoff).ExecuteDelete()|};
                {|#7:db.Orders.Where(o => o.Id == id || o.Status == 9).ExecuteDelete()|};
                {|#8:db.Orders.Where(o => o.Id == o.Status).ExecuteDelete()|};
                {|#9:db.Orders.Where(o => o.Id == id).ExecuteUpdate(s => s.SetProperty(o => o.Status, 0))|};
            }
        }
        """, EfRelational,
        Expect<BulkOperationAnalyzer>("AM2035").WithLocation(0).WithArguments("ExecuteDelete", "deletes the rows whose key matches ('o.Id == customer.Id'): filtered by a key, so Medium; High (AM2032) only when the whole table or a set the rule cannot see is deleted"),
        Expect<BulkOperationAnalyzer>("AM2035").WithLocation(1).WithArguments("ExecuteDeleteAsync", "deletes the rows whose key matches ('o.Status.Equals(id)'): filtered by a key, so Medium; High (AM2032) only when the whole table or a set the rule cannot see is deleted"),
        Expect<BulkOperationAnalyzer>("AM2035").WithLocation(2).WithArguments("ExecuteDelete", "deletes the rows whose key matches ('ids.Contains(o.Id)'): filtered by a key, so Medium; High (AM2032) only when the whole table or a set the rule cannot see is deleted"),
        Expect<BulkOperationAnalyzer>("AM2035").WithLocation(3).WithArguments("ExecuteDelete", "deletes the rows whose key matches ('list.Contains(o.Id) && o.Created < cutoff'): filtered by a key, so Medium; High (AM2032) only when the whole table or a set the rule cannot see is deleted"),
        Expect<BulkOperationAnalyzer>("AM2035").WithLocation(4).WithArguments("ExecuteDelete", "deletes the rows whose key matches ('id == o.Id'): filtered by a key, so Medium; High (AM2032) only when the whole table or a set the rule cannot see is deleted"),
        Expect<BulkOperationAnalyzer>("AM2032").WithLocation(5),
        Expect<BulkOperationAnalyzer>("AM2032").WithLocation(6),
        Expect<BulkOperationAnalyzer>("AM2032").WithLocation(7),
        Expect<BulkOperationAnalyzer>("AM2032").WithLocation(8),
        Expect<BulkOperationAnalyzer>("AM2033").WithLocation(9));

    // Kavita's API.Tests (minimized): a test's setup empties the tables of its own database. Medium in a test project;
    // the whole-table ExecuteDelete stays Critical there too.
    [Test]
    public Task BulkDeletes_InATestProject_AreMedium() => VerifyAsync<BulkOperationAnalyzer>(Model + """

        public class SeriesTests
        {
            [NUnit.Framework.SetUp]
            public async Task Reset(ShopContext db, IQueryable<Order> query, DateTime cutoff)
            {
                {|#0:db.Orders.RemoveRange(db.Orders.ToList())|};
                {|#1:db.Orders.Where(o => o.Created < cutoff).ExecuteDelete()|};
                {|#2:query.ExecuteDelete()|};
                {|AM2031:db.Orders.ExecuteDelete()|};
                await db.SaveChangesAsync();
            }
        }
        """, AutoMode.Analyzers.Tests.Infrastructure.TestReferences.WithPackages(("Microsoft.EntityFrameworkCore.Relational", EfVersion), ("NUnit", "4.4.0")),
        Expect<BulkOperationAnalyzer>("AM2035").WithLocation(0).WithArguments("RemoveRange", "removes every entity of 'Orders' in a test project: a test resetting its own database, so Medium; the same delete in an application is High (AM2032)"),
        Expect<BulkOperationAnalyzer>("AM2035").WithLocation(1).WithArguments("ExecuteDelete", "deletes the rows the query selects in a test project: a test resetting its own database, so Medium; the same delete in an application is High (AM2032)"),
        Expect<BulkOperationAnalyzer>("AM2035").WithLocation(2));

    [Test]
    public Task RemoveRange_OverAWholeSet_IsHigh() => Bulk("""
        {|AM2032:db.Orders.RemoveRange(db.Orders)|};
        {|AM2032:db.RemoveRange(db.Orders.ToList())|};
        {|AM2032:db.Orders.RemoveRange(await db.Orders.ToListAsync())|};
        {|AM2034:db.Orders.RemoveRange(db.Orders.Where(o => o.Status == 9))|};
        {|AM2034:db.Orders.RemoveRange(query)|};
        {|AM2034:db.Orders.Remove(db.Orders.First())|};
        """);

    // ---- AM2034 ----

    [Test]
    public Task TrackedDeletes_AreMedium() => Bulk("""
        var order = await db.Orders.SingleAsync(o => o.Id == 1);
        var stale = await db.Orders.Where(o => o.Created < cutoff).ToListAsync();
        {|AM2034:db.Orders.Remove(order)|};
        {|AM2034:db.Orders.RemoveRange(stale)|};
        {|AM2034:db.Orders.RemoveRange(order, order)|};
        {|AM2034:db.Remove(order)|};
        {|AM2034:db.Remove<Order>(order)|};
        {|AM2034:db.RemoveRange(order, order)|};
        {|AM2034:db.Set<Order>().Remove(order)|};
        {|AM2034:db.Orders.Local.Remove(order)|};
        {|AM2034:db.Entry(order).State = EntityState.Deleted|};
        var entry = db.Entry((object)order);
        {|AM2034:entry.State = EntityState.Deleted|};
        await db.SaveChangesAsync();
        """);

    [Test]
    public Task TrackedDeletes_Message_NamesTheSet() => VerifyAsync<BulkOperationAnalyzer>(Model + """

        public static class NotebookCommands
        {
            public static void Delete(ShopContext db, Order order) => {|#0:db.Orders.Remove(order)|};
        }
        """, EfRelational,
        Expect<BulkOperationAnalyzer>("AM2034").WithLocation(0).WithArguments("DbSet.Remove", "the entity it is given (of 'Orders')"));

    [Test]
    public Task TrackedDelete_LookAlikes_AreNotFlagged() => VerifyAsync<BulkOperationAnalyzer>("using System.Collections.Generic;\n" + Model + """

        namespace Fake
        {
            public class DbSet<T> { public void Remove(T item) { } public void RemoveRange(IEnumerable<T> items) { } }
        }

        public class OrderRepository
        {
            public void Remove(Order order) { }
            public void RemoveRange(IEnumerable<Order> orders) { }
        }

        public class Customer { public List<Order> Orders { get; } = new(); }

        public class Jobs
        {
            public async Task Run(ShopContext db, OrderRepository repository, Fake.DbSet<Order> fake, Customer customer, Dictionary<int, Order> cache)
            {
                var order = await db.Orders.SingleAsync(o => o.Id == 1);
                var list = new List<Order> { order };
                list.Remove(order);
                list.RemoveAll(o => o.Status == 0);
                cache.Remove(order.Id);
                repository.Remove(order);
                repository.RemoveRange(list);
                fake.Remove(order);
                fake.RemoveRange(list);
                customer.Orders.Remove(order);
                db.Entry(order).State = EntityState.Modified;
                db.Entry(order).State = EntityState.Detached;
                db.Orders.Add(order);
                db.ChangeTracker.Clear();
                // db.Orders.Remove(order);
                await db.SaveChangesAsync();
            }
        }
        """, EfRelational);

    /// <summary>
    /// jellyfin 46be43ad (minimized): a user's permission rows removed through their own DbSet before the navigation
    /// collection is refilled, in an async method that holds a lock and an <c>await using</c> context.
    /// </summary>
    [Test]
    public Task TrackedDeletes_OfANavigationsRows_ThroughTheirDbSet_AreMedium() => VerifyAsync<BulkOperationAnalyzer>("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;

        public class Permission { public int Id { get; set; } public int Kind { get; set; } }

        public class User
        {
            public Guid Id { get; set; }
            public virtual ICollection<Permission> Permissions { get; private set; } = new HashSet<Permission>();
        }

        public class AppContext : DbContext
        {
            public DbSet<User> Users => Set<User>();
            public DbSet<Permission> Permissions => Set<Permission>();
        }

        public sealed class Lock : IDisposable
        {
            public ValueTask<IDisposable> LockAsync(Guid key) => new(this);
            public void Dispose() { }
        }

        public class UserManager
        {
            private readonly Lock _userLock = new();
            private readonly IDbContextFactory<AppContext> _factory;

            public UserManager(IDbContextFactory<AppContext> factory) => _factory = factory;

            public async Task UpdateUserAsync(User user)
            {
                using (await _userLock.LockAsync(user.Id).ConfigureAwait(false))
                {
                    var dbContext = await _factory.CreateDbContextAsync().ConfigureAwait(false);
                    await using (dbContext.ConfigureAwait(false))
                    {
                        var dbUser = await dbContext.Users.AsTracking().FirstOrDefaultAsync(u => u.Id == user.Id).ConfigureAwait(false)
                            ?? throw new InvalidOperationException(nameof(user.Id));
                        dbContext.Entry(dbUser).CurrentValues.SetValues(user);
                        {|AM2034:dbContext.Permissions.RemoveRange(dbUser.Permissions)|};
                        dbUser.Permissions.Clear();
                        foreach (var permission in user.Permissions)
                        {
                            dbUser.Permissions.Add(new Permission { Kind = permission.Kind });
                        }

                        await dbContext.SaveChangesAsync().ConfigureAwait(false);
                    }
                }
            }
        }
        """, EfRelational);

    /// <summary>
    /// jellyfin 46be43ad as the gate saw it (partly restored project): the entity's type does not resolve, so the
    /// compiler cannot choose between RemoveRange(IEnumerable&lt;T&gt;) and RemoveRange(params T[]) — both delete.
    /// </summary>
    [Test]
    public Task TrackedDelete_WithAnUnresolvedArgument_IsStillReported() => VerifyAsync<BulkOperationAnalyzer>(Model + """

        public class Permission { public int Id { get; set; } }

        public class PermissionContext : DbContext
        {
            public DbSet<Permission> Permissions => Set<Permission>();
        }

        public class UserManager
        {
            public void Update(PermissionContext dbContext, {|CS0246:MissingUser|} dbUser)
            {
                {|AM2034:dbContext.Permissions.RemoveRange(dbUser.Permissions)|};
                {|AM2034:dbContext.Permissions.Remove(dbUser.Permission)|};
                {|AM2034:dbContext.RemoveRange(dbUser.Permissions)|};
                dbContext.Permissions.Add(dbUser.Permission);
                dbUser.Permissions.Clear();
                dbContext.SaveChanges();
            }
        }
        """, EfRelational);

    // jellyfin's CleanDatabaseScheduledTask / PeopleValidationTask and bitwarden's EntityFrameworkCache: deleting rows that
    // nothing references (Count == 0, !Any(), NOT EXISTS) or cache entries past their expiry is a cleanup by contract
    // (AM2035, Medium). A retention purge by another date (Created < cutoff) and a filter on a category stay AM2032.
    // jellyfin's MediaSegmentManager assigns the query in two branches, each filtered by a key: AM2035 too.
    [Test]
    public Task OrphanAndExpiryCleanups_AndKeyFiltersInEveryBranch_AreMedium() => VerifyAsync<BulkOperationAnalyzer>("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;

        public class ItemValue { public int Id { get; set; } public List<ItemMap> Maps { get; set; } = new(); }
        public class ItemMap { public int Id { get; set; } public int ValueId { get; set; } }
        public class CacheItem { public string Id { get; set; } public DateTime ExpiresAtTime { get; set; } public DateTime Created { get; set; } }
        public class Segment { public Guid Id { get; set; } public Guid ItemId { get; set; } public string Provider { get; set; } }

        public class LibraryContext : DbContext
        {
            public DbSet<ItemValue> ItemValues => Set<ItemValue>();
            public DbSet<ItemMap> ItemMaps => Set<ItemMap>();
            public DbSet<CacheItem> Cache => Set<CacheItem>();
            public DbSet<Segment> Segments => Set<Segment>();
        }

        public class Cleanup
        {
            public async Task Run(LibraryContext context, DateTime now, Guid itemId, string provider, bool all)
            {
                await {|AM2035:context.ItemValues.Where(e => e.Maps.Count == 0).ExecuteDeleteAsync()|};
                {|AM2035:context.ItemValues.Where(e => !e.Maps.Any()).ExecuteDelete()|};
                {|AM2035:context.ItemValues.Where(v => !context.ItemMaps.Any(m => m.ValueId == v.Id)).ExecuteDelete()|};
                {|AM2035:context.Cache.Where(c => now > c.ExpiresAtTime).ExecuteDelete()|};
                {|AM2032:context.Cache.Where(c => c.Created < now).ExecuteDelete()|};
                {|AM2032:context.ItemValues.Where(e => e.Maps.Any()).ExecuteDelete()|};

                IQueryable<Segment> existing;
                if (all)
                {
                    existing = context.Segments.Where(e => e.ItemId == itemId);
                }
                else
                {
                    existing = context.Segments.Where(e => e.ItemId == itemId && e.Provider == provider);
                }

                await {|AM2035:existing.ExecuteDeleteAsync()|};

                IQueryable<Segment> other = context.Segments.Where(e => e.ItemId == itemId);
                if (all)
                {
                    other = context.Segments;
                }

                {|AM2032:other.ExecuteDelete()|};
            }
        }
        """, EfRelational);

    // eShop's MigrateDbContextExtensions: a private hosted service nested in the same class calls the extension that
    // migrates. One pattern, reported once at the Migrate, not again at the hosted service's call.
    [Test]
    public Task StartupCallInTheSameTypeAsTheMigrate_IsReportedOnce() => Lifecycle(Model + """

        public static class MigrateDbContextExtensions
        {
            public static async Task MigrateDbContextAsync(this IServiceProvider services, ShopContext db)
            {
                await {|AM2023:db.Database.MigrateAsync()|};
            }

            private class MigrationHostedService(IServiceProvider serviceProvider, ShopContext db) : Microsoft.Extensions.Hosting.BackgroundService
            {
                public override Task StartAsync(System.Threading.CancellationToken cancellationToken) => serviceProvider.MigrateDbContextAsync(db);

                protected override Task ExecuteAsync(System.Threading.CancellationToken stoppingToken) => Task.CompletedTask;
            }
        }
        """, Infrastructure.TestReferences.WithPackages(("Microsoft.EntityFrameworkCore.Relational", EfVersion), ("Microsoft.Extensions.Hosting.Abstractions", EfVersion)));
}
