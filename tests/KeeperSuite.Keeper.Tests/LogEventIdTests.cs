using System.Reflection;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Ethereum.Resilience;
using Microsoft.Extensions.Logging;

namespace KeeperSuite.Keeper.Tests;

/// <summary>Log lines a dashboard or an alert keys on have a stable EventId, unique across the keeper's assemblies.</summary>
public sealed class LogEventIdTests
{
    private static readonly Assembly[] KeeperAssemblies = [typeof(KeeperWorker).Assembly, typeof(KeeperOptions).Assembly, typeof(RpcOptions).Assembly];

    private static IEnumerable<(MethodInfo Method, LoggerMessageAttribute Attribute)> LogMethods() =>
        from assembly in KeeperAssemblies
        from type in assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
        let attribute = method.GetCustomAttribute<LoggerMessageAttribute>()
        where attribute is not null
        select (method, attribute);

    [Fact]
    public void Declared_event_ids_are_unique_across_the_keeper()
    {
        var declared = LogMethods().Where(m => m.Attribute.EventId > 0).ToList();
        Assert.NotEmpty(declared);
        var duplicates = declared.GroupBy(m => m.Attribute.EventId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => $"{m.Method.DeclaringType!.Name}.{m.Method.Name}"))}");
        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData("KeeperWorker", "LogPassFailed")]
    [InlineData("KeeperWorker", "LogRecoveryFailed")]
    [InlineData("DebtAssetBalance", "LogUnread")]
    [InlineData("HealthScanner", "LogBatchFailed")]
    [InlineData("NewHeadsSubscription", "LogUnavailable")]
    [InlineData("TransactionManager", "LogSendFailed")]
    [InlineData("LogIndexer", "LogRangeRefused")]
    [InlineData("InventorySeller", "LogSaleSimulationFailed")]
    public void A_failure_warning_carries_the_exception_and_every_log_of_its_class_has_an_event_id(string type, string method)
    {
        var methods = LogMethods().Where(m => m.Method.DeclaringType!.Name == type).ToList();
        Assert.NotEmpty(methods);
        Assert.All(methods, m => Assert.True(m.Attribute.EventId > 0, $"{type}.{m.Method.Name} has no EventId"));
        var failure = Assert.Single(methods, m => m.Method.Name == method).Method;
        Assert.Contains(failure.GetParameters(), p => p.ParameterType == typeof(Exception));
    }
}
