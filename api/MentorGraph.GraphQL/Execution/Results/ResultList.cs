using System.Collections;

namespace MentorGraph.GraphQL.Execution;

/// <summary>A list of the response (spec 6.4.3 CompleteValue, list case), sized when created.</summary>
internal sealed class ResultList(ResultNode parent, int parentIndex, bool nullableInParent, int size)
    : ResultNode(parent, parentIndex, nullableInParent, size), IReadOnlyList<object?>
{
    public int Count => Values.Length;

    public object? this[int index] => Values[index];

    public override object KeyAt(int index) => index;

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)Values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Values.GetEnumerator();
}
