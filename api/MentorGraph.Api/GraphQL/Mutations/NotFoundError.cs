namespace MentorGraph.Api.GraphQL.Mutations;

/// <summary>The object with this global ID does not exist, or the caller may not see it (the two are not told apart, so IDs cannot be probed).</summary>
public sealed record NotFoundError(string Id, string Message) : DomainError(Message)
{
    public NotFoundError(string id)
        : this(id, $"Nothing with the ID \"{id}\" was found.")
    {
    }
}
