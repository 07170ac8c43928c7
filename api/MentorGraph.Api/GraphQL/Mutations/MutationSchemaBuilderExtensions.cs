using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.GraphQL.Mutations;

/// <summary>
/// The mutation convention: <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c>, where the payload
/// carries the result and <c>errors: [VerbNounError!]!</c>, a union of typed errors that all implement
/// <c>interface Error { message: String! }</c>.
/// <code>
/// builder.AddMutationConventions()
///     .AddMutation&lt;Registration&gt;("registerForEvent", m =&gt; m
///         .Input(i =&gt; i.Field("eventId", "ID!").Field("menteeId", "ID!"))
///         .Result("registration", "Registration")
///         .Errors("NotFoundError", "CapacityReachedError", "ConsentRequiredError")
///         .Resolve(async (input, context) =&gt; ...));
/// </code>
/// </summary>
public static class MutationSchemaBuilderExtensions
{
    /// <summary>Adds the <c>Error</c> interface and the common errors: ValidationError, NotFoundError, CapacityReachedError, ConsentRequiredError.</summary>
    public static SchemaBuilder AddMutationConventions(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ConventionTypes.Once(builder, "Error", b => b.InterfaceType("Error", t => t
            .Description("An expected failure of a mutation; its __typename says which.")
            .Field("message", "String!", f => f.Description("For developers, in English; clients show their own text per error type."))));
        return builder
            .AddErrorType<ValidationError>("ValidationError", t => t
                .Description("An input field's value is not acceptable.")
                .Field("field", "String!", e => e.Field, f => f.Description("The path of the input field, such as title or languages[1].code."))
                .Field("code", "String!", e => e.Code, f => f.Description("REQUIRED, TOO_LONG, INVALID_FORMAT, OUT_OF_RANGE, ...")))
            .AddErrorType<NotFoundError>("NotFoundError", t => t
                .Description("Nothing with this ID exists that the caller may see.")
                .Field("id", "ID!", e => e.Id))
            .AddErrorType<CapacityReachedError>("CapacityReachedError", t => t
                .Description("Every seat or place is taken.")
                .Field("capacity", "Int!", e => e.Capacity))
            .AddErrorType<ConsentRequiredError>("ConsentRequiredError", t => t
                .Description("The person has not consented to this use of their data.")
                .Field("purpose", "String!", e => e.Purpose));
    }

    /// <summary>Adds an error type: <c>implements Error</c> with its <c>message</c>, plus the fields <paramref name="configure"/> adds.</summary>
    public static SchemaBuilder AddErrorType<TError>(this SchemaBuilder builder, string name, Action<ObjectTypeBuilder<TError>>? configure = null)
        where TError : DomainError =>
        ConventionTypes.Once(builder, name, b => b.ObjectType<TError>(name, t =>
        {
            t.Implements("Error").Field("message", "String!", e => e.Message);
            configure?.Invoke(t);
        }));

    /// <summary>Adds a mutation field with its input, payload and error union types.</summary>
    public static SchemaBuilder AddMutation<T>(this SchemaBuilder builder, string name, Action<MutationBuilder<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        var mutation = new MutationBuilder<T>(name);
        configure(mutation);
        if (mutation.InputFields is null || mutation.ResultField is null || mutation.Resolver is null)
        {
            throw new ArgumentException($"The mutation {name} needs Input, Result and Resolve.", nameof(configure));
        }

        var prefix = mutation.TypePrefix;
        var resolve = mutation.Resolver;
        var errors = mutation.ErrorTypes.Count > 0 ? mutation.ErrorTypes : ["ValidationError"];
        return builder
            .InputType(prefix + "Input", mutation.InputFields)
            .UnionType(prefix + "Error", union => union
                .Description($"The errors {name} can return.")
                .Members([.. errors]))
            .ObjectType<MutationPayload<T>>(prefix + "Payload", t => t
                .Description($"The outcome of {name}: {mutation.ResultField} on success, errors otherwise.")
                .Field(mutation.ResultField, mutation.ResultType!, p => p.Value, f => f.Description("Null when the mutation failed."))
                .Field("errors", $"[{prefix}Error!]!", p => p.Errors, f => f.Description("Why the mutation failed; empty on success.")))
            .Mutation(m => m.Field(name, prefix + "Payload!", async context =>
            {
                var input = new MutationInput((IReadOnlyDictionary<string, object?>)context.Arguments["input"]!);
                var result = await resolve(input, context).ConfigureAwait(false);
                return new MutationPayload<T>(result.Value, result.Errors);
            }, f =>
            {
                f.Argument("input", prefix + "Input!");
                if (mutation.DescriptionText is not null)
                {
                    f.Description(mutation.DescriptionText);
                }
            }));
    }
}
