using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// What every rule shares during one validation: the schema and document, the position in
/// the walk (<see cref="TypeInfo"/>), the errors found so far, and facts about fragments and
/// variables that several rules need, computed once on first request.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors;
    private readonly int _maxErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>>? _fragmentSpreads;
    private Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>>? _recursiveFragments;
    private Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>>? _variableUsages;
    private Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>>? _recursiveVariableUsages;

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, List<GraphQLError> errors, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _errors = errors;
        _maxErrors = maxErrors;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    public GraphQLType? Type => TypeInfo.Type;

    public NamedType? ParentType => TypeInfo.ParentType;

    public GraphQLType? InputType => TypeInfo.InputType;

    public GraphQLType? ParentInputType => TypeInfo.ParentInputType;

    public FieldDefinition? FieldDefinition => TypeInfo.FieldDefinition;

    public DirectiveDefinition? Directive => TypeInfo.Directive;

    public InputValueDefinition? Argument => TypeInfo.Argument;

    public EnumValueDefinition? EnumValue => TypeInfo.EnumValue;

    /// <summary>Reports an error; once the limit is reached, validation stops.</summary>
    public void ReportError(GraphQLError error)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(GraphQLError.WithCode(
                "Too many validation errors, error limit reached. Validation aborted.",
                ErrorCodes.ValidationFailed));
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    /// <summary>Reports a validation error located at the given nodes, coded <see cref="ErrorCodes.ValidationFailed"/>.</summary>
    public void ReportError(string message, params SyntaxNode?[] nodes) =>
        ReportError(GraphQLError.WithCode(message, ErrorCodes.ValidationFailed, nodes));

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            var definitions = Document.Definitions;
            for (var i = 0; i < definitions.Count; i++)
            {
                if (definitions[i] is FragmentDefinitionNode fragment)
                {
                    _fragments.TryAdd(fragment.Name.Value, fragment);
                }
            }
        }

        return _fragments.TryGetValue(name, out var found) ? found : null;
    }

    /// <summary>The fragment spreads in a selection set, including those in nested inline fragments, but not in fields.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        _fragmentSpreads ??= new Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>>(ReferenceEqualityComparer.Instance);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        List<FragmentSpreadNode>? spreads = null;
        var stack = new Stack<SelectionSetNode>();
        stack.Push(selectionSet);
        while (stack.Count > 0)
        {
            var selections = stack.Pop().Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FragmentSpreadNode spread:
                        (spreads ??= []).Add(spread);
                        break;
                    case InlineFragmentNode inline:
                        stack.Push(inline.SelectionSet);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelectionSet }:
                        stack.Push(fieldSelectionSet);
                        break;
                }
            }
        }

        IReadOnlyList<FragmentSpreadNode> result = spreads is null ? [] : spreads;
        _fragmentSpreads[selectionSet] = result;
        return result;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        _recursiveFragments ??= new Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>>(ReferenceEqualityComparer.Instance);
        if (_recursiveFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(operation.SelectionSet);
        while (toVisit.Count > 0)
        {
            var spreads = GetFragmentSpreads(toVisit.Pop());
            for (var i = 0; i < spreads.Count; i++)
            {
                var name = spreads[i].Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    toVisit.Push(fragment.SelectionSet);
                }
            }
        }

        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used in an operation or fragment (not in the fragments it spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        _variableUsages ??= new Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (_variableUsages.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        var typeInfo = new TypeInfo(Schema);
        var collector = new VariableUsageCollector(typeInfo);
        new DocumentWalker(typeInfo, [collector]).WalkDefinition(definition);
        IReadOnlyList<VariableUsage> usages = collector.Usages is null ? [] : collector.Usages;
        _variableUsages[definition] = usages;
        return usages;
    }

    /// <summary>The variables used in an operation and every fragment it uses.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        _recursiveVariableUsages ??= new Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        var own = GetVariableUsages(operation);
        IReadOnlyList<VariableUsage> usages;
        if (fragments.Count == 0)
        {
            usages = own;
        }
        else
        {
            var all = new List<VariableUsage>(own);
            for (var i = 0; i < fragments.Count; i++)
            {
                all.AddRange(GetVariableUsages(fragments[i]));
            }

            usages = all;
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo) : ValidationVisitor
    {
        public List<VariableUsage>? Usages { get; private set; }

        public override void EnterVariable(VariableNode node) =>
            (Usages ??= []).Add(new VariableUsage(node, typeInfo.InputType, typeInfo.DefaultValue));
    }
}
