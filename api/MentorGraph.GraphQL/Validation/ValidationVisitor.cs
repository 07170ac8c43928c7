using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// What a validation rule does at each kind of node, on the way in and on the way out.
/// The validator calls only the methods a rule overrides, all rules during one walk of the
/// document, with the <see cref="ValidationContext"/> already positioned on the node.
/// </summary>
public abstract class ValidationVisitor
{
    public virtual void EnterDocument(DocumentNode node)
    {
    }

    public virtual void LeaveDocument(DocumentNode node)
    {
    }

    public virtual void EnterOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void EnterSelectionSet(SelectionSetNode node)
    {
    }

    public virtual void LeaveSelectionSet(SelectionSetNode node)
    {
    }

    public virtual void EnterField(FieldNode node)
    {
    }

    public virtual void LeaveField(FieldNode node)
    {
    }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual void EnterInlineFragment(InlineFragmentNode node)
    {
    }

    public virtual void LeaveInlineFragment(InlineFragmentNode node)
    {
    }

    /// <summary>A type reference's named type: of a variable definition or a type condition.</summary>
    public virtual void EnterNamedType(NamedTypeNode node)
    {
    }

    public virtual void EnterDirective(DirectiveNode node)
    {
    }

    public virtual void LeaveDirective(DirectiveNode node)
    {
    }

    public virtual void EnterArgument(ArgumentNode node)
    {
    }

    public virtual void LeaveArgument(ArgumentNode node)
    {
    }

    /// <summary>A variable used as a value (not the one a variable definition declares).</summary>
    public virtual void EnterVariable(VariableNode node)
    {
    }

    public virtual void EnterListValue(ListValueNode node)
    {
    }

    public virtual void LeaveListValue(ListValueNode node)
    {
    }

    public virtual void EnterObjectValue(ObjectValueNode node)
    {
    }

    public virtual void LeaveObjectValue(ObjectValueNode node)
    {
    }

    public virtual void EnterObjectField(ObjectFieldNode node)
    {
    }

    public virtual void LeaveObjectField(ObjectFieldNode node)
    {
    }

    /// <summary>An Int, Float, String, Boolean, null or enum literal.</summary>
    public virtual void EnterScalarValue(ValueNode node)
    {
    }
}
