using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every literal value must be coercible to the type expected where it stands; an input
/// object literal must give every required field and only defined ones, and a <c>@oneOf</c>
/// input object exactly one non-null field, which a variable fills only if it is non-null
/// (spec 5.6.1 Values of Correct Type, 5.6.2 Input Object Field Names, 5.6.4 Input Object
/// Required Fields, and the OneOf Input Objects RFC).
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationVisitor
{
    private readonly Dictionary<string, VariableDefinitionNode> _variables = new(StringComparer.Ordinal);

    // A list or object literal found where its kind does not fit is reported once, as a whole;
    // the values inside it are not checked.
    private ValueNode? _skipped;

    public override void EnterOperationDefinition(OperationDefinitionNode node) => _variables.Clear();

    public override void EnterVariableDefinition(VariableDefinitionNode node) =>
        _variables[node.Variable.Name.Value] = node;

    public override void EnterListValue(ListValueNode node)
    {
        if (_skipped is not null)
        {
            return;
        }

        // The walk has already stepped into the item type, so the list type is the parent's.
        if (context.ParentInputType?.Nullable is not ListType)
        {
            CheckLeafValue(node);
            _skipped = node;
        }
    }

    public override void LeaveListValue(ListValueNode node)
    {
        if (ReferenceEquals(_skipped, node))
        {
            _skipped = null;
        }
    }

    public override void EnterObjectValue(ObjectValueNode node)
    {
        if (_skipped is not null)
        {
            return;
        }

        if (context.InputType?.GetNamedType() is not InputObjectType type)
        {
            CheckLeafValue(node);
            _skipped = node;
            return;
        }

        foreach (var field in type.Fields)
        {
            if (field.IsRequired && FindField(node, field.Name) is null)
            {
                context.ReportError(
                    $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.",
                    node);
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(node, type);
        }
    }

    public override void LeaveObjectValue(ObjectValueNode node)
    {
        if (ReferenceEquals(_skipped, node))
        {
            _skipped = null;
        }
    }

    public override void EnterObjectField(ObjectFieldNode node)
    {
        if (_skipped is not null || context.InputType is not null)
        {
            return;
        }

        if (context.ParentInputType?.GetNamedType() is InputObjectType parentType)
        {
            var suggestions = Suggestions.List(node.Name.Value, parentType.Fields.Select(field => field.Name));
            context.ReportError(
                $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(suggestions),
                node);
        }
    }

    public override void EnterScalarValue(ValueNode node)
    {
        if (_skipped is not null)
        {
            return;
        }

        if (node is NullValueNode)
        {
            if (context.InputType is NonNullType type)
            {
                context.ReportError($"Expected value of type \"{type}\", found null.", node);
            }

            return;
        }

        CheckLeafValue(node);
    }

    /// <summary>Checks a literal against a scalar or enum type by parsing it, as execution will.</summary>
    private void CheckLeafValue(ValueNode node)
    {
        if (context.InputType is not { } locationType)
        {
            return;
        }

        var type = locationType.GetNamedType();
        if (type is EnumType enumType)
        {
            CheckEnumValue(node, enumType);
            return;
        }

        if (type is not ScalarType scalar)
        {
            context.ReportError($"Expected value of type \"{locationType}\", found {Describe.Literal(node)}.", node);
            return;
        }

        try
        {
            scalar.ParseLiteral(node);
        }
        catch (Exception error)
        {
            // The specified scalars word their own messages, as graphql-js's throw GraphQLErrors;
            // a custom scalar's message is given after what was expected.
            var message = scalar.IsSpecifiedScalar && error is ValueCoercionException
                ? error.Message
                : $"Expected value of type \"{locationType}\", found {Describe.Literal(node)}; {error.Message}";
            context.ReportError(message, node);
        }
    }

    private void CheckEnumValue(ValueNode node, EnumType type)
    {
        var text = Describe.Literal(node);
        string message;
        if (node is EnumValueNode enumValue)
        {
            if (type.GetValue(enumValue.Value) is not null)
            {
                return;
            }

            message = $"Value \"{text}\" does not exist in \"{type.Name}\" enum.";
        }
        else
        {
            message = $"Enum \"{type.Name}\" cannot represent non-enum value: {text}.";
        }

        var suggestions = Suggestions.List(text, type.Values.Select(value => value.Name));
        context.ReportError(message + Suggestions.DidYouMean("the enum value", suggestions), node);
    }

    private void CheckOneOf(ObjectValueNode node, InputObjectType type)
    {
        var fields = node.Fields;
        var distinct = fields.Count;
        for (var i = 1; i < fields.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (fields[j].Name.Value == fields[i].Name.Value)
                {
                    distinct--;
                    break;
                }
            }
        }

        if (distinct != 1)
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        var field = fields[0];
        if (field.Value is NullValueNode)
        {
            context.ReportError($"Field \"{type.Name}.{field.Name.Value}\" must be non-null.", node);
            return;
        }

        if (field.Value is VariableNode variable
            && _variables.TryGetValue(variable.Name.Value, out var definition)
            && definition.Type is not NonNullTypeNode)
        {
            context.ReportError(
                $"Variable \"{variable.Name.Value}\" must be non-nullable to be used for OneOf Input Object \"{type.Name}\".",
                node);
        }
    }

    private static ObjectFieldNode? FindField(ObjectValueNode node, string name)
    {
        var fields = node.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name.Value == name)
            {
                return fields[i];
            }
        }

        return null;
    }
}
