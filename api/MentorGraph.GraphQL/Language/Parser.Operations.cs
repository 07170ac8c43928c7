using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Language;

// Executable definitions: operations, selections, fragments, arguments, directives
// (spec 2.3 - 2.8, 2.10, 2.12).
public ref partial struct Parser
{
    /// <summary>
    /// OperationDefinition : OperationType Name? VariableDefinitions? Directives? SelectionSet
    /// | SelectionSet (spec 2.3); the second form is the query shorthand.
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Begin();
        if (Peek(TokenKind.LeftBrace))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthand) { Location = LocationFrom(start) };
        }

        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variableDefinitions, directives, selectionSet) { Location = LocationFrom(start) };
    }

    /// <summary>OperationType : one of query mutation subscription (spec 2.3).</summary>
    private OperationType ParseOperationType()
    {
        OperationType operation;
        if (_lexer.IsKeyword("query"u8))
        {
            operation = OperationType.Query;
        }
        else if (_lexer.IsKeyword("mutation"u8))
        {
            operation = OperationType.Mutation;
        }
        else if (_lexer.IsKeyword("subscription"u8))
        {
            operation = OperationType.Subscription;
        }
        else
        {
            throw Unexpected();
        }

        Advance();
        return operation;
    }

    /// <summary>VariableDefinitions : ( VariableDefinition+ ) (spec 2.10).</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var definitions = new List<VariableDefinitionNode>();
        do
        {
            definitions.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return definitions;
    }

    /// <summary>VariableDefinition : Variable : Type DefaultValue? Directives[Const]? (spec 2.10).</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Begin();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();

        // DefaultValue : = Value[Const]
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives) { Location = LocationFrom(start) };
    }

    /// <summary>Variable : $ Name (spec 2.10).</summary>
    private VariableNode ParseVariable()
    {
        var start = Begin();
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name) { Location = LocationFrom(start) };
    }

    /// <summary>SelectionSet : { Selection+ } (spec 2.4).</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Begin();
        Expect(TokenKind.LeftBrace);
        EnterNesting();
        var selections = new List<SelectionNode>();
        do
        {
            selections.Add(ParseSelection());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        _depth--;
        return new SelectionSetNode(selections) { Location = LocationFrom(start) };
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment (spec 2.4).</summary>
    private SelectionNode ParseSelection() =>
        Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (spec 2.5); Alias : Name : (spec 2.7).</summary>
    private FieldNode ParseField()
    {
        var start = Begin();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = LocationFrom(start) };
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ ) (spec 2.6).</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var arguments = new List<ArgumentNode>();
        do
        {
            arguments.Add(ParseArgument(isConst));
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return arguments;
    }

    /// <summary>Argument[Const] : Name : Value[?Const] (spec 2.6).</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Begin();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value) { Location = LocationFrom(start) };
    }

    /// <summary>
    /// FragmentSpread : ... FragmentName Directives? and
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet (spec 2.8, 2.8.2).
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = Begin();
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives) { Location = LocationFrom(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet) { Location = LocationFrom(start) };
    }

    /// <summary>FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet (spec 2.8).</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Begin();
        ExpectKeyword("fragment"u8);
        var name = ParseFragmentName();

        // TypeCondition : on NamedType (spec 2.8.1)
        ExpectKeyword("on"u8);
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet) { Location = LocationFrom(start) };
    }

    /// <summary>FragmentName : Name but not on (spec 2.8).</summary>
    private NameNode ParseFragmentName()
    {
        if (_lexer.IsKeyword("on"u8))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    /// <summary>Directives[Const] : Directive[?Const]+ (spec 2.12); empty when there are none.</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        do
        {
            directives.Add(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));

        return directives;
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]? (spec 2.12).</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Begin();
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments) { Location = LocationFrom(start) };
    }
}
