namespace MentorGraph.Api.Tests.Data;

/// <summary>
/// A test that needs the PostgreSQL cluster <c>./test.sh</c> starts. Without
/// <see cref="ConnectionStringVariable"/> it is skipped on a developer's machine, but under CI
/// (<c>CI=true</c>) it runs and fails with a message saying what is missing: a CI run must
/// never pass by skipping the database tests.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string ConnectionStringVariable = "MENTORGRAPH_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (ConnectionString is null && !IsCi)
        {
            Skip = $"{ConnectionStringVariable} is not set: run ./test.sh, which starts a test PostgreSQL cluster.";
        }
    }

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value ? value : null;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException(
            $"{ConnectionStringVariable} is not set, and CI=true: PostgreSQL tests may not be skipped in CI. "
            + "./test.sh starts a test cluster and sets it (MENTORGRAPH_WITH_POSTGRES must not be 0).");
}
