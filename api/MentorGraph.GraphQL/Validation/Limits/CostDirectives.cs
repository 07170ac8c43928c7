using System.Globalization;
using System.Runtime.CompilerServices;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Limits;

/// <summary>
/// Reads the cost directives of the IBM GraphQL Cost Directive specification, as Apollo
/// applies them, from the directives a schema element carries as syntax (so schemas built
/// from SDL and in code are read alike): <c>@cost(weight:)</c> on fields, arguments, input
/// fields and types, and <c>@listSize(assumedSize:, slicingArguments:, sizedFields:,
/// requireOneSlicingArgument:)</c> on fields. Each element is read once.
/// </summary>
internal static class CostDirectives
{
    private static readonly ConditionalWeakTable<FieldDefinition, FieldCost> _fields = new();
    private static readonly ConditionalWeakTable<NamedType, StrongBox<double?>> _types = new();
    private static readonly ConditionalWeakTable<InputValueDefinition, StrongBox<double?>> _inputValues = new();

    public static FieldCost ForField(FieldDefinition field) => _fields.GetValue(field, static f => ReadField(f.Directives));

    public static double? ForType(NamedType type) => _types.GetValue(type, static t => new StrongBox<double?>(Weight(t.Directives))).Value;

    public static double? ForInputValue(InputValueDefinition value) =>
        _inputValues.GetValue(value, static v => new StrongBox<double?>(Weight(v.Directives))).Value;

    private static FieldCost ReadField(IReadOnlyList<DirectiveNode> directives)
    {
        var weight = Weight(directives);
        ListSize? listSize = null;
        foreach (var directive in directives)
        {
            if (directive.Name.Value != "listSize")
            {
                continue;
            }

            int? assumedSize = null;
            IReadOnlyList<string> slicingArguments = [];
            IReadOnlyList<string> sizedFields = [];
            var requireOne = true;
            foreach (var argument in directive.Arguments)
            {
                switch (argument.Name.Value)
                {
                    case "assumedSize" when Number(argument.Value) is { } size:
                        assumedSize = (int)Math.Clamp(size, 0, int.MaxValue);
                        break;
                    case "slicingArguments":
                        slicingArguments = Strings(argument.Value);
                        break;
                    case "sizedFields":
                        sizedFields = Strings(argument.Value);
                        break;
                    case "requireOneSlicingArgument" when argument.Value is BooleanValueNode flag:
                        requireOne = flag.Value;
                        break;
                }
            }

            listSize = new ListSize(assumedSize, slicingArguments, sizedFields, requireOne);
        }

        return new FieldCost(weight, listSize);
    }

    private static double? Weight(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != "cost")
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "weight")
                {
                    return Number(argument.Value);
                }
            }
        }

        return null;
    }

    /// <summary>A number literal; the IBM specification writes weights as strings, Apollo as integers.</summary>
    internal static double? Number(ValueNode value) => value switch
    {
        IntValueNode i when double.TryParse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        FloatValueNode f when double.TryParse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        StringValueNode s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private static List<string> Strings(ValueNode value)
    {
        var result = new List<string>();
        if (value is ListValueNode list)
        {
            foreach (var item in list.Values)
            {
                if (item is StringValueNode s)
                {
                    result.Add(s.Value);
                }
            }
        }
        else if (value is StringValueNode single)
        {
            result.Add(single.Value);
        }

        return result;
    }

    internal sealed record FieldCost(double? Weight, ListSize? ListSize);

    internal sealed record ListSize(int? AssumedSize, IReadOnlyList<string> SlicingArguments, IReadOnlyList<string> SizedFields, bool RequireOneSlicingArgument);
}
