using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Scalars;

namespace MentorGraph.GraphQL.Tests.Validation.Support;

/// <summary>
/// The pets-and-people schema validation tests are written against, in the spirit of
/// graphql-js's harness:
/// <code>
/// interface Being { name(surname: Boolean): String }
/// interface Mammal { mother: Mammal father: Mammal }
/// interface Pet implements Being { name(surname: Boolean): String }
/// interface Intelligent { iq: Int }
/// interface Canine implements Mammal { name(surname: Boolean): String mother: Canine father: Canine }
/// enum DogCommand { SIT HEEL DOWN }
/// type Dog implements Being &amp; Pet &amp; Mammal &amp; Canine { name nickname barkVolume barks doesKnowCommand(dogCommand) isHouseTrained(atOtherHomes = true) isAtLocation(x, y) mother father }
/// type Cat implements Being &amp; Pet { name nickname meows meowsVolume furColor }
/// type Human implements Being &amp; Intelligent { name pets: [Pet] relatives: [Human]! iq: Int }
/// type Alien implements Being &amp; Intelligent { name numEyes: Int iq: Int }
/// union CatOrDog = Cat | Dog; union DogOrHuman = Dog | Human; union HumanOrAlien = Human | Alien
/// input ComplexInput { requiredField: Boolean! nonNullField: Boolean! = false intField stringField booleanField stringListField }
/// input OneOfInput @oneOf { stringField: String intField: Int }
/// type ComplicatedArgs { ... }
/// type QueryRoot { human(id: ID) alien dog cat pet catOrDog dogOrHuman humanOrAlien complicatedArgs invalidArg(arg: Invalid) anyArg(arg: Any) }
/// type SubscriptionRoot { importantEmails: [String] notImportantEmails: [String] moreImportantEmails: [String] }
/// </code>
/// </summary>
internal static class HarnessSchema
{
    public static Schema Instance { get; } = Build();

    private static Schema Build()
    {
        var boolean = SpecifiedScalars.Boolean;
        var @string = SpecifiedScalars.String;
        var @int = SpecifiedScalars.Int;

        FieldDefinition NameField() => new("name", @string) { Arguments = [new InputValueDefinition("surname", boolean)] };

        InterfaceType? mammal = null;
        InterfaceType? canine = null;
        ObjectType? dog = null;
        ObjectType? human = null;
        InterfaceType? pet = null;

        var being = new InterfaceType("Being", () => [NameField()]);
        var intelligent = new InterfaceType("Intelligent", () => [new FieldDefinition("iq", @int)]);
        mammal = new InterfaceType("Mammal", () => [new FieldDefinition("mother", mammal!), new FieldDefinition("father", mammal!)]);
        pet = new InterfaceType("Pet", () => [NameField()], () => [being]);
        canine = new InterfaceType("Canine", () => [NameField(), new FieldDefinition("mother", canine!), new FieldDefinition("father", canine!)], () => [mammal]);

        var dogCommand = new EnumType("DogCommand", [new EnumValueDefinition("SIT", 0), new EnumValueDefinition("HEEL", 1), new EnumValueDefinition("DOWN", 2)]);
        var furColor = new EnumType("FurColor", [
            new EnumValueDefinition("BROWN", 0), new EnumValueDefinition("BLACK", 1), new EnumValueDefinition("TAN", 2),
            new EnumValueDefinition("SPOTTED", 3), new EnumValueDefinition("NO_FUR"), new EnumValueDefinition("UNKNOWN")]);

        dog = new ObjectType("Dog", () =>
        [
            NameField(),
            new FieldDefinition("nickname", @string),
            new FieldDefinition("barkVolume", @int),
            new FieldDefinition("barks", boolean),
            new FieldDefinition("doesKnowCommand", boolean) { Arguments = [new InputValueDefinition("dogCommand", dogCommand)] },
            new FieldDefinition("isHouseTrained", boolean) { Arguments = [new InputValueDefinition("atOtherHomes", boolean) { DefaultValue = new BooleanValueNode(true) }] },
            new FieldDefinition("isAtLocation", boolean) { Arguments = [new InputValueDefinition("x", @int), new InputValueDefinition("y", @int)] },
            new FieldDefinition("mother", dog!),
            new FieldDefinition("father", dog!),
        ], () => [being, pet, mammal, canine]);

        var cat = new ObjectType("Cat", () =>
        [
            NameField(),
            new FieldDefinition("nickname", @string),
            new FieldDefinition("meows", boolean),
            new FieldDefinition("meowsVolume", @int),
            new FieldDefinition("furColor", furColor),
        ], () => [being, pet]);

        human = new ObjectType("Human", () =>
        [
            NameField(),
            new FieldDefinition("pets", new ListType(pet)),
            new FieldDefinition("relatives", new NonNullType(new ListType(human!))),
            new FieldDefinition("iq", @int),
        ], () => [being, intelligent]);

        var alien = new ObjectType("Alien", () =>
        [
            NameField(),
            new FieldDefinition("numEyes", @int),
            new FieldDefinition("iq", @int),
        ], () => [being, intelligent]);

        var catOrDog = new UnionType("CatOrDog", () => [cat, dog]);
        var dogOrHuman = new UnionType("DogOrHuman", () => [dog, human]);
        var humanOrAlien = new UnionType("HumanOrAlien", () => [human, alien]);

        var complexInput = new InputObjectType("ComplexInput", () =>
        [
            new InputValueDefinition("requiredField", new NonNullType(boolean)),
            new InputValueDefinition("nonNullField", new NonNullType(boolean)) { DefaultValue = new BooleanValueNode(false) },
            new InputValueDefinition("intField", @int),
            new InputValueDefinition("stringField", @string),
            new InputValueDefinition("booleanField", boolean),
            new InputValueDefinition("stringListField", new ListType(@string)),
        ]);

        var oneOfInput = new InputObjectType("OneOfInput", () =>
        [
            new InputValueDefinition("stringField", @string),
            new InputValueDefinition("intField", @int),
        ])
        { IsOneOf = true };

        FieldDefinition ArgField(string name, params InputValueDefinition[] arguments) => new(name, @string) { Arguments = arguments };
        InputValueDefinition Arg(string name, GraphQLType type, ValueNode? defaultValue = null) => new(name, type) { DefaultValue = defaultValue };
        var zero = new IntValueNode("0");

        var complicatedArgs = new ObjectType("ComplicatedArgs", () =>
        [
            ArgField("intArgField", Arg("intArg", @int)),
            ArgField("nonNullIntArgField", Arg("nonNullIntArg", new NonNullType(@int))),
            ArgField("stringArgField", Arg("stringArg", @string)),
            ArgField("booleanArgField", Arg("booleanArg", boolean)),
            ArgField("enumArgField", Arg("enumArg", furColor)),
            ArgField("floatArgField", Arg("floatArg", SpecifiedScalars.Float)),
            ArgField("idArgField", Arg("idArg", SpecifiedScalars.ID)),
            ArgField("stringListArgField", Arg("stringListArg", new ListType(@string))),
            ArgField("stringListNonNullArgField", Arg("stringListNonNullArg", new ListType(new NonNullType(@string)))),
            ArgField("complexArgField", Arg("complexArg", complexInput)),
            ArgField("oneOfArgField", Arg("oneOfArg", oneOfInput)),
            ArgField("multipleReqs", Arg("req1", new NonNullType(@int)), Arg("req2", new NonNullType(@int))),
            ArgField("nonNullFieldWithDefault", Arg("arg", new NonNullType(@int), zero)),
            ArgField("multipleOpts", Arg("opt1", @int, zero), Arg("opt2", @int, zero)),
            ArgField("multipleOptAndReq", Arg("req1", new NonNullType(@int)), Arg("req2", new NonNullType(@int)), Arg("opt1", @int, zero), Arg("opt2", @int, zero)),
        ]);

        var invalid = new InvalidScalar();
        var any = new AnyScalar();

        var query = new ObjectType("QueryRoot", () =>
        [
            new FieldDefinition("human", human) { Arguments = [new InputValueDefinition("id", SpecifiedScalars.ID)] },
            new FieldDefinition("alien", alien),
            new FieldDefinition("dog", dog),
            new FieldDefinition("cat", cat),
            new FieldDefinition("pet", pet),
            new FieldDefinition("catOrDog", catOrDog),
            new FieldDefinition("dogOrHuman", dogOrHuman),
            new FieldDefinition("humanOrAlien", humanOrAlien),
            new FieldDefinition("complicatedArgs", complicatedArgs),
            new FieldDefinition("invalidArg", @string) { Arguments = [new InputValueDefinition("arg", invalid)] },
            new FieldDefinition("anyArg", @string) { Arguments = [new InputValueDefinition("arg", any)] },
        ]);

        var mutation = new ObjectType("MutationRoot", () => [new FieldDefinition("adoptDog", dog) { Arguments = [new InputValueDefinition("name", @string)] }]);

        var subscription = new ObjectType("SubscriptionRoot", () =>
        [
            new FieldDefinition("importantEmails", new ListType(@string)),
            new FieldDefinition("notImportantEmails", new ListType(@string)),
            new FieldDefinition("moreImportantEmails", new ListType(@string)),
        ]);

        DirectiveDefinition Directive(string name, params DirectiveLocation[] locations) => new(name, locations);

        return new Schema(new SchemaConfig
        {
            Query = query,
            Mutation = mutation,
            Subscription = subscription,
            Types = [cat, dog, human, alien, being, pet, mammal, canine, intelligent],
            DirectiveDefinitions =
            [
                .. SpecifiedDirectives.All,
                Directive("onQuery", DirectiveLocation.Query),
                Directive("onMutation", DirectiveLocation.Mutation),
                Directive("onSubscription", DirectiveLocation.Subscription),
                Directive("onField", DirectiveLocation.Field),
                Directive("onFragmentDefinition", DirectiveLocation.FragmentDefinition),
                Directive("onFragmentSpread", DirectiveLocation.FragmentSpread),
                Directive("onInlineFragment", DirectiveLocation.InlineFragment),
                Directive("onVariableDefinition", DirectiveLocation.VariableDefinition),
                new DirectiveDefinition("repeatable", [DirectiveLocation.Query, DirectiveLocation.Field, DirectiveLocation.FragmentSpread]) { IsRepeatable = true },
                new DirectiveDefinition("withArgs", [DirectiveLocation.Field])
                {
                    Arguments = [new InputValueDefinition("required", new NonNullType(@string)), new InputValueDefinition("optional", @int)],
                },
            ],
        });
    }

    /// <summary>A scalar that refuses every value, to see how a custom scalar's message is reported.</summary>
    private sealed class InvalidScalar() : ScalarType("Invalid")
    {
        public override object Serialize(object value) => throw new ValueCoercionException("Invalid scalar is always invalid.");

        public override object ParseValue(object value) => throw new ValueCoercionException($"Invalid scalar is always invalid: {Describe.Value(value)}");

        public override object ParseLiteral(ValueNode literal) => throw new ValueCoercionException($"Invalid scalar is always invalid: {Describe.Literal(literal)}");

        public override ValueNode ToLiteral(object value) => throw new ValueCoercionException("Invalid scalar is always invalid.");
    }

    /// <summary>A scalar that accepts any literal.</summary>
    private sealed class AnyScalar() : ScalarType("Any")
    {
        public override object Serialize(object value) => value;

        public override object ParseValue(object value) => value;

        public override object ParseLiteral(ValueNode literal) => literal;

        public override ValueNode ToLiteral(object value) => new StringValueNode(value.ToString() ?? string.Empty, false);
    }
}
