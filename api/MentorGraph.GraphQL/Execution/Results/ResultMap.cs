using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// An ordered result map (spec 6.3 "ordered map"): the response names come from the selection
/// set plan and are shared by every map of that plan, so a map costs one values array.
/// </summary>
internal sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly SelectionSetPlan _plan;

    public ResultMap(SelectionSetPlan plan, ResultNode? parent, int parentIndex, bool nullableInParent)
        : base(parent, parentIndex, nullableInParent, plan.Fields.Length)
    {
        _plan = plan;
    }

    public int Count => Values.Length;

    public IEnumerable<string> Keys => _plan.ResponseNames;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public override object KeyAt(int index) => _plan.ResponseNames[index];

    public bool ContainsKey(string key) => _plan.IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = _plan.IndexOf(key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = Values[index];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        var names = _plan.ResponseNames;
        for (var i = 0; i < names.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(names[i], Values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
