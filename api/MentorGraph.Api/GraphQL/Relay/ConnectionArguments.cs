using MentorGraph.GraphQL.Execution;

namespace MentorGraph.Api.GraphQL.Relay;

/// <summary>
/// The paging arguments of a connection field (Relay Cursor Connections spec, "Arguments"):
/// <c>first</c>/<c>after</c> page forward, <c>last</c>/<c>before</c> page backward.
/// </summary>
public sealed record ConnectionArguments(int? First, string? After, int? Last, string? Before)
{
    /// <summary>Reads and checks the arguments of the field being resolved.</summary>
    /// <exception cref="MentorGraph.GraphQL.GraphQLError">
    /// <c>first</c> or <c>last</c> is negative or above <see cref="PagingOptions.MaxPageSize"/> (<c>BAD_USER_INPUT</c>).
    /// </exception>
    public static ConnectionArguments From(IResolveFieldContext context, PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var arguments = new ConnectionArguments(
            context.Arguments.GetValueOrDefault("first") as int?,
            context.Arguments.GetValueOrDefault("after") as string,
            context.Arguments.GetValueOrDefault("last") as int?,
            context.Arguments.GetValueOrDefault("before") as string);
        Check("first", arguments.First, options);
        Check("last", arguments.Last, options);
        return arguments;
    }

    private static void Check(string name, int? size, PagingOptions options)
    {
        if (size < 0)
        {
            throw UserInputError.Create($"\"{name}\" cannot be negative; it was {size}.");
        }

        if (size > options.MaxPageSize)
        {
            throw UserInputError.Create($"\"{name}\" can be at most {options.MaxPageSize}; it was {size}. Page through the list with the end cursor instead.");
        }
    }
}
