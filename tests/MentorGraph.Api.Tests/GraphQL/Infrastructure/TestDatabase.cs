using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests.GraphQL.Infrastructure;

/// <summary>
/// An in-memory SQLite database (alive as long as its connection) with twelve mentors, three
/// organisations and five events, and the SQL every query sent to it.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public TestDatabase()
    {
        _connection.Open();
        Context = new TestDbContext(new DbContextOptionsBuilder<TestDbContext>().UseSqlite(_connection).AddInterceptors(Sql).Options);
        Context.Database.EnsureCreated();
        Seed();
        Context.ChangeTracker.Clear();
        Sql.Clear();
        Services = new ServiceCollection().AddSingleton(Context).AddSingleton(FetchLog).BuildServiceProvider();
    }

    public SqlCapture Sql { get; } = new();

    public TestDbContext Context { get; }

    public FetchLog FetchLog { get; } = new();

    public IServiceProvider Services { get; }

    public static Guid EventId(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    public void Dispose()
    {
        Context.Dispose();
        _connection.Dispose();
    }

    private void Seed()
    {
        var welcome = new TestOrganisation { Id = 1, Slug = "refugee-welcome", Name = "Refugee Welcome" };
        var bridges = new TestOrganisation { Id = 2, Slug = "bridges", Name = "Bridges" };
        Context.Organisations.AddRange(welcome, bridges, new TestOrganisation { Id = 3, Slug = "uni-north", Name = "University North" });
        (string Name, string? Headline, int Years, TestLevel Level, TestOrganisation? Organisation, string[] Languages)[] mentors =
        [
            ("Amina", "Nurse", 12, TestLevel.C1, welcome, ["ar", "en"]),
            ("Bashir", null, 3, TestLevel.B1, welcome, ["ps", "fa"]),
            ("Chloe", "Engineer", 20, TestLevel.C2, bridges, ["fr", "en"]),
            ("Dawit", "Electrician", 7, TestLevel.B2, null, ["ti"]),
            ("Elena", null, 15, TestLevel.C1, bridges, ["uk", "de"]),
            ("Farah", "Teacher", 5, TestLevel.A2, welcome, ["ar"]),
            ("Gustav", "Chef", 25, TestLevel.C2, null, []),
            ("Hana", null, 9, TestLevel.B2, bridges, ["so", "en"]),
            ("Ines", "Lawyer", 12, TestLevel.C1, null, ["es"]),
            ("Jamal", "Nurse", 1, TestLevel.A1, welcome, ["ar", "de"]),
            ("Kateryna", "Developer", 8, TestLevel.B2, bridges, ["uk"]),
            ("Liam", null, 12, TestLevel.B1, null, ["en"]),
        ];
        var languageId = 1;
        for (var i = 0; i < mentors.Length; i++)
        {
            var (name, headline, years, level, organisation, languages) = mentors[i];
            Context.Mentors.Add(new TestMentor
            {
                Id = i + 1,
                Name = name,
                Headline = headline,
                Years = years,
                Level = level,
                IsPublic = i % 4 != 3,
                Organisation = organisation,
                Languages = [.. languages.Select((code, index) => new TestLanguage { Id = languageId++, Code = code, Level = index == 0 ? TestLevel.C2 : level })],
            });
        }

        for (var n = 1; n <= 5; n++)
        {
            Context.Events.Add(new TestEvent { Id = EventId(n), Title = $"Career fair {n}", Seats = n % 2 == 0 ? null : n * 10 });
        }

        Context.SaveChanges();
    }
}
