using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Language;

// Type system extensions (spec 3.1, 3.3.2, 3.4.3 and the extension of each type).
// An extension must add something: with nothing after its name it is an error.
public ref partial struct Parser
{
    /// <summary>TypeSystemExtension : SchemaExtension | TypeExtension (spec 3.1).</summary>
    private DefinitionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer;
        keyword.MoveNext();
        if (keyword.Kind == TokenKind.Name)
        {
            if (keyword.IsKeyword("type"u8))
            {
                return ParseObjectTypeExtension();
            }

            if (keyword.IsKeyword("input"u8))
            {
                return ParseInputObjectTypeExtension();
            }

            if (keyword.IsKeyword("enum"u8))
            {
                return ParseEnumTypeExtension();
            }

            if (keyword.IsKeyword("interface"u8))
            {
                return ParseInterfaceTypeExtension();
            }

            if (keyword.IsKeyword("scalar"u8))
            {
                return ParseScalarTypeExtension();
            }

            if (keyword.IsKeyword("union"u8))
            {
                return ParseUnionTypeExtension();
            }

            if (keyword.IsKeyword("schema"u8))
            {
                return ParseSchemaExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>
    /// SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ }
    /// | extend schema Directives[Const] [lookahead != {] (spec 3.3.2).
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes = [];
        if (ExpectOptional(TokenKind.LeftBrace))
        {
            var list = new List<OperationTypeDefinitionNode>();
            do
            {
                list.Add(ParseOperationTypeDefinition());
            }
            while (!ExpectOptional(TokenKind.RightBrace));

            operationTypes = list;
        }

        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes) { Location = LocationFrom(start) };
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const] (spec 3.5.1).</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives) { Location = LocationFrom(start) };
    }

    /// <summary>
    /// ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    /// | extend type Name ImplementsInterfaces? Directives[Const] | extend type Name ImplementsInterfaces (spec 3.6.3).
    /// </summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary>
    /// InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    /// | extend interface Name ImplementsInterfaces? Directives[Const] | extend interface Name ImplementsInterfaces (spec 3.7.1).
    /// </summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary>
    /// UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes
    /// | extend union Name Directives[Const] (spec 3.8.1).
    /// </summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types) { Location = LocationFrom(start) };
    }

    /// <summary>
    /// EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition
    /// | extend enum Name Directives[Const] (spec 3.9.1).
    /// </summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values) { Location = LocationFrom(start) };
    }

    /// <summary>
    /// InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition
    /// | extend input Name Directives[Const] (spec 3.10.1).
    /// </summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields) { Location = LocationFrom(start) };
    }
}
