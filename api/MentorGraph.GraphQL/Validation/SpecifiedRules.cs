using MentorGraph.GraphQL.Validation.Rules;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// The validation rules of spec section 5, in the order graphql-js runs them, which is the
/// order their errors are reported in for one node.
/// </summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        context => new ExecutableDefinitionsRule(context),
        context => new UniqueOperationNamesRule(context),
        context => new LoneAnonymousOperationRule(context),
        context => new SingleFieldSubscriptionsRule(context),
        context => new KnownTypeNamesRule(context),
        context => new FragmentsOnCompositeTypesRule(context),
        context => new VariablesAreInputTypesRule(context),
        context => new ScalarLeafsRule(context),
        context => new FieldsOnCorrectTypeRule(context),
        context => new UniqueFragmentNamesRule(context),
        context => new KnownFragmentNamesRule(context),
        context => new NoUnusedFragmentsRule(context),
        context => new PossibleFragmentSpreadsRule(context),
        context => new NoFragmentCyclesRule(context),
        context => new UniqueVariableNamesRule(context),
        context => new NoUndefinedVariablesRule(context),
        context => new NoUnusedVariablesRule(context),
        context => new KnownDirectivesRule(context),
        context => new UniqueDirectivesPerLocationRule(context),
        context => new KnownArgumentNamesRule(context),
        context => new UniqueArgumentNamesRule(context),
        context => new ValuesOfCorrectTypeRule(context),
        context => new ProvidedRequiredArgumentsRule(context),
        context => new VariablesInAllowedPositionRule(context),
        context => new OverlappingFieldsCanBeMergedRule(context),
        context => new UniqueInputFieldNamesRule(context),
    ];
}
