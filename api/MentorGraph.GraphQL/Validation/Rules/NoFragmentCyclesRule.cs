using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// A fragment must not spread itself, directly or through other fragments, since its
/// expansion would never end (spec 5.5.2.2 Fragment spreads must not form cycles). Each
/// fragment is explored once, so reporting is linear in the size of the document.
/// </summary>
public sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationVisitor
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => DetectCycles(node);

    private void DetectCycles(FragmentDefinitionNode fragment)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndexByName[name] = _spreadPath.Count;
        for (var i = 0; i < spreads.Count; i++)
        {
            var spread = spreads[i];
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } target)
                {
                    DetectCycles(target);
                }
            }
            else
            {
                var cycle = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                var via = string.Empty;
                if (cycle.Count > 1)
                {
                    var names = new string[cycle.Count - 1];
                    for (var j = 0; j < names.Length; j++)
                    {
                        names[j] = "\"" + cycle[j].Name.Value + "\"";
                    }

                    via = " via " + string.Join(", ", names);
                }

                context.ReportError($"Cannot spread fragment \"{spreadName}\" within itself{via}.", [.. cycle]);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _pathIndexByName.Remove(name);
    }
}
