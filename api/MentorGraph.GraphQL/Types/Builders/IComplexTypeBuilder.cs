namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>What the schema builder reads from an object or interface type builder, whatever its concrete type.</summary>
internal interface IComplexTypeBuilder
{
    List<FieldBuilder> Fields { get; }

    List<string> InterfaceNames { get; }
}
