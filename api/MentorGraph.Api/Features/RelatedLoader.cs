using MentorGraph.Api.Data;
using MentorGraph.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Features;

/// <summary>
/// One-to-many references (a programme's sector tracks, a mentor's programmes) as per-request
/// grouped DataLoaders: each relation is one query per step of execution, whatever the page size,
/// on a short-lived context of its own like <see cref="DomainNodes.FetchAsync"/>.
/// </summary>
public static class RelatedLoader
{
    public static Task<IReadOnlyList<TValue>> LoadAsync<TValue>(
        IResolveFieldContext context,
        string relation,
        Guid key,
        Func<MentorGraphDbContext, IReadOnlyList<Guid>, CancellationToken, Task<ILookup<Guid, TValue>>> fetch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(fetch);
        var loader = context.GetDataLoader(relation, () =>
        {
            var services = context.Services
                ?? throw new InvalidOperationException($"Loading {relation} needs the request's services (GraphQLRequest.Services).");
            return new GroupedDataLoader<Guid, TValue>(async (keys, cancellationToken) =>
            {
                var factory = services.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>();
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                return await fetch(db, keys, cancellationToken);
            });
        });
        return loader.LoadAsync(key);
    }

    /// <summary>Runs <paramref name="resolve"/> with a short-lived context: root lists run concurrently with their siblings.</summary>
    public static async ValueTask<object?> WithContextAsync<TResult>(IResolveFieldContext context, Func<MentorGraphDbContext, Task<TResult>> resolve)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resolve);
        var services = context.Services ?? throw new InvalidOperationException("Root lists need the request's services (GraphQLRequest.Services).");
        var factory = services.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>();
        await using var db = await factory.CreateDbContextAsync(context.CancellationToken);
        return await resolve(db);
    }
}
