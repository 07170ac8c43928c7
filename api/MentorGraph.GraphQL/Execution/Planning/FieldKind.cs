namespace MentorGraph.GraphQL.Execution;

/// <summary>How the executor finds a field's value, decided when the field is planned.</summary>
internal enum FieldKind
{
    /// <summary>The field has a resolver; it gets a context and may be asynchronous.</summary>
    Resolver,

    /// <summary>No resolver: the default resolver reads the parent without a context (a property, dictionary entry or JSON member).</summary>
    Default,

    /// <summary><c>__typename</c> (spec 4.4): the name of the object type, known from the plan.</summary>
    TypeName,
}
