using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// An input object literal must not give the same field twice
/// (spec 5.6.3 Input Object Field Uniqueness).
/// </summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationVisitor
{
    private readonly List<List<NameNode>> _stack = [];
    private int _depth;

    public override void EnterObjectValue(ObjectValueNode node)
    {
        if (_depth == _stack.Count)
        {
            _stack.Add([]);
        }

        _stack[_depth++].Clear();
    }

    public override void LeaveObjectValue(ObjectValueNode node) => _depth--;

    public override void EnterObjectField(ObjectFieldNode node)
    {
        var known = _stack[_depth - 1];
        var name = node.Name;
        for (var i = 0; i < known.Count; i++)
        {
            if (known[i].Value == name.Value)
            {
                context.ReportError($"There can be only one input field named \"{name.Value}\".", known[i], name);
                return;
            }
        }

        known.Add(name);
    }
}
