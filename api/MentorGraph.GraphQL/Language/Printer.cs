using System.Runtime.CompilerServices;
using System.Text;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Language;

/// <summary>
/// Prints a syntax tree as canonical GraphQL text, the same text graphql-js's <c>print</c>
/// gives: two-space indentation, one selection or definition per line, a field's arguments
/// on lines of their own once the line would pass 80 characters, an argument list of a field
/// or directive definition on lines of its own when an argument spans lines (e.g. has a
/// description), and strings printed as block strings where the node was one. Parsing the
/// text gives back the same tree, locations aside.
/// </summary>
public sealed class Printer
{
    private const int MaxLineLength = 80;

    private readonly StringBuilder _text = new();
    private int _indent;

    // Prints argument lists apart, to measure them before choosing their layout.
    private Printer? _scratch;

    private Printer()
    {
    }

    /// <summary>Prints a node and everything under it.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var printer = new Printer();
        printer.Visit(node);
        return printer._text.ToString();
    }

    /// <summary>
    /// A string value in double quotes, as graphql-js's <c>printString</c>: the quote, the
    /// backslash and control characters escaped (spec 2.9.4 EscapedCharacter, EscapedUnicode).
    /// </summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case <= '\u001F' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    private void Visit(SyntaxNode node)
    {
        // Trees built in code can nest without bound; fail rather than overflow the stack.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case NameNode name: Write(name.Value); break;
            case DocumentNode document: PrintDocument(document); break;
            case OperationDefinitionNode operation: PrintOperationDefinition(operation); break;
            case VariableDefinitionNode variable: PrintVariableDefinition(variable); break;
            case SelectionSetNode selectionSet: WriteBlock(selectionSet.Selections); break;
            case FieldNode field: PrintField(field); break;
            case FragmentSpreadNode spread: PrintFragmentSpread(spread); break;
            case InlineFragmentNode inline: PrintInlineFragment(inline); break;
            case FragmentDefinitionNode fragment: PrintFragmentDefinition(fragment); break;
            case ArgumentNode argument: PrintNameAndValue(argument.Name, argument.Value); break;
            case ObjectFieldNode objectField: PrintNameAndValue(objectField.Name, objectField.Value); break;
            case DirectiveNode directive: PrintDirective(directive); break;
            case ValueNode value: PrintValue(value); break;
            case TypeNode type: PrintType(type); break;
            case OperationTypeDefinitionNode operationType: PrintOperationTypeDefinition(operationType); break;
            case FieldDefinitionNode field: PrintFieldDefinition(field); break;
            case InputValueDefinitionNode inputValue: PrintInputValueDefinition(inputValue); break;
            case EnumValueDefinitionNode enumValue: PrintEnumValueDefinition(enumValue); break;
            case TypeSystemDefinitionNode definition: PrintTypeSystemDefinition(definition); break;
            case TypeSystemExtensionNode extension: PrintTypeSystemExtension(extension); break;
            default: throw new ArgumentException("Cannot print a node of kind " + node.Kind + ".", nameof(node));
        }
    }

    private void PrintDocument(DocumentNode document)
    {
        for (var i = 0; i < document.Definitions.Count; i++)
        {
            if (i > 0)
            {
                NewLine();
                NewLine();
            }

            Visit(document.Definitions[i]);
        }
    }

    private void PrintOperationDefinition(OperationDefinitionNode operation)
    {
        // An anonymous query without variables or directives prints as the shorthand (spec 2.3).
        var shorthand = operation.Operation == OperationType.Query && operation.Name is null &&
            operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0;
        if (!shorthand)
        {
            Write(OperationKeyword(operation.Operation));
            if (operation.Name is not null || operation.VariableDefinitions.Count > 0)
            {
                Write(" ");
                if (operation.Name is not null)
                {
                    Visit(operation.Name);
                }

                WriteList("(", operation.VariableDefinitions, ", ", ")");
            }

            WriteDirectives(operation.Directives);
            Write(" ");
        }

        Visit(operation.SelectionSet);
    }

    private void PrintVariableDefinition(VariableDefinitionNode variable)
    {
        Visit(variable.Variable);
        Write(": ");
        Visit(variable.Type);
        if (variable.DefaultValue is not null)
        {
            Write(" = ");
            Visit(variable.DefaultValue);
        }

        WriteDirectives(variable.Directives);
    }

    private void PrintField(FieldNode field)
    {
        var prefixLength = field.Name.Value.Length;
        if (field.Alias is not null)
        {
            Visit(field.Alias);
            Write(": ");
            prefixLength += field.Alias.Value.Length + 2;
        }

        Visit(field.Name);
        if (field.Arguments.Count > 0)
        {
            var arguments = PrintApart(field.Arguments, ", ");
            if (prefixLength + arguments.Length + 2 > MaxLineLength)
            {
                WriteIndentedLines("(", field.Arguments, ")");
            }
            else
            {
                Write("(");
                Write(arguments);
                Write(")");
            }
        }

        WriteDirectives(field.Directives);
        if (field.SelectionSet is { Selections.Count: > 0 })
        {
            Write(" ");
            Visit(field.SelectionSet);
        }
    }

    private void PrintFragmentSpread(FragmentSpreadNode spread)
    {
        Write("...");
        Visit(spread.Name);
        WriteDirectives(spread.Directives);
    }

    private void PrintInlineFragment(InlineFragmentNode inline)
    {
        Write("...");
        if (inline.TypeCondition is not null)
        {
            Write(" on ");
            Visit(inline.TypeCondition);
        }

        WriteDirectives(inline.Directives);
        WriteSpaceAndBlock(inline.SelectionSet.Selections);
    }

    private void PrintFragmentDefinition(FragmentDefinitionNode fragment)
    {
        Write("fragment ");
        Visit(fragment.Name);
        Write(" on ");
        Visit(fragment.TypeCondition);
        Write(" ");
        if (fragment.Directives.Count > 0)
        {
            WriteList(string.Empty, fragment.Directives, " ", " ");
        }

        Visit(fragment.SelectionSet);
    }

    private void PrintNameAndValue(NameNode name, ValueNode value)
    {
        Visit(name);
        Write(": ");
        Visit(value);
    }

    private void PrintDirective(DirectiveNode directive)
    {
        Write("@");
        Visit(directive.Name);
        WriteList("(", directive.Arguments, ", ", ")");
    }

    private void PrintValue(ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                Write("$");
                Visit(variable.Name);
                break;
            case IntValueNode intValue:
                Write(intValue.Value);
                break;
            case FloatValueNode floatValue:
                Write(floatValue.Value);
                break;
            case StringValueNode { Block: true } blockString:
                Write(BlockString.Print(blockString.Value));
                break;
            case StringValueNode stringValue:
                Write(PrintString(stringValue.Value));
                break;
            case BooleanValueNode booleanValue:
                Write(booleanValue.Value ? "true" : "false");
                break;
            case NullValueNode:
                Write("null");
                break;
            case EnumValueNode enumValue:
                Write(enumValue.Value);
                break;
            case ListValueNode list:
                Write("[");
                WriteSeparated(list.Values, ", ");
                Write("]");
                break;
            case ObjectValueNode objectValue:
                Write("{");
                WriteSeparated(objectValue.Fields, ", ");
                Write("}");
                break;
            default:
                throw new ArgumentException("Cannot print a value of kind " + value.Kind + ".", nameof(value));
        }
    }

    private void PrintType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named:
                Visit(named.Name);
                break;
            case ListTypeNode list:
                Write("[");
                Visit(list.Type);
                Write("]");
                break;
            case NonNullTypeNode nonNull:
                Visit(nonNull.Type);
                Write("!");
                break;
            default:
                throw new ArgumentException("Cannot print a type of kind " + type.Kind + ".", nameof(type));
        }
    }

    private void PrintOperationTypeDefinition(OperationTypeDefinitionNode operationType)
    {
        Write(OperationKeyword(operationType.Operation));
        Write(": ");
        Visit(operationType.Type);
    }

    private void PrintFieldDefinition(FieldDefinitionNode field)
    {
        WriteDescription(field.Description);
        Visit(field.Name);
        WriteArgumentDefinitions(field.Arguments);
        Write(": ");
        Visit(field.Type);
        WriteDirectives(field.Directives);
    }

    private void PrintInputValueDefinition(InputValueDefinitionNode inputValue)
    {
        WriteDescription(inputValue.Description);
        Visit(inputValue.Name);
        Write(": ");
        Visit(inputValue.Type);
        if (inputValue.DefaultValue is not null)
        {
            Write(" = ");
            Visit(inputValue.DefaultValue);
        }

        WriteDirectives(inputValue.Directives);
    }

    private void PrintEnumValueDefinition(EnumValueDefinitionNode enumValue)
    {
        WriteDescription(enumValue.Description);
        Visit(enumValue.Name);
        WriteDirectives(enumValue.Directives);
    }

    private void PrintTypeSystemDefinition(TypeSystemDefinitionNode definition)
    {
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                WriteDescription(schema.Description);
                Write("schema");
                WriteDirectives(schema.Directives);
                WriteSpaceAndBlock(schema.OperationTypes);
                break;
            case ScalarTypeDefinitionNode scalar:
                WriteDescription(scalar.Description);
                WriteKeywordAndName("scalar ", scalar.Name);
                WriteDirectives(scalar.Directives);
                break;
            case ObjectTypeDefinitionNode objectType:
                WriteDescription(objectType.Description);
                WriteKeywordAndName("type ", objectType.Name);
                WriteImplements(objectType.Interfaces);
                WriteDirectives(objectType.Directives);
                WriteSpaceAndBlock(objectType.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                WriteDescription(interfaceType.Description);
                WriteKeywordAndName("interface ", interfaceType.Name);
                WriteImplements(interfaceType.Interfaces);
                WriteDirectives(interfaceType.Directives);
                WriteSpaceAndBlock(interfaceType.Fields);
                break;
            case UnionTypeDefinitionNode union:
                WriteDescription(union.Description);
                WriteKeywordAndName("union ", union.Name);
                WriteDirectives(union.Directives);
                WriteList(" = ", union.Types, " | ", string.Empty);
                break;
            case EnumTypeDefinitionNode enumType:
                WriteDescription(enumType.Description);
                WriteKeywordAndName("enum ", enumType.Name);
                WriteDirectives(enumType.Directives);
                WriteSpaceAndBlock(enumType.Values);
                break;
            case InputObjectTypeDefinitionNode input:
                WriteDescription(input.Description);
                WriteKeywordAndName("input ", input.Name);
                WriteDirectives(input.Directives);
                WriteSpaceAndBlock(input.Fields);
                break;
            case DirectiveDefinitionNode directive:
                WriteDescription(directive.Description);
                WriteKeywordAndName("directive @", directive.Name);
                WriteArgumentDefinitions(directive.Arguments);
                if (directive.Repeatable)
                {
                    Write(" repeatable");
                }

                Write(" on ");
                WriteSeparated(directive.Locations, " | ");
                break;
            default:
                throw new ArgumentException("Cannot print a definition of kind " + definition.Kind + ".", nameof(definition));
        }
    }

    private void PrintTypeSystemExtension(TypeSystemExtensionNode extension)
    {
        switch (extension)
        {
            case SchemaExtensionNode schema:
                Write("extend schema");
                WriteDirectives(schema.Directives);
                WriteSpaceAndBlock(schema.OperationTypes);
                break;
            case ScalarTypeExtensionNode scalar:
                WriteKeywordAndName("extend scalar ", scalar.Name);
                WriteDirectives(scalar.Directives);
                break;
            case ObjectTypeExtensionNode objectType:
                WriteKeywordAndName("extend type ", objectType.Name);
                WriteImplements(objectType.Interfaces);
                WriteDirectives(objectType.Directives);
                WriteSpaceAndBlock(objectType.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceType:
                WriteKeywordAndName("extend interface ", interfaceType.Name);
                WriteImplements(interfaceType.Interfaces);
                WriteDirectives(interfaceType.Directives);
                WriteSpaceAndBlock(interfaceType.Fields);
                break;
            case UnionTypeExtensionNode union:
                WriteKeywordAndName("extend union ", union.Name);
                WriteDirectives(union.Directives);
                WriteList(" = ", union.Types, " | ", string.Empty);
                break;
            case EnumTypeExtensionNode enumType:
                WriteKeywordAndName("extend enum ", enumType.Name);
                WriteDirectives(enumType.Directives);
                WriteSpaceAndBlock(enumType.Values);
                break;
            case InputObjectTypeExtensionNode input:
                WriteKeywordAndName("extend input ", input.Name);
                WriteDirectives(input.Directives);
                WriteSpaceAndBlock(input.Fields);
                break;
            default:
                throw new ArgumentException("Cannot print an extension of kind " + extension.Kind + ".", nameof(extension));
        }
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private void WriteKeywordAndName(string keyword, NameNode name)
    {
        Write(keyword);
        Visit(name);
    }

    /// <summary>A description on the line before what it describes (spec 3.2).</summary>
    private void WriteDescription(StringValueNode? description)
    {
        if (description is not null)
        {
            Visit(description);
            NewLine();
        }
    }

    private void WriteImplements(IReadOnlyList<NamedTypeNode> interfaces) =>
        WriteList(" implements ", interfaces, " & ", string.Empty);

    private void WriteDirectives(IReadOnlyList<DirectiveNode> directives) =>
        WriteList(" ", directives, " ", string.Empty);

    /// <summary>An argument list of a field or directive definition: on lines of its own if an argument spans lines.</summary>
    private void WriteArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        var spansLines = false;
        foreach (var argument in arguments)
        {
            if (argument.Description is not null || PrintApart([argument], string.Empty).Contains('\n', StringComparison.Ordinal))
            {
                spansLines = true;
                break;
            }
        }

        if (spansLines)
        {
            WriteIndentedLines("(", arguments, ")");
        }
        else
        {
            WriteList("(", arguments, ", ", ")");
        }
    }

    /// <summary>Nodes printed with no indentation, apart from the text so far.</summary>
    private string PrintApart<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode
    {
        _scratch ??= new Printer();
        _scratch._text.Clear();
        _scratch.WriteSeparated(nodes, separator);
        return _scratch._text.ToString();
    }

    /// <summary>A space and a block, if there are items.</summary>
    private void WriteSpaceAndBlock<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        if (items.Count > 0)
        {
            Write(" ");
            WriteBlock(items);
        }
    }

    /// <summary><c>{</c>, each item on a line of its own one level deeper, <c>}</c>; nothing if there are no items.</summary>
    private void WriteBlock<T>(IReadOnlyList<T> items)
        where T : SyntaxNode => WriteIndentedLines("{", items, "}");

    private void WriteIndentedLines<T>(string open, IReadOnlyList<T> items, string close)
        where T : SyntaxNode
    {
        if (items.Count == 0)
        {
            return;
        }

        Write(open);
        _indent++;
        foreach (var item in items)
        {
            NewLine();
            Visit(item);
        }

        _indent--;
        NewLine();
        Write(close);
    }

    /// <summary><paramref name="open"/>, the items with separators, <paramref name="close"/>; nothing if there are no items.</summary>
    private void WriteList<T>(string open, IReadOnlyList<T> items, string separator, string close)
        where T : SyntaxNode
    {
        if (items.Count == 0)
        {
            return;
        }

        Write(open);
        WriteSeparated(items, separator);
        Write(close);
    }

    private void WriteSeparated<T>(IReadOnlyList<T> items, string separator)
        where T : SyntaxNode
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Write(separator);
            }

            Visit(items[i]);
        }
    }

    private void NewLine()
    {
        _text.Append('\n');
        _text.Append(' ', _indent * 2);
    }

    /// <summary>
    /// Appends text; a line break inside it (from a block string) is followed by the current
    /// indentation, as graphql-js indents whole printed blocks.
    /// </summary>
    private void Write(string text)
    {
        if (_indent == 0)
        {
            _text.Append(text);
            return;
        }

        var rest = text.AsSpan();
        int newLine;
        while ((newLine = rest.IndexOf('\n')) >= 0)
        {
            _text.Append(rest[..newLine]);
            NewLine();
            rest = rest[(newLine + 1)..];
        }

        _text.Append(rest);
    }
}
