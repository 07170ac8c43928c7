using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Language;

// Type system definitions (spec 3.2 - 3.10, 3.13).
public ref partial struct Parser
{
    /// <summary>Description : StringValue (spec 3.2); null when there is none.</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ } (spec 3.3).</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.LeftBrace);
        var operationTypes = new List<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return new SchemaDefinitionNode(description, directives, operationTypes) { Location = LocationFrom(start) };
    }

    /// <summary>RootOperationTypeDefinition : OperationType : NamedType (spec 3.3.1).</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Begin();
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type) { Location = LocationFrom(start) };
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]? (spec 3.5).</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives) { Location = LocationFrom(start) };
    }

    /// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec 3.6).</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary>ImplementsInterfaces : implements &amp;? NamedType | ImplementsInterfaces &amp; NamedType (spec 3.6).</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"u8))
        {
            return [];
        }

        ExpectOptional(TokenKind.Ampersand);
        var interfaces = new List<NamedTypeNode>();
        do
        {
            interfaces.Add(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Ampersand));

        return interfaces;
    }

    /// <summary>FieldsDefinition : { FieldDefinition+ } (spec 3.6); empty when absent, but never written as {}.</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var fields = new List<FieldDefinitionNode>();
        do
        {
            fields.Add(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return fields;
    }

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]? (spec 3.6).</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives) { Location = LocationFrom(start) };
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ ) (spec 3.6.1).</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var arguments = new List<InputValueDefinitionNode>();
        do
        {
            arguments.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return arguments;
    }

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]? (spec 3.6.1).</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives) { Location = LocationFrom(start) };
    }

    /// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec 3.7).</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes? (spec 3.8).</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types) { Location = LocationFrom(start) };
    }

    /// <summary>UnionMemberTypes : = |? NamedType | UnionMemberTypes | NamedType (spec 3.8).</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!ExpectOptional(TokenKind.Equals))
        {
            return [];
        }

        ExpectOptional(TokenKind.Pipe);
        var types = new List<NamedTypeNode>();
        do
        {
            types.Add(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return types;
    }

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition? (spec 3.9).</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values) { Location = LocationFrom(start) };
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ } (spec 3.9).</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var values = new List<EnumValueDefinitionNode>();
        do
        {
            values.Add(ParseEnumValueDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return values;
    }

    /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]? (spec 3.9); EnumValue : Name but not true, false or null.</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        if (_lexer.IsKeyword("true"u8) || _lexer.IsKeyword("false"u8) || _lexer.IsKeyword("null"u8))
        {
            throw _lexer.ErrorAtToken(_lexer.DescribeToken() + " is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives) { Location = LocationFrom(start) };
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition? (spec 3.10).</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ } (spec 3.10).</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var fields = new List<InputValueDefinitionNode>();
        do
        {
            fields.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return fields;
    }

    /// <summary>
    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on
    /// DirectiveLocations (spec 3.13).
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("directive"u8);
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        var repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations) { Location = LocationFrom(start) };
    }

    /// <summary>DirectiveLocations : |? DirectiveLocation | DirectiveLocations | DirectiveLocation (spec 3.13).</summary>
    private IReadOnlyList<NameNode> ParseDirectiveLocations()
    {
        ExpectOptional(TokenKind.Pipe);
        var locations = new List<NameNode>();
        do
        {
            locations.Add(ParseDirectiveLocation());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return locations;
    }

    /// <summary>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation (spec 3.13).</summary>
    private NameNode ParseDirectiveLocation()
    {
        if (Peek(TokenKind.Name) && !DirectiveLocationNames.TryParse(_lexer.GetString(), out _))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
