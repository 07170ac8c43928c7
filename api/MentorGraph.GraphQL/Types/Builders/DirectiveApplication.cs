using System.Reflection;

namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>A directive applied in code: its name and its arguments as C# values, converted to literals at build time.</summary>
internal sealed record DirectiveApplication(string Name, IReadOnlyList<KeyValuePair<string, object?>> Arguments)
{
    /// <summary>Arguments may be an anonymous object (<c>new { fields = "id" }</c>) or a dictionary.</summary>
    public static DirectiveApplication From(string name, object? arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        IReadOnlyList<KeyValuePair<string, object?>> list = arguments switch
        {
            null => [],
            IEnumerable<KeyValuePair<string, object?>> pairs => [.. pairs],
            _ => [.. arguments.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(property => new KeyValuePair<string, object?>(property.Name, property.GetValue(arguments)))],
        };
        return new DirectiveApplication(name.TrimStart('@'), list);
    }
}
