using System.Text;
using MentorGraph.GraphQL.Introspection;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Utilities;

/// <summary>
/// Prints a schema as canonical SDL, as graphql-js's <c>printSchema</c> does: the schema
/// definition only when a description or non-default root type names need it, then custom
/// directives, then every type except the specified scalars and introspection types;
/// descriptions as block strings; <c>@deprecated</c> (with its reason when not the default),
/// <c>@specifiedBy</c> and <c>@oneOf</c>. Building a schema from the output and printing it
/// again gives the same text.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema, SchemaPrinterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        options ??= SchemaPrinterOptions.Default;
        var printer = new SdlWriter(options);
        var parts = new List<string>();
        if (printer.SchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(printer.Sort(schema.DirectiveDefinitions.Where(directive => !directive.IsSpecifiedDirective), directive => directive.Name).Select(printer.Directive));
        parts.AddRange(printer.Sort(schema.Types.Values.Where(IsDefinedType), type => type.Name).Select(printer.Type));
        return string.Join("\n\n", parts);
    }

    private static bool IsDefinedType(NamedType type) =>
        !(type is ScalarType scalar && scalar.IsSpecifiedScalar) && !IntrospectionTypes.All.Contains(type);

    private sealed class SdlWriter(SchemaPrinterOptions options)
    {
        // Printed from the type objects' own properties, so never twice.
        private static readonly HashSet<string> _printedByTheirOwnRules = new(StringComparer.Ordinal) { "deprecated", "specifiedBy", "oneOf" };

        public IEnumerable<T> Sort<T>(IEnumerable<T> items, Func<T, string> name) =>
            options.SortLexicographically ? items.OrderBy(name, StringComparer.Ordinal) : items;

        public string? SchemaDefinition(Schema schema)
        {
            var directives = Applied(schema.Directives);
            var commonNames = (schema.QueryType is null || schema.QueryType.Name == "Query")
                && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
                && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
            if (schema.Description is null && commonNames && directives.Length == 0)
            {
                return null;
            }

            var operations = new List<string>();
            if (schema.QueryType is not null)
            {
                operations.Add($"  query: {schema.QueryType.Name}");
            }

            if (schema.MutationType is not null)
            {
                operations.Add($"  mutation: {schema.MutationType.Name}");
            }

            if (schema.SubscriptionType is not null)
            {
                operations.Add($"  subscription: {schema.SubscriptionType.Name}");
            }

            return Description(schema.Description) + "schema" + directives + (operations.Count > 0 ? " {\n" + string.Join('\n', operations) + "\n}" : string.Empty);
        }

        public string Directive(DirectiveDefinition directive) =>
            Description(directive.Description)
            + "directive @" + directive.Name
            + Arguments(directive.Arguments, string.Empty)
            + (directive.IsRepeatable ? " repeatable" : string.Empty)
            + " on " + string.Join(" | ", directive.Locations.Select(IntrospectionTypes.LocationName));

        public string Type(NamedType type) => type switch
        {
            ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar) + Applied(scalar.Directives),
            ObjectType objectType => Description(objectType.Description) + "type " + objectType.Name + Implements(objectType) + Applied(objectType.Directives) + Fields(objectType),
            InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Applied(iface.Directives) + Fields(iface),
            UnionType union => Description(union.Description) + "union " + union.Name + Applied(union.Directives)
                + (union.Types.Count > 0 ? " = " + string.Join(" | ", Sort(union.Types, member => member.Name).Select(member => member.Name)) : string.Empty),
            EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Applied(enumType.Directives)
                + Block(Sort(enumType.Values, value => value.Name).Select((value, i) =>
                    Description(value.Description, "  ", i == 0) + "  " + value.Name + Deprecated(value.DeprecationReason) + Applied(value.Directives))),
            InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty) + Applied(input.Directives)
                + Block(Sort(input.Fields, field => field.Name).Select((field, i) => Description(field.Description, "  ", i == 0) + "  " + InputValue(field))),
            _ => throw new ArgumentException($"Unexpected type {type.GetType().Name}.", nameof(type)),
        };

        private string Implements(ComplexType type) =>
            type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", Sort(type.Interfaces, iface => iface.Name).Select(iface => iface.Name)) : string.Empty;

        private string Fields(ComplexType type) =>
            Block(Sort(type.Fields, field => field.Name).Select((field, i) =>
                Description(field.Description, "  ", i == 0) + "  " + field.Name + Arguments(field.Arguments, "  ") + ": " + field.Type
                + Deprecated(field.DeprecationReason) + Applied(field.Directives)));

        /// <summary>On one line when no argument has a description, otherwise one argument a line.</summary>
        private string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
        {
            if (arguments.Count == 0)
            {
                return string.Empty;
            }

            var sorted = Sort(arguments, argument => argument.Name).ToList();
            if (sorted.All(argument => argument.Description is null))
            {
                return "(" + string.Join(", ", sorted.Select(InputValue)) + ")";
            }

            return "(\n" + string.Join('\n', sorted.Select((argument, i) => Description(argument.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(argument)))
                + "\n" + indentation + ")";
        }

        private string InputValue(InputValueDefinition value) =>
            value.Name + ": " + value.Type
            + (value.DefaultValue is null ? string.Empty : " = " + LiteralPrinter.Print(value.DefaultValue))
            + Deprecated(value.DeprecationReason) + Applied(value.Directives);

        private static string SpecifiedBy(ScalarType scalar) =>
            scalar.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + Printer.PrintString(scalar.SpecifiedByUrl) + ")";

        private static string Deprecated(string? reason) => reason switch
        {
            null => string.Empty,
            SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
            _ => " @deprecated(reason: " + Printer.PrintString(reason) + ")",
        };

        private string Applied(IReadOnlyList<DirectiveNode> directives)
        {
            if (!options.IncludeAppliedDirectives || directives.Count == 0)
            {
                return string.Empty;
            }

            var builder = new StringBuilder();
            foreach (var directive in directives)
            {
                if (!_printedByTheirOwnRules.Contains(directive.Name.Value))
                {
                    builder.Append(' ').Append(LiteralPrinter.Print(directive));
                }
            }

            return builder.ToString();
        }

        private static string Block(IEnumerable<string> items)
        {
            var list = items.ToList();
            return list.Count > 0 ? " {\n" + string.Join('\n', list) + "\n}" : string.Empty;
        }

        /// <summary>
        /// A description before a definition: a block string when it reads back unchanged,
        /// otherwise a regular string; inside a block, a blank line before every description but the first.
        /// </summary>
        private static string Description(string? description, string indentation = "", bool firstInBlock = true)
        {
            if (description is null)
            {
                return string.Empty;
            }

            var literal = BlockString.IsPrintableAsBlockString(description) ? BlockString.Print(description) : Printer.PrintString(description);
            var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
            return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
        }
    }
}
