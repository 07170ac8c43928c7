using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MentorGraph.Api.Tests;

/// <summary>
/// The API host for tests, on a SQLite database in a folder of its own that is deleted with
/// the factory, so tests never write into the source tree and never share a database file.
/// The demo network is not seeded unless a test class asks for it (seeding takes seconds).
/// </summary>
public class MentorGraphApiFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentorgraph-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Whether the host seeds the demo network on start-up.</summary>
    protected virtual bool SeedDemoNetwork => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MentorGraph:DataDirectory", _dataDirectory);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoNetworkOnStartup", SeedDemoNetwork ? "true" : "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the OS to clean from the temp folder.
            }
        }
    }
}
