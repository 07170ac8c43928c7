using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Scalars;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// The execution of one operation (spec 6.3, 6.4). Fields are resolved depth-first while their
/// resolvers complete synchronously; a resolver that returns an unfinished task is left running
/// while its siblings and cousins start, and its value is completed later on the same loop.
/// When nothing more can be done without waiting, the loop dispatches every DataLoader that has
/// waiting keys (one batch for all the loads of a level) and then waits for a completion.
/// </summary>
internal sealed class OperationExecution
{
    private ConcurrentQueue<PendingField>? _completed;
    private readonly AsyncSignal _signal = new();
    private readonly List<GraphQLError> _errors = [];
    private readonly Lock _errorsGate = new();
    private readonly ExecutionOptions _options;
    private readonly bool _isSubscriptionEvent;
    private IDictionary<string, object?>? _contextData;
    private DataLoaderScope? _loaders;
    private int _outstanding;

    public OperationExecution(
        SelectionPlanner planner,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        object? rootValue,
        ExecutionOptions options,
        CancellationToken cancellationToken,
        bool isSubscriptionEvent = false)
    {
        Planner = planner;
        Variables = variables;
        Request = request;
        RootValue = rootValue;
        _options = options;
        _isSubscriptionEvent = isSubscriptionEvent;
        CancellationToken = cancellationToken;
    }

    public SelectionPlanner Planner { get; }

    public OperationPlan Plan => Planner.Operation;

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public GraphQLRequest Request { get; }

    public object? RootValue { get; }

    public IServiceProvider? Services => Request.Services;

    public IDictionary<string, object?> ContextData => _contextData ??= CreateContextData(Request.ContextData);

    public CancellationToken CancellationToken { get; }

    /// <summary>The request's DataLoaders, made when a resolver first asks for one.</summary>
    public DataLoaderScope Loaders => LazyInitializer.EnsureInitialized(ref _loaders, () => new DataLoaderScope(_signal.Set, CancellationToken));

    /// <summary>The errors reported so far, in the order they happened.</summary>
    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errorsGate)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Spec 6.2.1 ExecuteQuery, 6.2.2 ExecuteMutation and 6.2.3.2 ExecuteSubscriptionEvent.</summary>
    public async Task<ExecutionResult> ExecuteAsync()
    {
        var rootPlan = Planner.Root;
        var root = new ResultMap(rootPlan, null, 0, nullableInParent: true);
        if (Plan.OperationType == OperationType.Mutation)
        {
            // Spec 6.2.2: mutation root fields run in series, each with all its sub-fields done
            // before the next starts.
            for (var i = 0; i < rootPlan.Fields.Length && !root.IsNulled; i++)
            {
                CancellationToken.ThrowIfCancellationRequested();
                ExecuteField(rootPlan.Fields[i], RootValue, root, i);
                await DriveAsync().ConfigureAwait(false);
            }
        }
        else
        {
            ExecuteFields(rootPlan, RootValue, root);
            await DriveAsync().ConfigureAwait(false);
        }

        var errors = Errors;
        return new ExecutionResult
        {
            HasData = true,
            Data = root.IsNulled ? null : root,
            Errors = errors.Count > 0 ? errors : null,
        };
    }

    public void Enqueue(PendingField pending)
    {
        _completed!.Enqueue(pending);
        _signal.Set();
    }

    public void ReportError(GraphQLError error)
    {
        lock (_errorsGate)
        {
            _errors.Add(error);
        }
    }

    /// <summary>Spec 6.3 ExecuteSelectionSet (normal, possibly concurrent, evaluation of the fields).</summary>
    public void ExecuteFields(SelectionSetPlan plan, object? source, ResultMap map)
    {
        CancellationToken.ThrowIfCancellationRequested();
        var fields = plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            if (map.IsNulled)
            {
                // A non-null field of this map failed: the map is null and its other fields are not needed.
                return;
            }

            ExecuteField(fields[i], source, map, i);
        }
    }

    /// <summary>Spec 6.4 ExecuteField: coerce the arguments, resolve, and complete the value.</summary>
    public void ExecuteField(FieldPlan field, object? source, ResultMap map, int index)
    {
        switch (field.Kind)
        {
            case FieldKind.TypeName:
                map.Values[index] = field.ParentType.Name;
                return;

            case FieldKind.Default when !(_isSubscriptionEvent && map.Parent is null && field.Definition!.Subscriber is not null):
                object? value;
                try
                {
                    // Spec 6.4 ExecuteField coerces the arguments before resolving, so an argument
                    // error (a null variable for a non-null argument) is a field error even when the
                    // default resolver would not read them.
                    if (field.Definition is { Arguments.Count: > 0 })
                    {
                        field.GetArguments(Variables);
                    }

                    value = DefaultFieldResolver.Resolve(source, field.Name, field.DefaultReader);
                }
                catch (Exception exception)
                {
                    HandleFieldError(exception, field, map, index, field.Type);
                    return;
                }

                CompleteValue(field, source, null, field.Type, value, map, index);
                return;
        }

        ResolveFieldContext context;
        ValueTask<object?> task;
        try
        {
            context = new ResolveFieldContext(this, field, source, map, index, field.GetArguments(Variables));
            if (field.Kind == FieldKind.Default)
            {
                // Spec 6.2.3.2: a subscription field without a resolver maps each event to itself.
                CompleteValue(field, source, context, field.Type, source, map, index);
                return;
            }

            task = field.Resolver!(context);
        }
        catch (Exception exception)
        {
            HandleFieldError(exception, field, map, index, field.Type);
            return;
        }

        if (task.IsCompletedSuccessfully)
        {
            CompleteValue(field, source, context, field.Type, task.Result, map, index);
            return;
        }

        if (task.IsCompleted)
        {
            try
            {
                task.GetAwaiter().GetResult();
            }
            catch (Exception exception)
            {
                HandleFieldError(exception, field, map, index, field.Type);
            }

            return;
        }

        // Made by this loop before any task can complete, so completions always find the queue.
        _completed ??= new ConcurrentQueue<PendingField>();
        _outstanding++;
        new PendingField(this, field, context, map, index).Start(task);
    }

    /// <summary>
    /// Spec 6.4.3 CompleteValue: writes the completed value into the slot, or null with an error;
    /// a null in a non-null slot propagates to the nearest nullable parent (spec 6.4.4).
    /// </summary>
    public void CompleteValue(FieldPlan field, object? source, ResolveFieldContext? context, GraphQLType type, object? value, ResultNode parent, int index)
    {
        if (value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            value = null;
        }

        var isNonNull = false;
        if (type is NonNullType nonNull)
        {
            isNonNull = true;
            type = nonNull.OfType;
        }

        if (value is null)
        {
            parent.Values[index] = null;
            if (isNonNull)
            {
                ReportError(new GraphQLError($"Cannot return null for non-nullable field {field.Coordinate}.", field.Locations, parent.PathOf(index)));
                PropagateNull(parent);
            }

            return;
        }

        switch (type)
        {
            case LeafType leaf:
                CompleteLeafValue(field, leaf, value, parent, index, isNonNull);
                return;

            case ListType list:
                CompleteListValue(field, source, context, list, value, parent, index, isNonNull);
                return;

            case ObjectType objectType:
                CompleteObjectValue(field, source, context, objectType, value, parent, index, isNonNull, checkIsTypeOf: true);
                return;

            default:
                var runtimeType = ResolveAbstractType(field, source, context, type.GetNamedType(), value, parent, index, out var failure);
                if (runtimeType is null)
                {
                    FailSlot(failure!, parent, index, isNonNull);
                    return;
                }

                CompleteObjectValue(field, source, context, runtimeType, value, parent, index, isNonNull, checkIsTypeOf: false);
                return;
        }
    }

    /// <summary>Turns a resolver's exception into a field error at the slot (spec 6.4.4 "Handling Field Errors").</summary>
    public void HandleFieldError(Exception exception, FieldPlan field, ResultNode parent, int index, GraphQLType slotType)
    {
        if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested)
        {
            throw exception;
        }

        FailSlot(ToFieldError(exception, field, parent.PathOf(index)), parent, index, slotType.IsNonNull);
    }

    /// <summary>Waits for pending resolvers and dispatches DataLoaders until no work is left.</summary>
    private async Task DriveAsync()
    {
        while (true)
        {
            while (_completed is not null && _completed.TryDequeue(out var pending))
            {
                _outstanding--;
                pending.Complete();
            }

            // Everything that could run without waiting has run: fetch the level's batches now,
            // unless a batch is still handing out its results (its remaining resolvers would miss
            // this dispatch); the end of that delivery wakes this loop again.
            if (_loaders is not null && !_loaders.IsDelivering && _loaders.DispatchAll())
            {
                continue;
            }

            if (_outstanding == 0)
            {
                return;
            }

            await _signal.WaitAsync(CancellationToken).ConfigureAwait(false);
        }
    }

    private void CompleteLeafValue(FieldPlan field, LeafType leaf, object value, ResultNode parent, int index, bool isNonNull)
    {
        if (value is JsonElement element)
        {
            value = DefaultFieldResolver.FromJson(element)!;
        }

        if (IsAlreadySerialized(leaf, value))
        {
            parent.Values[index] = value;
            return;
        }

        try
        {
            parent.Values[index] = leaf.Serialize(value);
        }
        catch (ValueCoercionException exception)
        {
            // Spec 3.5 "Result Coercion": a value the scalar cannot represent is a field error.
            FailSlot(new GraphQLError(exception.Message, field.Locations, parent.PathOf(index)), parent, index, isNonNull);
        }
        catch (Exception exception)
        {
            FailSlot(ToFieldError(exception, field, parent.PathOf(index)), parent, index, isNonNull);
        }
    }

    /// <summary>
    /// A value that the specified scalar's result coercion would return unchanged (an int for Int,
    /// a string for String or ID, ...) is kept as is, saving a call and a boxing per field.
    /// </summary>
    private static bool IsAlreadySerialized(LeafType leaf, object value) => value switch
    {
        int => ReferenceEquals(leaf, SpecifiedScalars.Int),
        string => ReferenceEquals(leaf, SpecifiedScalars.String) || ReferenceEquals(leaf, SpecifiedScalars.ID),
        bool => ReferenceEquals(leaf, SpecifiedScalars.Boolean),
        double d => ReferenceEquals(leaf, SpecifiedScalars.Float) && double.IsFinite(d),
        _ => false,
    };

    private void CompleteListValue(FieldPlan field, object? source, ResolveFieldContext? context, ListType type, object value, ResultNode parent, int index, bool isNonNull)
    {
        IList items;
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                var elements = new List<object?>(array.GetArrayLength());
                foreach (var item in array.EnumerateArray())
                {
                    elements.Add(item);
                }

                items = elements;
                break;
            case IList list:
                items = list;
                break;
            case IEnumerable enumerable when value is not string and not IDictionary and not JsonElement:
                var buffer = new List<object?>();
                foreach (var item in enumerable)
                {
                    buffer.Add(item);
                }

                items = buffer;
                break;
            default:
                FailSlot(
                    new GraphQLError($"Expected Iterable, but did not find one for field \"{field.Coordinate}\".", field.Locations, parent.PathOf(index)),
                    parent,
                    index,
                    isNonNull);
                return;
        }

        var result = new ResultList(parent, index, nullableInParent: !isNonNull, items.Count);
        parent.Values[index] = result;
        var itemType = type.OfType;
        for (var i = 0; i < items.Count; i++)
        {
            if (result.IsNulled)
            {
                return;
            }

            CompleteValue(field, source, context, itemType, items[i], result, i);
        }
    }

    private void CompleteObjectValue(FieldPlan field, object? source, ResolveFieldContext? context, ObjectType type, object value, ResultNode parent, int index, bool isNonNull, bool checkIsTypeOf)
    {
        if (checkIsTypeOf && type.IsTypeOf is { } isTypeOf)
        {
            bool matches;
            try
            {
                matches = isTypeOf(value, context ?? CreateContext(field, source, parent, index));
            }
            catch (Exception exception)
            {
                FailSlot(ToFieldError(exception, field, parent.PathOf(index)), parent, index, isNonNull);
                return;
            }

            if (!matches)
            {
                FailSlot(new GraphQLError($"Expected value of type \"{type.Name}\" but got: {Describe.Value(value)}.", field.Locations, parent.PathOf(index)), parent, index, isNonNull);
                return;
            }
        }

        var plan = field.GetSelectionSet(type);
        var map = new ResultMap(plan, parent, index, nullableInParent: !isNonNull);
        parent.Values[index] = map;
        ExecuteFields(plan, value, map);
    }

    /// <summary>
    /// Spec 6.4.3 ResolveAbstractType: the type's resolver, then each possible type's IsTypeOf,
    /// then the CLR type, then a <c>__typename</c> member of a map or JSON value (as graphql-js's
    /// default type resolver reads it).
    /// </summary>
    private ObjectType? ResolveAbstractType(FieldPlan field, object? source, ResolveFieldContext? context, NamedType abstractType, object value, ResultNode parent, int index, out GraphQLError? failure)
    {
        failure = null;
        var schema = Plan.Schema;
        try
        {
            var resolver = abstractType switch
            {
                InterfaceType iface => iface.ResolveType,
                UnionType union => union.ResolveType,
                _ => null,
            };

            var name = resolver?.Invoke(value, context ??= CreateContext(field, source, parent, index));
            if (name is not null)
            {
                return CheckRuntimeType(field, abstractType, name, parent, index, out failure);
            }

            var possibleTypes = schema.GetPossibleTypes(abstractType);
            foreach (var candidate in possibleTypes)
            {
                if (candidate.IsTypeOf is { } isTypeOf && isTypeOf(value, context ??= CreateContext(field, source, parent, index)))
                {
                    return candidate;
                }
            }

            var clrType = value.GetType();
            ObjectType? assignable = null;
            foreach (var candidate in possibleTypes)
            {
                if (candidate.RuntimeType == clrType)
                {
                    return candidate;
                }

                if (assignable is null && candidate.RuntimeType is { } runtimeType && runtimeType.IsAssignableFrom(clrType))
                {
                    assignable = candidate;
                }
            }

            if (assignable is not null)
            {
                return assignable;
            }

            if (DefaultFieldResolver.Resolve(value is IDictionary or IReadOnlyDictionary<string, object?> or JsonElement ? value : null, "__typename") is string typename)
            {
                return CheckRuntimeType(field, abstractType, typename, parent, index, out failure);
            }
        }
        catch (Exception exception)
        {
            if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested)
            {
                throw;
            }

            failure = ToFieldError(exception, field, parent.PathOf(index));
            return null;
        }

        failure = new GraphQLError(
            $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.Coordinate}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
            field.Locations,
            parent.PathOf(index));
        return null;
    }

    private ObjectType? CheckRuntimeType(FieldPlan field, NamedType abstractType, string name, ResultNode parent, int index, out GraphQLError? failure)
    {
        var schema = Plan.Schema;
        var message = schema.GetType(name) switch
        {
            null => $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.",
            ObjectType objectType when schema.IsSubType(abstractType, objectType) => null,
            ObjectType => $"Runtime Object type \"{name}\" is not a possible type for \"{abstractType.Name}\".",
            _ => $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".",
        };

        if (message is null)
        {
            failure = null;
            return (ObjectType)schema.GetType(name)!;
        }

        failure = new GraphQLError(message, field.Locations, parent.PathOf(index));
        return null;
    }

    /// <summary>A context for a field that had none (it has no resolver) when a type resolver asks for one.</summary>
    private ResolveFieldContext CreateContext(FieldPlan field, object? source, ResultNode parent, int index)
    {
        // The context's path is the field's, not a list item's: climb out of any lists.
        while (parent is ResultList && parent.Parent is not null)
        {
            index = parent.ParentIndex;
            parent = parent.Parent;
        }

        IReadOnlyDictionary<string, object?> arguments;
        try
        {
            arguments = field.GetArguments(Variables);
        }
        catch (GraphQLError)
        {
            arguments = new Dictionary<string, object?>();
        }

        return new ResolveFieldContext(this, field, source, parent, index, arguments);
    }

    private void FailSlot(GraphQLError error, ResultNode parent, int index, bool isNonNull)
    {
        ReportError(error);
        parent.Values[index] = null;
        if (isNonNull)
        {
            PropagateNull(parent);
        }
    }

    /// <summary>Spec 6.4.4: a null in a non-null position makes the enclosing map or list null, up to the first nullable one.</summary>
    private static void PropagateNull(ResultNode node)
    {
        while (true)
        {
            node.IsNulled = true;
            var parent = node.Parent;
            if (parent is null)
            {
                return;
            }

            parent.Values[node.ParentIndex] = null;
            if (node.NullableInParent)
            {
                return;
            }

            node = parent;
        }
    }

    private GraphQLError ToFieldError(Exception exception, FieldPlan field, IReadOnlyList<object> path)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        if (exception is GraphQLError error)
        {
            return new GraphQLError(error.Message, error.Locations ?? field.Locations, path, error.Extensions, error.InnerException);
        }

        if (_options.IncludeExceptionDetails)
        {
            var details = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["code"] = ErrorCodes.InternalServerError,
                ["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["type"] = exception.GetType().FullName,
                    ["stackTrace"] = exception.StackTrace,
                },
            };
            return new GraphQLError(exception.Message, field.Locations, path, details, exception);
        }

        // Nothing of the exception reaches the caller: its message may hold internal detail.
        return new GraphQLError("Unexpected Execution Error", field.Locations, path, _internalErrorExtensions, exception);
    }

    private static readonly IReadOnlyDictionary<string, object?> _internalErrorExtensions =
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = ErrorCodes.InternalServerError };

    private static ConcurrentDictionary<string, object?> CreateContextData(IReadOnlyDictionary<string, object?>? initial)
    {
        var data = new ConcurrentDictionary<string, object?>(StringComparer.Ordinal);
        if (initial is not null)
        {
            foreach (var (key, value) in initial)
            {
                data[key] = value;
            }
        }

        return data;
    }
}
