using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Language;

// Type references (spec 2.11).
public ref partial struct Parser
{
    /// <summary>Type : NamedType | ListType | NonNullType (spec 2.11); ListType : [ Type ]; NonNullType : NamedType ! | ListType !.</summary>
    private TypeNode ParseTypeReference()
    {
        var start = Begin();
        TypeNode type;
        if (ExpectOptional(TokenKind.LeftBracket))
        {
            EnterNesting();
            var itemType = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            _depth--;
            type = new ListTypeNode(itemType) { Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptional(TokenKind.Bang))
        {
            return new NonNullTypeNode(type) { Location = LocationFrom(start) };
        }

        return type;
    }

    /// <summary>NamedType : Name (spec 2.11).</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = Begin();
        var name = ParseName();
        return new NamedTypeNode(name) { Location = LocationFrom(start) };
    }
}
