using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Mutations;

/// <summary>Describes one mutation of the <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c> convention.</summary>
public sealed class MutationBuilder<T>
{
    internal MutationBuilder(string name)
    {
        Name = name;
        TypePrefix = char.ToUpperInvariant(name[0]) + name[1..];
    }

    public string Name { get; }

    /// <summary><c>RegisterForEvent</c> for <c>registerForEvent</c>: the start of the input, payload and error type names.</summary>
    public string TypePrefix { get; }

    internal string? DescriptionText { get; private set; }

    internal Action<InputObjectTypeBuilder>? InputFields { get; private set; }

    internal string? ResultField { get; private set; }

    internal string? ResultType { get; private set; }

    internal List<string> ErrorTypes { get; } = [];

    internal Func<MutationInput, IResolveFieldContext, Task<MutationResult<T>>>? Resolver { get; private set; }

    public MutationBuilder<T> Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>The fields of <c>{TypePrefix}Input</c>.</summary>
    public MutationBuilder<T> Input(Action<InputObjectTypeBuilder> fields)
    {
        InputFields = fields ?? throw new ArgumentNullException(nameof(fields));
        return this;
    }

    /// <summary>The payload's result field, such as <c>registration: Registration</c>; null when the mutation fails.</summary>
    public MutationBuilder<T> Result(string field, string type)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentException.ThrowIfNullOrEmpty(type);
        ResultField = field;
        ResultType = type.TrimEnd('!');
        return this;
    }

    /// <summary>The error types this mutation can return: the members of <c>{TypePrefix}Error</c> (ValidationError alone if none are named).</summary>
    public MutationBuilder<T> Errors(params string[] errorTypes)
    {
        ErrorTypes.AddRange(errorTypes);
        return this;
    }

    public MutationBuilder<T> Resolve(Func<MutationInput, IResolveFieldContext, Task<MutationResult<T>>> resolve)
    {
        Resolver = resolve ?? throw new ArgumentNullException(nameof(resolve));
        return this;
    }
}
