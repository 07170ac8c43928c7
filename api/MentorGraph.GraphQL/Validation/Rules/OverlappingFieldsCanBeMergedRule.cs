using System.Text;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fields with the same response name in a selection set, including those brought in by
/// fragments, must be mergeable: the same field with the same arguments unless their parents
/// are different object types, shapes that do not conflict, and mergeable sub-selections
/// (spec 5.3.2 Field Selection Merging).
/// </summary>
/// <remarks>
/// Comparing every pair of fields after expanding fragments is exponential in the nesting of
/// fragments. As in graphql-js, each selection set is compared "within" itself once; fragments
/// are compared "between" a set of fields and each fragment, and "between" pairs of fragments,
/// and each pair of fragments is compared at most once (remembering whether the comparison
/// assumed mutually exclusive parents). Field maps are cached per selection set.
/// </remarks>
public sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationVisitor
{
    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];

    public override void EnterSelectionSet(SelectionSetNode node)
    {
        var conflicts = FindConflictsWithinSelectionSet(context.ParentType, node);
        foreach (var conflict in conflicts)
        {
            var nodes = new SyntaxNode?[conflict.Fields1.Count + conflict.Fields2.Count];
            for (var i = 0; i < conflict.Fields1.Count; i++)
            {
                nodes[i] = conflict.Fields1[i];
            }

            for (var i = 0; i < conflict.Fields2.Count; i++)
            {
                nodes[conflict.Fields1.Count + i] = conflict.Fields2[i];
            }

            context.ReportError(
                $"Fields \"{conflict.Reason.ResponseName}\" conflict because {ReasonMessage(conflict.Reason)}. Use different aliases on the fields to fetch both if this was intentional.",
                nodes);
        }
    }

    private static string ReasonMessage(ConflictReason reason)
    {
        if (reason.Message is { } message)
        {
            return message;
        }

        var builder = new StringBuilder();
        var first = true;
        foreach (var sub in reason.SubReasons!)
        {
            if (!first)
            {
                builder.Append(" and ");
            }

            first = false;
            builder.Append("subfields \"").Append(sub.ResponseName).Append("\" conflict because ").Append(ReasonMessage(sub));
        }

        return builder.ToString();
    }

    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap, fragmentNames) = GetFieldsAndFragmentNames(parentType, selectionSet);

        // (A) Conflicts among the fields of this selection set: the only place fields of one set meet each other.
        CollectConflictsWithin(conflicts, fieldMap);

        if (fragmentNames.Count != 0)
        {
            var discovered = new List<(string Fragment, string Referenced)>();
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                // (B) These fields against each fragment spread here.
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i], discovered);

                // (C) Each fragment spread here against every other one.
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }

            ProcessDiscoveredFragments(conflicts, false, fieldMap, discovered);
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts,
        bool mutuallyExclusive,
        FieldMap fieldMap,
        string fragmentName,
        List<(string Fragment, string Referenced)> discovered)
    {
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var (fieldMap2, referenced) = GetReferencedFieldsAndFragmentNames(fragment);

        // A fragment's fields are never compared to themselves.
        if (ReferenceEquals(fieldMap, fieldMap2))
        {
            return;
        }

        // (D) The fields against the fragment's own fields.
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap, fieldMap2);

        // (E) The fragments it spreads are compared later, without recursion, so deep chains cannot overflow the stack.
        foreach (var name in referenced)
        {
            discovered.Add((fragmentName, name));
        }
    }

    private void ProcessDiscoveredFragments(
        List<Conflict> conflicts,
        bool mutuallyExclusive,
        FieldMap fieldMap,
        List<(string Fragment, string Referenced)> discovered)
    {
        while (discovered.Count > 0)
        {
            var (fragmentName, referencedName) = discovered[^1];
            discovered.RemoveAt(discovered.Count - 1);
            if (HasComparedPair(referencedName, fragmentName, mutuallyExclusive))
            {
                continue;
            }

            AddComparedPair(referencedName, fragmentName, mutuallyExclusive);
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap, referencedName, discovered);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        if (fragmentName1 == fragmentName2 || HasComparedPair(fragmentName1, fragmentName2, mutuallyExclusive))
        {
            return;
        }

        AddComparedPair(fragmentName1, fragmentName2, mutuallyExclusive);
        if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var (fieldMap1, referenced1) = GetReferencedFieldsAndFragmentNames(fragment1);
        var (fieldMap2, referenced2) = GetReferencedFieldsAndFragmentNames(fragment2);

        // (F) The two fragments' own fields.
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);

        // (G) Each fragment against the fragments the other spreads.
        foreach (var name in referenced2)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, name);
        }

        foreach (var name in referenced1)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name, fragmentName2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap1, fragmentNames1) = GetFieldsAndFragmentNames(parentType1, selectionSet1);
        var (fieldMap2, fragmentNames2) = GetFieldsAndFragmentNames(parentType2, selectionSet2);

        // (H) The two sets of fields.
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);

        // (I) Each set of fields against the fragments the other spreads.
        var discovered = new List<(string Fragment, string Referenced)>();
        foreach (var name in fragmentNames2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap1, name, discovered);
        }

        ProcessDiscoveredFragments(conflicts, mutuallyExclusive, fieldMap1, discovered);

        foreach (var name in fragmentNames1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap2, name, discovered);
        }

        ProcessDiscoveredFragments(conflicts, mutuallyExclusive, fieldMap2, discovered);

        // (J) Each fragment of one against each fragment of the other.
        foreach (var name1 in fragmentNames1)
        {
            foreach (var name2 in fragmentNames2)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldMap fieldMap)
    {
        foreach (var responseName in fieldMap.Keys)
        {
            var fields = fieldMap.Fields[responseName];
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
    {
        foreach (var responseName in fieldMap1.Keys)
        {
            if (!fieldMap2.Fields.TryGetValue(responseName, out var fields2))
            {
                continue;
            }

            var fields1 = fieldMap1.Fields[responseName];
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldAndDefinition field1, FieldAndDefinition field2)
    {
        var (parentType1, node1, definition1) = field1;
        var (parentType2, node2, definition2) = field2;

        // Fields whose parents are different object types can never both apply to one object,
        // so they may differ in name and arguments without ambiguity.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (parentType1 is ObjectType && parentType2 is ObjectType && !TypeRelations.IsSameNamedType(parentType1, parentType2));

        if (!mutuallyExclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            if (name1 != name2)
            {
                return new Conflict(new ConflictReason(responseName, $"\"{name1}\" and \"{name2}\" are different fields", null), [node1], [node2]);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return new Conflict(new ConflictReason(responseName, "they have differing arguments", null), [node1], [node2]);
            }
        }

        var type1 = definition1?.Type;
        var type2 = definition2?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(
                new ConflictReason(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", null),
                [node1],
                [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                mutuallyExclusive,
                type1?.GetNamedType(),
                selectionSet1,
                type2?.GetNamedType(),
                selectionSet2);
            if (conflicts.Count > 0)
            {
                var reasons = new List<ConflictReason>(conflicts.Count);
                List<FieldNode> fields1 = [node1];
                List<FieldNode> fields2 = [node2];
                foreach (var conflict in conflicts)
                {
                    reasons.Add(conflict.Reason);
                    fields1.AddRange(conflict.Fields1);
                    fields2.AddRange(conflict.Fields2);
                }

                return new Conflict(new ConflictReason(responseName, null, reasons), fields1, fields2);
            }
        }

        return null;
    }

    /// <summary>
    /// Two types conflict if no value could be of both: lists and non-null must match, and
    /// leaf types must be the same. Composite types are compared through their fields.
    /// </summary>
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                type1 = list1.OfType;
                type2 = list2.OfType;
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                type1 = nonNull1.OfType;
                type2 = nonNull2.OfType;
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            if (type1 is LeafType || type2 is LeafType)
            {
                return !TypeRelations.IsSameNamedType((NamedType)type1, (NamedType)type2);
            }

            return false;
        }
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        for (var i = 0; i < arguments1.Count; i++)
        {
            var argument1 = arguments1[i];
            ArgumentNode? argument2 = null;
            for (var j = 0; j < arguments2.Count; j++)
            {
                if (arguments2[j].Name.Value == argument1.Name.Value)
                {
                    argument2 = arguments2[j];
                    break;
                }
            }

            if (argument2 is null || !SameValue(argument1.Value, argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether two literals print the same once object fields are sorted by name (graphql-js sortValueNode).</summary>
    private static bool SameValue(ValueNode value1, ValueNode value2)
    {
        switch (value1)
        {
            case VariableNode variable1:
                return value2 is VariableNode variable2 && variable1.Name.Value == variable2.Name.Value;
            case IntValueNode int1:
                return value2 is IntValueNode int2 && int1.Value == int2.Value;
            case FloatValueNode float1:
                return value2 is FloatValueNode float2 && float1.Value == float2.Value;
            case StringValueNode string1:
                return value2 is StringValueNode string2 && string1.Value == string2.Value;
            case BooleanValueNode boolean1:
                return value2 is BooleanValueNode boolean2 && boolean1.Value == boolean2.Value;
            case NullValueNode:
                return value2 is NullValueNode;
            case EnumValueNode enum1:
                return value2 is EnumValueNode enum2 && enum1.Value == enum2.Value;
            case ListValueNode list1:
                if (value2 is not ListValueNode list2 || list1.Values.Count != list2.Values.Count)
                {
                    return false;
                }

                for (var i = 0; i < list1.Values.Count; i++)
                {
                    if (!SameValue(list1.Values[i], list2.Values[i]))
                    {
                        return false;
                    }
                }

                return true;
            case ObjectValueNode object1:
                if (value2 is not ObjectValueNode object2 || object1.Fields.Count != object2.Fields.Count)
                {
                    return false;
                }

                var sorted1 = SortedFields(object1);
                var sorted2 = SortedFields(object2);
                for (var i = 0; i < sorted1.Length; i++)
                {
                    if (sorted1[i].Name.Value != sorted2[i].Name.Value || !SameValue(sorted1[i].Value, sorted2[i].Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }

        static ObjectFieldNode[] SortedFields(ObjectValueNode node)
        {
            var fields = node.Fields.ToArray();
            Array.Sort(fields, (a, b) => Suggestions.NaturalCompare(a.Name.Value, b.Name.Value));
            return fields;
        }
    }

    private FieldsAndFragments GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fieldMap = new FieldMap();
        var fragmentNames = new List<string>();
        CollectFieldsAndFragmentNames(parentType, selectionSet, fieldMap, fragmentNames);
        var result = new FieldsAndFragments(fieldMap, fragmentNames);
        _cache[selectionSet] = result;
        return result;
    }

    private FieldsAndFragments GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment)
    {
        if (_cache.TryGetValue(fragment.SelectionSet, out var cached))
        {
            return cached;
        }

        var fragmentType = context.Schema.GetType(fragment.TypeCondition.Name.Value);
        return GetFieldsAndFragmentNames(fragmentType, fragment.SelectionSet);
    }

    private void CollectFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet, FieldMap fieldMap, List<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexType complex ? complex.GetField(field.Name.Value) : null;
                    if (definition is null && parentType is not null && field.Name.Value.StartsWith("__", StringComparison.Ordinal))
                    {
                        definition = TypeInfo.GetFieldDefinition(context.Schema, parentType, field.Name.Value);
                    }

                    fieldMap.Add(field.Alias?.Value ?? field.Name.Value, new FieldAndDefinition(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (!fragmentNames.Contains(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectFieldsAndFragmentNames(inlineType, inline.SelectionSet, fieldMap, fragmentNames);
                    break;
            }
        }
    }

    private bool HasComparedPair(string a, string b, bool mutuallyExclusive)
    {
        var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        if (!_comparedFragmentPairs.TryGetValue(key, out var wasMutuallyExclusive))
        {
            return false;
        }

        // A comparison that assumed nothing covers one that assumes exclusive parents, not the reverse.
        return mutuallyExclusive || !wasMutuallyExclusive;
    }

    private void AddComparedPair(string a, string b, bool mutuallyExclusive)
    {
        var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        _comparedFragmentPairs[key] = mutuallyExclusive;
    }

    private readonly record struct FieldAndDefinition(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

    private readonly record struct FieldsAndFragments(FieldMap FieldMap, List<string> FragmentNames);

    private sealed record ConflictReason(string ResponseName, string? Message, List<ConflictReason>? SubReasons);

    private sealed record Conflict(ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>Fields by response name, in the order the names first appear.</summary>
    private sealed class FieldMap
    {
        public List<string> Keys { get; } = [];

        public Dictionary<string, List<FieldAndDefinition>> Fields { get; } = new(StringComparer.Ordinal);

        public void Add(string responseName, FieldAndDefinition field)
        {
            if (!Fields.TryGetValue(responseName, out var list))
            {
                Fields[responseName] = list = [];
                Keys.Add(responseName);
            }

            list.Add(field);
        }
    }
}
