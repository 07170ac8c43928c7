using System.ComponentModel;
using System.Reflection;
using System.Text;

namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>
/// Describes an enum type (spec 3.9), by hand or from a CLR enum. A CLR member
/// <c>InProgress</c> becomes the value <c>IN_PROGRESS</c> whose internal value is the member;
/// <see cref="DescriptionAttribute"/> gives its description and <see cref="ObsoleteAttribute"/> deprecates it.
/// </summary>
public sealed class EnumTypeBuilder : NamedTypeBuilder
{
    internal EnumTypeBuilder(string name)
        : base(name)
    {
    }

    internal List<EnumValueBuilder> Values { get; } = [];

    public EnumTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a value; its internal value is <paramref name="value"/>, or its name by default.</summary>
    public EnumTypeBuilder Value(string name, object? value = null, Action<EnumValueBuilder>? configure = null)
    {
        var builder = new EnumValueBuilder(name, value);
        configure?.Invoke(builder);
        Values.Add(builder);
        return this;
    }

    /// <summary>Configures the value added for a CLR enum member.</summary>
    public EnumTypeBuilder Value(Enum member, Action<EnumValueBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(member);
        var builder = Values.FirstOrDefault(value => member.Equals(value.Value))
            ?? throw new ArgumentException($"The enum {Name} has no value for {member}.", nameof(member));
        configure(builder);
        return this;
    }

    public EnumTypeBuilder Directive(string name, object? arguments = null)
    {
        Directives.Add(DirectiveApplication.From(name, arguments));
        return this;
    }

    internal static EnumTypeBuilder FromClrEnum(Type enumType, string name)
    {
        var builder = new EnumTypeBuilder(name);
        if (enumType.GetCustomAttribute<DescriptionAttribute>() is { } typeDescription)
        {
            builder.Description(typeDescription.Description);
        }

        foreach (var field in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            builder.Value(ScreamingCase(field.Name), field.GetValue(null), value =>
            {
                if (field.GetCustomAttribute<DescriptionAttribute>() is { } description)
                {
                    value.Description(description.Description);
                }

                if (field.GetCustomAttribute<ObsoleteAttribute>() is { } obsolete)
                {
                    value.Deprecated(obsolete.Message ?? SpecifiedDirectives.DefaultDeprecationReason);
                }
            });
        }

        return builder;
    }

    /// <summary>
    /// <c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPServer</c> → <c>HTTP_SERVER</c>, <c>Level2</c> → <c>LEVEL2</c>:
    /// the spelling the GraphQL community uses for enum values.
    /// </summary>
    public static string ScreamingCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && name[i - 1] != '_'
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
