using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>What the schema builder reads from either form of object type builder.</summary>
internal interface IObjectTypeBuilder
{
    Type? ClrType { get; }

    Func<object, IResolveFieldContext, bool>? IsTypeOfCheck { get; }
}
