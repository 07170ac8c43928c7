namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>What every named type's builder has: a name, a description and applied directives.</summary>
public abstract class NamedTypeBuilder
{
    private protected NamedTypeBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    public string Name { get; }

    internal string? DescriptionText { get; set; }

    internal List<DirectiveApplication> Directives { get; } = [];

    internal Dictionary<string, object?> MetadataEntries { get; } = new(StringComparer.Ordinal);
}
