using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// The collected fields of one selection set for one object type (spec 6.3.2 CollectFields),
/// merged by response name, in response order. The response names array is shared by every
/// result map made from this plan.
/// </summary>
internal sealed class SelectionSetPlan
{
    private readonly Dictionary<string, int> _indexes;

    public SelectionSetPlan(ObjectType type, FieldPlan[] fields)
    {
        Type = type;
        Fields = fields;
        ResponseNames = new string[fields.Length];
        _indexes = new Dictionary<string, int>(fields.Length, StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            ResponseNames[i] = fields[i].ResponseName;
            _indexes[fields[i].ResponseName] = i;
        }
    }

    public ObjectType Type { get; }

    public FieldPlan[] Fields { get; }

    public string[] ResponseNames { get; }

    public int IndexOf(string responseName) => _indexes.TryGetValue(responseName, out var index) ? index : -1;
}
