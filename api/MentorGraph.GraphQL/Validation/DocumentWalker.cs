using System.Collections.Concurrent;
using System.Reflection;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// Walks an executable document depth-first in source order, keeping a <see cref="TypeInfo"/>
/// in step and calling every visitor that handles the node (graphql-js visitWithTypeInfo
/// over a ParallelVisitor). Each hook holds only the visitors that override it, so a node
/// costs nothing for the rules that ignore its kind. Type system definitions are not entered:
/// an executable document may not contain them (spec 5.1.1).
/// </summary>
internal sealed class DocumentWalker
{
    private static readonly string[] _hookNames = Enum.GetNames<Hook>();
    private static readonly ConcurrentDictionary<Type, bool[]> _overrides = new();

    private readonly TypeInfo _typeInfo;
    private readonly ValidationVisitor[][] _hooks;

    public DocumentWalker(TypeInfo typeInfo, IReadOnlyList<ValidationVisitor> visitors)
    {
        _typeInfo = typeInfo;
        var lists = new List<ValidationVisitor>[_hookNames.Length];
        for (var h = 0; h < lists.Length; h++)
        {
            lists[h] = [];
        }

        foreach (var visitor in visitors)
        {
            var overrides = _overrides.GetOrAdd(visitor.GetType(), FindOverrides);
            for (var h = 0; h < overrides.Length; h++)
            {
                if (overrides[h])
                {
                    lists[h].Add(visitor);
                }
            }
        }

        _hooks = new ValidationVisitor[lists.Length][];
        for (var h = 0; h < lists.Length; h++)
        {
            _hooks[h] = [.. lists[h]];
        }
    }

    private enum Hook
    {
        EnterDocument,
        LeaveDocument,
        EnterOperationDefinition,
        LeaveOperationDefinition,
        EnterFragmentDefinition,
        LeaveFragmentDefinition,
        EnterVariableDefinition,
        LeaveVariableDefinition,
        EnterSelectionSet,
        LeaveSelectionSet,
        EnterField,
        LeaveField,
        EnterFragmentSpread,
        EnterInlineFragment,
        LeaveInlineFragment,
        EnterNamedType,
        EnterDirective,
        LeaveDirective,
        EnterArgument,
        LeaveArgument,
        EnterVariable,
        EnterListValue,
        LeaveListValue,
        EnterObjectValue,
        LeaveObjectValue,
        EnterObjectField,
        LeaveObjectField,
        EnterScalarValue,
    }

    public void WalkDocument(DocumentNode document)
    {
        foreach (var visitor in _hooks[(int)Hook.EnterDocument])
        {
            visitor.EnterDocument(document);
        }

        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is ExecutableDefinitionNode definition)
            {
                WalkDefinition(definition);
            }
        }

        foreach (var visitor in _hooks[(int)Hook.LeaveDocument])
        {
            visitor.LeaveDocument(document);
        }
    }

    public void WalkDefinition(ExecutableDefinitionNode definition)
    {
        if (definition is OperationDefinitionNode operation)
        {
            WalkOperation(operation);
        }
        else if (definition is FragmentDefinitionNode fragment)
        {
            WalkFragmentDefinition(fragment);
        }
    }

    private void WalkOperation(OperationDefinitionNode node)
    {
        _typeInfo.EnterOperationDefinition(node);
        foreach (var visitor in _hooks[(int)Hook.EnterOperationDefinition])
        {
            visitor.EnterOperationDefinition(node);
        }

        var variables = node.VariableDefinitions;
        for (var i = 0; i < variables.Count; i++)
        {
            WalkVariableDefinition(variables[i]);
        }

        WalkDirectives(node.Directives, node.Operation switch
        {
            OperationType.Mutation => DirectiveLocation.Mutation,
            OperationType.Subscription => DirectiveLocation.Subscription,
            _ => DirectiveLocation.Query,
        });
        WalkSelectionSet(node.SelectionSet);

        foreach (var visitor in _hooks[(int)Hook.LeaveOperationDefinition])
        {
            visitor.LeaveOperationDefinition(node);
        }

        _typeInfo.LeaveOperationDefinition();
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (var visitor in _hooks[(int)Hook.EnterFragmentDefinition])
        {
            visitor.EnterFragmentDefinition(node);
        }

        WalkNamedType(node.TypeCondition);
        WalkDirectives(node.Directives, DirectiveLocation.FragmentDefinition);
        WalkSelectionSet(node.SelectionSet);

        foreach (var visitor in _hooks[(int)Hook.LeaveFragmentDefinition])
        {
            visitor.LeaveFragmentDefinition(node);
        }

        _typeInfo.LeaveFragment();
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.EnterVariableDefinition(node);
        foreach (var visitor in _hooks[(int)Hook.EnterVariableDefinition])
        {
            visitor.EnterVariableDefinition(node);
        }

        WalkTypeReference(node.Type);
        if (node.DefaultValue is { } defaultValue)
        {
            WalkValue(defaultValue);
        }

        WalkDirectives(node.Directives, DirectiveLocation.VariableDefinition);

        foreach (var visitor in _hooks[(int)Hook.LeaveVariableDefinition])
        {
            visitor.LeaveVariableDefinition(node);
        }

        _typeInfo.LeaveVariableDefinition();
    }

    private void WalkTypeReference(TypeNode node)
    {
        while (true)
        {
            switch (node)
            {
                case NamedTypeNode named:
                    WalkNamedType(named);
                    return;
                case ListTypeNode list:
                    node = list.Type;
                    break;
                case NonNullTypeNode nonNull:
                    node = nonNull.Type;
                    break;
                default:
                    return;
            }
        }
    }

    private void WalkNamedType(NamedTypeNode node)
    {
        foreach (var visitor in _hooks[(int)Hook.EnterNamedType])
        {
            visitor.EnterNamedType(node);
        }
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
        _typeInfo.EnterSelectionSet();
        foreach (var visitor in _hooks[(int)Hook.EnterSelectionSet])
        {
            visitor.EnterSelectionSet(node);
        }

        var selections = node.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    WalkFragmentSpread(spread);
                    break;
                case InlineFragmentNode inline:
                    WalkInlineFragment(inline);
                    break;
            }
        }

        foreach (var visitor in _hooks[(int)Hook.LeaveSelectionSet])
        {
            visitor.LeaveSelectionSet(node);
        }

        _typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        foreach (var visitor in _hooks[(int)Hook.EnterField])
        {
            visitor.EnterField(node);
        }

        WalkArguments(node.Arguments);
        WalkDirectives(node.Directives, DirectiveLocation.Field);
        if (node.SelectionSet is { } selectionSet)
        {
            WalkSelectionSet(selectionSet);
        }

        foreach (var visitor in _hooks[(int)Hook.LeaveField])
        {
            visitor.LeaveField(node);
        }

        _typeInfo.LeaveField();
    }

    private void WalkFragmentSpread(FragmentSpreadNode node)
    {
        foreach (var visitor in _hooks[(int)Hook.EnterFragmentSpread])
        {
            visitor.EnterFragmentSpread(node);
        }

        WalkDirectives(node.Directives, DirectiveLocation.FragmentSpread);
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (var visitor in _hooks[(int)Hook.EnterInlineFragment])
        {
            visitor.EnterInlineFragment(node);
        }

        if (node.TypeCondition is { } typeCondition)
        {
            WalkNamedType(typeCondition);
        }

        WalkDirectives(node.Directives, DirectiveLocation.InlineFragment);
        WalkSelectionSet(node.SelectionSet);

        foreach (var visitor in _hooks[(int)Hook.LeaveInlineFragment])
        {
            visitor.LeaveInlineFragment(node);
        }

        _typeInfo.LeaveFragment();
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var node = directives[i];
            _typeInfo.DirectiveLocation = location;
            _typeInfo.EnterDirective(node);
            foreach (var visitor in _hooks[(int)Hook.EnterDirective])
            {
                visitor.EnterDirective(node);
            }

            WalkArguments(node.Arguments);

            _typeInfo.DirectiveLocation = location;
            foreach (var visitor in _hooks[(int)Hook.LeaveDirective])
            {
                visitor.LeaveDirective(node);
            }

            _typeInfo.LeaveDirective();
        }
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var node = arguments[i];
            _typeInfo.EnterArgument(node);
            foreach (var visitor in _hooks[(int)Hook.EnterArgument])
            {
                visitor.EnterArgument(node);
            }

            WalkValue(node.Value);

            foreach (var visitor in _hooks[(int)Hook.LeaveArgument])
            {
                visitor.LeaveArgument(node);
            }

            _typeInfo.LeaveArgument();
        }
    }

    private void WalkValue(ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                foreach (var visitor in _hooks[(int)Hook.EnterVariable])
                {
                    visitor.EnterVariable(variable);
                }

                break;
            case ListValueNode list:
                _typeInfo.EnterListValue();
                foreach (var visitor in _hooks[(int)Hook.EnterListValue])
                {
                    visitor.EnterListValue(list);
                }

                var values = list.Values;
                for (var i = 0; i < values.Count; i++)
                {
                    WalkValue(values[i]);
                }

                foreach (var visitor in _hooks[(int)Hook.LeaveListValue])
                {
                    visitor.LeaveListValue(list);
                }

                _typeInfo.LeaveListValue();
                break;
            case ObjectValueNode obj:
                foreach (var visitor in _hooks[(int)Hook.EnterObjectValue])
                {
                    visitor.EnterObjectValue(obj);
                }

                var fields = obj.Fields;
                for (var i = 0; i < fields.Count; i++)
                {
                    WalkObjectField(fields[i]);
                }

                foreach (var visitor in _hooks[(int)Hook.LeaveObjectValue])
                {
                    visitor.LeaveObjectValue(obj);
                }

                break;
            case EnumValueNode enumValue:
                _typeInfo.EnterEnumValue(enumValue);
                foreach (var visitor in _hooks[(int)Hook.EnterScalarValue])
                {
                    visitor.EnterScalarValue(node);
                }

                _typeInfo.LeaveEnumValue();
                break;
            default:
                foreach (var visitor in _hooks[(int)Hook.EnterScalarValue])
                {
                    visitor.EnterScalarValue(node);
                }

                break;
        }
    }

    private void WalkObjectField(ObjectFieldNode node)
    {
        _typeInfo.EnterObjectField(node);
        foreach (var visitor in _hooks[(int)Hook.EnterObjectField])
        {
            visitor.EnterObjectField(node);
        }

        WalkValue(node.Value);

        foreach (var visitor in _hooks[(int)Hook.LeaveObjectField])
        {
            visitor.LeaveObjectField(node);
        }

        _typeInfo.LeaveObjectField();
    }

    private static bool[] FindOverrides(Type visitorType)
    {
        var result = new bool[_hookNames.Length];
        var methods = visitorType.GetMethods(BindingFlags.Public | BindingFlags.Instance);
        foreach (var method in methods)
        {
            if (method.DeclaringType == typeof(ValidationVisitor) || method.DeclaringType == typeof(object))
            {
                continue;
            }

            var index = Array.IndexOf(_hookNames, method.Name);
            if (index >= 0 && method.GetBaseDefinition().DeclaringType == typeof(ValidationVisitor))
            {
                result[index] = true;
            }
        }

        return result;
    }
}
