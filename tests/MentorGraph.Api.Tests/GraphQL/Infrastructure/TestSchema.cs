using MentorGraph.Api.GraphQL.Filtering;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.Api.GraphQL.Sorting;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests.GraphQL.Infrastructure;

/// <summary>A small schema over the test entities, declared with the conventions as the domain schema will be.</summary>
public static class TestSchema
{
    public static readonly FilterDefinition<TestOrganisation> OrganisationFilter = new FilterDefinition<TestOrganisation>("Organisation")
        .Field("slug", o => o.Slug)
        .Field("name", o => o.Name);

    public static readonly FilterDefinition<TestLanguage> LanguageFilter = new FilterDefinition<TestLanguage>("Language")
        .Field("code", l => l.Code)
        .Field("level", l => l.Level, "Level");

    public static readonly FilterDefinition<TestMentor> MentorFilter = new FilterDefinition<TestMentor>("Mentor")
        .Id<int>("id", m => m.Id, "Mentor")
        .Field("name", m => m.Name)
        .Field("headline", m => m.Headline)
        .Field("years", m => m.Years)
        .Field("level", m => m.Level, "Level")
        .Field("isPublic", m => m.IsPublic)
        .Id<int>("organisationId", m => m.OrganisationId, "Organisation")
        .Object("organisation", m => m.Organisation, OrganisationFilter)
        .List("languages", m => m.Languages, LanguageFilter)
        .Custom<string>("speaks", "String", code => m => m.Languages.Any(l => l.Code == code), "Speaks the language with this ISO 639 code.");

    public static readonly SortDefinition<TestMentor> MentorOrder = new SortDefinition<TestMentor>("Mentor")
        .Field("name", m => m.Name)
        .Field("headline", m => m.Headline)
        .Field("years", m => m.Years)
        .Field("level", m => m.Level)
        .Field("organisationName", m => m.Organisation!.Name);

    public static readonly ConnectionDefinition<TestMentor> Mentors =
        new ConnectionDefinition<TestMentor>("Mentor", m => m.Id, new PagingOptions { DefaultPageSize = 5, MaxPageSize = 100 })
            .WithFilter(MentorFilter)
            .WithSort(MentorOrder);

    public static readonly SortDefinition<TestEvent> EventOrder = new SortDefinition<TestEvent>("Event")
        .Field("title", e => e.Title)
        .Field("seats", e => e.Seats)
        .DefaultOrder("title", SortDirection.Descending);

    public static readonly ConnectionDefinition<TestEvent> Events = new ConnectionDefinition<TestEvent>("Event", e => e.Id).WithSort(EventOrder);

    public static Schema Build(NodeRegistry? registry = null) => Build(registry ?? new NodeRegistry(), out _, out _);

    public static Schema Build(NodeRegistry nodes, out NodeType<TestMentor, int> mentorNode, out NodeType<TestOrganisation, int> organisationNode)
    {
        var mentor = nodes.Register<TestMentor, int>("Mentor", m => m.Id, (ids, services, ct) => FetchAsync(services, "Mentor", ids, db => db.Mentors.Where(m => ids.Contains(m.Id)), m => m.Id, ct));
        var organisation = nodes.Register<TestOrganisation, int>("Organisation", o => o.Id, (ids, services, ct) => FetchAsync(services, "Organisation", ids, db => db.Organisations.Where(o => ids.Contains(o.Id)), o => o.Id, ct));
        var @event = nodes.Register<TestEvent, Guid>("Event", e => e.Id, (ids, services, ct) => FetchAsync(services, "Event", ids, db => db.Events.Where(e => ids.Contains(e.Id)), e => e.Id, ct));
        mentorNode = mentor;
        organisationNode = organisation;
        return new SchemaBuilder()
            .AddNodeInterface(nodes)
            .EnumType<TestLevel>("Level")
            .ObjectType<TestMentor>("Mentor", t => t
                .ImplementsNode(mentor)
                .Field("name", "String!", m => m.Name)
                .Field("headline", "String", m => m.Headline)
                .Field("years", "Int!", m => m.Years)
                .Field("level", "Level!", m => m.Level)
                .Field("organisation", "Organisation", (m, context) => m.OrganisationId is int id ? organisation.LoadAsync(context, id) : null))
            .ObjectType<TestOrganisation>("Organisation", t => t
                .ImplementsNode(organisation)
                .Field("slug", "String!", o => o.Slug)
                .Field("name", "String!", o => o.Name))
            .ObjectType<TestEvent>("Event", t => t
                .ImplementsNode(@event)
                .Field("title", "String!", e => e.Title)
                .Field("seats", "Int", e => e.Seats))
            .AddConnectionTypes(Mentors)
            .AddConnectionTypes(Events)
            .Query(q => q
                .Connection("mentors", Mentors, context => Db(context).Mentors)
                .Connection("events", Events, context => Db(context).Events))
            .Build();
    }

    private static TestDbContext Db(IResolveFieldContext context) => context.Services!.GetRequiredService<TestDbContext>();

    private static async Task<IReadOnlyDictionary<TKey, TEntity>> FetchAsync<TKey, TEntity>(
        IServiceProvider services,
        string type,
        IReadOnlyList<TKey> keys,
        Func<TestDbContext, IQueryable<TEntity>> query,
        Func<TEntity, TKey> key,
        CancellationToken cancellationToken)
        where TKey : notnull
        where TEntity : class
    {
        var log = services.GetRequiredService<FetchLog>();
        log.Record(type, keys);
        await log.Gate.WaitAsync(cancellationToken);
        try
        {
            var db = services.GetRequiredService<TestDbContext>();
            return await query(db).AsNoTracking().ToDictionaryAsync(key, cancellationToken);
        }
        finally
        {
            log.Gate.Release();
        }
    }
}
