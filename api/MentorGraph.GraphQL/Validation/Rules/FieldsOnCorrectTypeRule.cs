using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every selected field must be defined on the type it is selected on, or be
/// <c>__typename</c> (spec 5.3.1 Field Selections). The error suggests types that do have
/// the field, for an abstract type, or else fields with similar names.
/// </summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterField(FieldNode node)
    {
        if (context.ParentType is not { } parentType || context.FieldDefinition is not null)
        {
            return;
        }

        var fieldName = node.Name.Value;
        var hint = Suggestions.DidYouMean("to use an inline fragment on", SuggestTypes(parentType, fieldName));
        if (hint.Length == 0)
        {
            hint = Suggestions.DidYouMean(SuggestFields(parentType, fieldName));
        }

        context.ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\"." + hint, node);
    }

    /// <summary>
    /// For an abstract type, the possible types and interfaces that define the field: the most
    /// widely implemented first, interfaces before the types implementing them, then by name.
    /// </summary>
    private List<string> SuggestTypes(NamedType type, string fieldName)
    {
        if (!TypeRelations.IsAbstractType(type))
        {
            return [];
        }

        var schema = context.Schema;
        var suggested = new List<NamedType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }

            suggested.Add(possibleType);
            usage[possibleType.Name] = 1;
            foreach (var iface in possibleType.Interfaces)
            {
                if (iface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (usage.TryGetValue(iface.Name, out var count))
                {
                    usage[iface.Name] = count + 1;
                }
                else
                {
                    suggested.Add(iface);
                    usage[iface.Name] = 1;
                }
            }
        }

        var ordered = suggested.ToArray();
        Array.Sort(ordered, (a, b) =>
        {
            var diff = usage[b.Name] - usage[a.Name];
            if (diff != 0)
            {
                return diff;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });

        var names = new List<string>(ordered.Length);
        foreach (var suggestedType in ordered)
        {
            names.Add(suggestedType.Name);
        }

        return names;
    }

    private static List<string> SuggestFields(NamedType type, string fieldName)
    {
        if (type is not ComplexType complex)
        {
            return [];
        }

        var names = new List<string>(complex.Fields.Count);
        foreach (var field in complex.Fields)
        {
            names.Add(field.Name);
        }

        return Suggestions.List(fieldName, names);
    }
}
