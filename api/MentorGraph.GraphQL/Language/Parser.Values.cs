using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Language;

// Input values (spec 2.9).
public ref partial struct Parser
{
    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue
    /// | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const] (spec 2.9).
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        switch (_lexer.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int:
                return ParseIntValue();
            case TokenKind.Float:
                return ParseFloatValue();
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue();
            case TokenKind.Dollar:
                if (isConst)
                {
                    // Variables are not allowed in constant values (spec 2.9 Value[Const]).
                    var name = _lexer;
                    name.MoveNext();
                    if (name.Kind == TokenKind.Name)
                    {
                        throw _lexer.ErrorAtToken("Unexpected variable \"$" + name.GetString() + "\" in constant value.");
                    }

                    throw Unexpected();
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>IntValue :: IntegerPart (spec 2.9.1), kept as written.</summary>
    private IntValueNode ParseIntValue()
    {
        var start = Begin();
        var value = _lexer.GetString();
        Advance();
        return new IntValueNode(value) { Location = LocationFrom(start) };
    }

    /// <summary>FloatValue :: IntegerPart FractionalPart? ExponentPart? (spec 2.9.2), kept as written.</summary>
    private FloatValueNode ParseFloatValue()
    {
        var start = Begin();
        var value = _lexer.GetString();
        Advance();
        return new FloatValueNode(value) { Location = LocationFrom(start) };
    }

    /// <summary>
    /// BooleanValue : one of true false (spec 2.9.3), NullValue : null (spec 2.9.5),
    /// EnumValue : Name but not true, false or null (spec 2.9.6).
    /// </summary>
    private ValueNode ParseNameValue()
    {
        var start = Begin();
        if (_lexer.IsKeyword("true"u8) || _lexer.IsKeyword("false"u8))
        {
            var boolean = _lexer.IsKeyword("true"u8);
            Advance();
            return new BooleanValueNode(boolean) { Location = LocationFrom(start) };
        }

        if (_lexer.IsKeyword("null"u8))
        {
            Advance();
            return new NullValueNode() { Location = LocationFrom(start) };
        }

        var value = _lexer.GetString();
        Advance();
        return new EnumValueNode(value) { Location = LocationFrom(start) };
    }

    /// <summary>StringValue : " StringCharacter* " | """ BlockStringCharacter* """ (spec 2.9.4).</summary>
    private StringValueNode ParseStringLiteral()
    {
        var start = Begin();
        var block = _lexer.Kind == TokenKind.BlockString;
        var value = _lexer.GetString();
        Advance();
        return new StringValueNode(value, block) { Location = LocationFrom(start) };
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ] (spec 2.9.7).</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = Begin();
        Expect(TokenKind.LeftBracket);
        EnterNesting();
        var values = new List<ValueNode>();
        while (!ExpectOptional(TokenKind.RightBracket))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        _depth--;
        return new ListValueNode(values) { Location = LocationFrom(start) };
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ } (spec 2.9.8).</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Begin();
        Expect(TokenKind.LeftBrace);
        EnterNesting();
        var fields = new List<ObjectFieldNode>();
        while (!ExpectOptional(TokenKind.RightBrace))
        {
            fields.Add(ParseObjectField(isConst));
        }

        _depth--;
        return new ObjectValueNode(fields) { Location = LocationFrom(start) };
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const] (spec 2.9.8).</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Begin();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value) { Location = LocationFrom(start) };
    }
}
