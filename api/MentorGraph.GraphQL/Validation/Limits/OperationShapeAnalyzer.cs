using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Limits;

/// <summary>
/// Measures an operation's depth, field selections and aliases as if every fragment were
/// written out in place, which is what execution will do. Each fragment is measured once and
/// its measure reused at every spread, so a document that multiplies fields through nested
/// fragments is measured in time linear in its size; counts saturate instead of overflowing.
/// A fragment that spreads itself (which validation rejects) counts as empty where it recurs.
/// Directives are not evaluated: a conditional selection counts, since it may be selected.
/// </summary>
public static class OperationShapeAnalyzer
{
    public static OperationShape Measure(DocumentNode document, OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        return new Walker(document).Measure(operation.SelectionSet);
    }

    private sealed class Walker(DocumentNode document)
    {
        private readonly Dictionary<string, OperationShape?> _fragments = new(StringComparer.Ordinal);
        private Dictionary<string, FragmentDefinitionNode>? _definitions;

        public OperationShape Measure(SelectionSetNode selectionSet)
        {
            var depth = 0;
            long fields = 0;
            long aliases = 0;
            foreach (var selection in selectionSet.Selections)
            {
                OperationShape inner;
                switch (selection)
                {
                    case FieldNode field:
                        var below = field.SelectionSet is { } childSet ? Measure(childSet) : default;
                        inner = new OperationShape(below.Depth + 1, Saturating.Add(below.FieldCount, 1), Saturating.Add(below.AliasCount, field.Alias is null ? 0 : 1));
                        break;
                    case InlineFragmentNode inline:
                        inner = Measure(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        inner = MeasureFragment(spread.Name.Value);
                        break;
                    default:
                        continue;
                }

                depth = Math.Max(depth, inner.Depth);
                fields = Saturating.Add(fields, inner.FieldCount);
                aliases = Saturating.Add(aliases, inner.AliasCount);
            }

            return new OperationShape(depth, fields, aliases);
        }

        private OperationShape MeasureFragment(string name)
        {
            if (_fragments.TryGetValue(name, out var known))
            {
                // Null marks a fragment being measured: a cycle, counted as empty.
                return known ?? default;
            }

            if (FindFragment(name) is not { } fragment)
            {
                return default;
            }

            _fragments[name] = null;
            var shape = Measure(fragment.SelectionSet);
            _fragments[name] = shape;
            return shape;
        }

        private FragmentDefinitionNode? FindFragment(string name)
        {
            if (_definitions is null)
            {
                _definitions = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
                foreach (var definition in document.Definitions)
                {
                    if (definition is FragmentDefinitionNode fragment)
                    {
                        _definitions.TryAdd(fragment.Name.Value, fragment);
                    }
                }
            }

            return _definitions.TryGetValue(name, out var found) ? found : null;
        }
    }
}
