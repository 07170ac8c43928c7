using MentorGraph.Api.Data;
using MentorGraph.Api.Features.Events;
using MentorGraph.Api.Features.Mentors;
using MentorGraph.Api.Features.Opportunities;
using MentorGraph.Api.Features.Organisations;
using MentorGraph.Api.Features.Programmes;
using MentorGraph.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features;

/// <summary>
/// The node types of the network's public data, registered once so that every feature refers
/// to an organisation, programme, mentor, event or opportunity through the same per-request
/// loader (one batched query per type, whatever the page size). Node types that hold personal
/// data (mentees, mentorships, applications) are registered by their features, whose fetches
/// apply the privacy rules.
/// </summary>
public sealed class DomainNodes
{
    public DomainNodes()
    {
        Organization = Registry.Register<Organisation, Guid>("Organization", o => o.Id, (ids, services, ct) =>
            FetchAsync(services, db => db.Organisations, o => ids.Contains(o.Id), o => o.Id, ct));
        Program = Registry.Register<Programme, Guid>("Program", p => p.Id, (ids, services, ct) =>
            FetchAsync(services, db => db.Programmes, p => ids.Contains(p.Id), p => p.Id, ct));

        // A mentor outside the public directory is not found by id either: their profile is
        // shown to the staff of their programmes through those programmes, not by node lookup.
        Mentor = Registry.Register<Mentor, Guid>("Mentor", m => m.Id, (ids, services, ct) =>
            FetchAsync(services, db => db.Mentors, m => ids.Contains(m.Id) && m.IsInPublicDirectory, m => m.Id, ct));
        Event = Registry.Register<Event, Guid>("Event", e => e.Id, (ids, services, ct) =>
            FetchAsync(services, db => db.Events, e => ids.Contains(e.Id), e => e.Id, ct));
        Opportunity = Registry.Register<Opportunity, Guid>("Opportunity", o => o.Id, (ids, services, ct) =>
            FetchAsync(services, db => db.Opportunities, o => ids.Contains(o.Id), o => o.Id, ct));
    }

    public NodeRegistry Registry { get; } = new();

    public NodeType<Organisation, Guid> Organization { get; }

    public NodeType<Programme, Guid> Program { get; }

    public NodeType<Mentor, Guid> Mentor { get; }

    public NodeType<Event, Guid> Event { get; }

    public NodeType<Opportunity, Guid> Opportunity { get; }

    /// <summary>
    /// Loads one batch with a short-lived context of its own: sibling resolvers run
    /// concurrently, and one DbContext cannot serve two queries at once.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, TNode>> FetchAsync<TNode>(
        IServiceProvider services,
        Func<MentorGraphDbContext, IQueryable<TNode>> set,
        System.Linq.Expressions.Expression<Func<TNode, bool>> predicate,
        Func<TNode, Guid> key,
        CancellationToken cancellationToken)
        where TNode : class
    {
        var factory = services.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await set(db).AsNoTracking().Where(predicate).ToDictionaryAsync(key, cancellationToken);
    }
}
