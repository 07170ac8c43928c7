using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace MentorGraph.Api.Data.Migrations;

/// <summary>
/// Reads the migrations embedded from <c>Data/Migrations/&lt;Provider&gt;/NNNN_name.sql</c>
/// (see the csproj's <c>EmbeddedResource</c>), in version order.
/// </summary>
public static partial class MigrationScripts
{
    /// <summary>The prefix of the scripts' logical resource names, set in the csproj.</summary>
    public const string ResourcePrefix = "MentorGraph.Migrations/";

    public static IReadOnlyList<Migration> For(DatabaseProviderKind provider)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var folder = ResourcePrefix + provider + "/";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var normalised = resource.Replace('\\', '/');
            if (!normalised.StartsWith(folder, StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = normalised[folder.Length..];
            var match = FileNamePattern().Match(fileName);
            if (!match.Success)
            {
                throw new MigrationException($"Migration '{fileName}' is not named NNNN_name.sql.");
            }

            var sql = Read(assembly, resource);
            migrations.Add(new Migration(int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["name"].Value, sql, ChecksumOf(sql)));
        }

        migrations.Sort((left, right) => left.Version.CompareTo(right.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new MigrationException(
                    $"The {provider} migrations must be numbered 1, 2, 3... without gaps or repeats; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        return migrations;
    }

    public static string ChecksumOf(string sql)
    {
        var normalised = sql.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}
