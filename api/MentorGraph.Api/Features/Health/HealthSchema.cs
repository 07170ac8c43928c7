using System.Reflection;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types.Builders;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MentorGraph.Api.Features.Health;

/// <summary>
/// <c>health</c>: the same checks as <c>/healthz</c>, for clients that only speak GraphQL, with
/// the version of the API that answered.
/// </summary>
public static class HealthSchema
{
    private static readonly string _version =
        typeof(HealthSchema).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(HealthSchema).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    public static SchemaBuilder AddHealth(this SchemaBuilder schema) => schema
        .Query(query => query.Field("health", "Health!", ResolveHealthAsync, field => field
            .Description("Whether the API and what it depends on are healthy.")))
        .ObjectType<HealthReport>("Health", type => type
            .Description("The outcome of the API's health checks.")
            .Field("status", "HealthStatus!", report => report.Status)
            .Field("version", "String!", _ => _version, field => field.Description("The version of the API that answered."))
            .Field("checkedAt", "DateTime!", _ => DateTimeOffset.UtcNow, field => field.Description("When the checks ran.")))
        .EnumType<HealthStatus>("HealthStatus", type => type.Description("HEALTHY, DEGRADED (working, with a problem) or UNHEALTHY."));

    private static async ValueTask<object?> ResolveHealthAsync(IResolveFieldContext context)
    {
        // Without the host's services (a schema printed by the CLI) there is nothing to check.
        if (context.Services?.GetService(typeof(HealthCheckService)) is not HealthCheckService checks)
        {
            return new HealthReport(new Dictionary<string, HealthReportEntry>(), TimeSpan.Zero);
        }

        return await checks.CheckHealthAsync(context.CancellationToken);
    }
}
