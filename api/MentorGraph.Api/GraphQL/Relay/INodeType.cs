using MentorGraph.GraphQL.Execution;

namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>A node type as <c>node(id:)</c> sees it, whatever its key type.</summary>
public interface INodeType
{
    /// <summary>The GraphQL object type name, which is also the type name inside its IDs.</summary>
    string TypeName { get; }

    /// <summary>The CLR type of its values, used to name the object type behind the <c>Node</c> interface.</summary>
    Type ClrType { get; }

    /// <summary>Whether the local part of an ID is a key of this type (an int for int keys, a Guid for Guid keys).</summary>
    bool IsKey(string localId);

    /// <summary>Loads a node by the local part of its ID through the request's DataLoader of this type.</summary>
    /// <exception cref="MentorGraph.GraphQL.GraphQLError">The local ID is not a key of this type (<c>BAD_USER_INPUT</c>).</exception>
    Task<object?> LoadAsync(IResolveFieldContext context, GlobalId id);
}
