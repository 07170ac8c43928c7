using MentorGraph.GraphQL.Introspection;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk of a document, the schema element at the current position: the
/// output type and its parent composite type, the field, directive and argument, and the
/// expected input type and default value of a literal (graphql-js TypeInfo). Unknown
/// elements are null, so rules report each problem once, where it arises.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    public TypeInfo(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The output type at this position (of the field, fragment or operation being visited).</summary>
    public GraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set is being visited.</summary>
    public NamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The input type expected at this position (of an argument, variable, list item or input field).</summary>
    public GraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type of the value enclosing this one.</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDefinition => Peek(_fieldDefStack);

    /// <summary>The default value of the argument or input field at this position, if it has one.</summary>
    public ValueNode? DefaultValue => Peek(_defaultValueStack);

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>Where the directives being visited are applied.</summary>
    public DirectiveLocation DirectiveLocation { get; internal set; }

    internal void EnterOperationDefinition(OperationDefinitionNode node) =>
        _typeStack.Add(_schema.GetRootType(node.Operation));

    internal void LeaveOperationDefinition() => Pop(_typeStack);

    internal void EnterSelectionSet()
    {
        var named = Type?.GetNamedType();
        _parentTypeStack.Add(TypeRelations.IsCompositeType(named) ? named : null);
    }

    internal void LeaveSelectionSet() => Pop(_parentTypeStack);

    internal void EnterField(FieldNode node)
    {
        var parentType = ParentType;
        var fieldDef = parentType is null ? null : GetFieldDefinition(_schema, parentType, node.Name.Value);
        _fieldDefStack.Add(fieldDef);
        _typeStack.Add(fieldDef is not null && fieldDef.Type.IsOutputType ? fieldDef.Type : null);
    }

    internal void LeaveField()
    {
        Pop(_fieldDefStack);
        Pop(_typeStack);
    }

    /// <summary>Enters an inline fragment or fragment definition: the type condition, or the enclosing type.</summary>
    internal void EnterFragment(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null ? Type?.GetNamedType() : _schema.GetType(typeCondition.Name.Value);
        _typeStack.Add(type is not null && type.IsOutputType ? type : null);
    }

    internal void LeaveFragment() => Pop(_typeStack);

    internal void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = TypeRelations.FromAst(_schema, node.Type);
        _inputTypeStack.Add(type is not null && type.IsInputType ? type : null);
    }

    internal void LeaveVariableDefinition() => Pop(_inputTypeStack);

    internal void EnterDirective(DirectiveNode node) => Directive = _schema.GetDirective(node.Name.Value);

    internal void LeaveDirective() => Directive = null;

    internal void EnterArgument(ArgumentNode node)
    {
        InputValueDefinition? argument = null;
        var name = node.Name.Value;
        if (Directive is { } directive)
        {
            argument = FindArgument(directive.Arguments, name);
        }
        else if (FieldDefinition is { } field)
        {
            argument = FindArgument(field.Arguments, name);
        }

        Argument = argument;
        _defaultValueStack.Add(argument?.DefaultValue);
        _inputTypeStack.Add(argument is not null && argument.Type.IsInputType ? argument.Type : null);
    }

    internal void LeaveArgument()
    {
        Argument = null;
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    internal void EnterListValue()
    {
        var listType = InputType?.Nullable;
        var itemType = listType is ListType list ? list.OfType : listType;
        _defaultValueStack.Add(null);
        _inputTypeStack.Add(itemType is not null && itemType.IsInputType ? itemType : null);
    }

    internal void LeaveListValue()
    {
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    internal void EnterObjectField(ObjectFieldNode node)
    {
        InputValueDefinition? field = null;
        if (InputType?.GetNamedType() is InputObjectType objectType)
        {
            field = objectType.GetField(node.Name.Value);
        }

        _defaultValueStack.Add(field?.DefaultValue);
        _inputTypeStack.Add(field is not null && field.Type.IsInputType ? field.Type : null);
    }

    internal void LeaveObjectField()
    {
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    internal void EnterEnumValue(EnumValueNode node) =>
        EnumValue = InputType?.GetNamedType() is EnumType enumType ? enumType.GetValue(node.Value) : null;

    internal void LeaveEnumValue() => EnumValue = null;

    /// <summary>
    /// The definition of a field selected on a type, including the introspection meta-fields
    /// (spec 4.2), or null when the type has no such field.
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName.StartsWith("__", StringComparison.Ordinal)
            && IntrospectionFields.Find(schema, parentType, fieldName) is { } meta)
        {
            return meta;
        }

        return parentType is ComplexType complex ? complex.GetField(fieldName) : null;
    }

    private static InputValueDefinition? FindArgument(IReadOnlyList<InputValueDefinition> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
