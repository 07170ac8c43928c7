using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.Support.ValidationAssert;

namespace MentorGraph.GraphQL.Tests.Validation;

public sealed class SingleFieldSubscriptionsRuleTests
{
    private static SingleFieldSubscriptionsRule Rule(ValidationContext context) => new(context);

    [Fact]
    public void OneField_IsValid() => Valid(Rule, "subscription ImportantEmails { importantEmails }");

    [Fact]
    public void OneFieldThroughFragment_IsValid() => Valid(Rule, """
        subscription sub { ...newMessageFields }
        fragment newMessageFields on SubscriptionRoot { importantEmails }
        """);

    [Fact]
    public void SameResponseNameTwice_IsOneField() => Valid(Rule, "subscription sub { importantEmails importantEmails }");

    [Fact]
    public void FragmentAndFieldWithTheSameResponseName_AreOneField() => Valid(Rule, """
        subscription sub { importantEmails ...fields }
        fragment fields on SubscriptionRoot { importantEmails }
        """);

    [Fact]
    public void QueriesAndMutations_AreNotChecked() => Valid(Rule, """
        query Q { dog { name } cat { name } __typename }
        mutation M { adoptDog { name } __typename }
        """);

    [Fact]
    public void TwoFields_AreRejected() => Errors(Rule, "subscription ImportantEmails { importantEmails notImportantEmails }",
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (1, 48)));

    [Fact]
    public void IntrospectionField_IsRejected() => Errors(Rule, "subscription ImportantEmails { __typename }",
        Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (1, 32)));

    [Fact]
    public void IntrospectionFieldInAnonymousSubscription_IsRejected() => Errors(Rule, "subscription { __typename }",
        Error("Anonymous Subscription must not select an introspection top level field.", (1, 16)));

    [Fact]
    public void FieldsFromFragments_AreCounted() => Errors(Rule, """
        subscription ImportantEmails { importantEmails ...NotImportantEmails }
        fragment NotImportantEmails on SubscriptionRoot { notImportantEmails }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (2, 51)));

    [Fact]
    public void FieldsFromInlineFragments_AreCounted() => Errors(Rule, """
        subscription ImportantEmails { importantEmails ... on SubscriptionRoot { moreImportantEmails } }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (1, 74)));

    [Fact]
    public void FragmentOnAnUnrelatedType_DoesNotApply() => Valid(Rule, """
        subscription sub { importantEmails ... on Dog { name } }
        """);

    [Fact]
    public void EveryExtraField_IsLocated() => Errors(Rule, "subscription { importantEmails notImportantEmails moreImportantEmails notImportantEmails }",
        Error("Anonymous Subscription must select only one top level field.", (1, 32), (1, 71), (1, 51)));

    [Fact]
    public void ExtraIntrospectionField_IsReportedTwice() => Errors(Rule, "subscription S { importantEmails __typename }",
        Error("Subscription \"S\" must select only one top level field.", (1, 34)),
        Error("Subscription \"S\" must not select an introspection top level field.", (1, 34)));

    [Fact]
    public void LiteralSkip_RemovesAField() => Valid(Rule, "subscription S { importantEmails notImportantEmails @skip(if: true) }");

    [Fact]
    public void LiteralIncludeFalse_RemovesAFragment() => Valid(Rule, """
        subscription S { importantEmails ...F @include(if: false) }
        fragment F on SubscriptionRoot { notImportantEmails }
        """);

    [Fact]
    public void SkipDependingOnAVariable_StillCounts() => Errors(Rule, "subscription S($v: Boolean!) { importantEmails notImportantEmails @skip(if: $v) }",
        Error("Subscription \"S\" must select only one top level field.", (1, 48)));

    [Fact]
    public void RecursiveFragments_DoNotHang() => Valid(Rule, """
        subscription S { ...F }
        fragment F on SubscriptionRoot { importantEmails ...F }
        """);
}
