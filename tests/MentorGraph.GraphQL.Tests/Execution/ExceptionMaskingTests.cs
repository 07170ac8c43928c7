using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>Resolver exceptions reach the caller as errors with a code and no internal detail (spec 7.1.2 errors), unless development details are switched on.</summary>
public sealed class ExceptionMaskingTests
{
    private static readonly Schema _schema = SchemaWithQuery(
        Field("leaky", StringType, _ => throw new InvalidOperationException("connection string: Password=hunter2")),
        Field("friendly", StringType, _ => throw new GraphQLError("Slot is full.", extensions: new Dictionary<string, object?> { ["code"] = "SLOT_FULL", ["seats"] = 0 })),
        AsyncField("asyncLeaky", StringType, async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("secret");
        }),
        Field("reports", StringType, context =>
        {
            context.ReportError(new GraphQLError("Partial data.", extensions: new Dictionary<string, object?> { ["code"] = "PARTIAL" }));
            return "some";
        }));

    [Fact]
    public async Task UnexpectedException_IsMasked_WithInternalServerErrorCode()
    {
        var json = await ExecuteJsonAsync(_schema, "{ leaky }");

        Assert.Equal(
            Q("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['leaky'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'leaky':null}}"),
            json);
        Assert.DoesNotContain("hunter2", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsynchronousException_IsMaskedToo()
    {
        var result = await ExecuteAsync(_schema, "{ asyncLeaky }");

        var error = Assert.Single(result.Errors!);
        Assert.Equal("Unexpected Execution Error", error.Message);
        Assert.Equal(ErrorCodes.InternalServerError, error.Code);
        Assert.Equal(["asyncLeaky"], error.Path);
    }

    [Fact]
    public async Task IncludeExceptionDetails_ShowsTheMessageAndType()
    {
        var result = await ExecuteAsync(_schema, "{ leaky }", options: new ExecutionOptions { IncludeExceptionDetails = true });

        var error = Assert.Single(result.Errors!);
        Assert.Equal("connection string: Password=hunter2", error.Message);
        Assert.Equal(ErrorCodes.InternalServerError, error.Code);
        var exception = Assert.IsType<Dictionary<string, object?>>(error.Extensions!["exception"]);
        Assert.Equal(typeof(InvalidOperationException).FullName, exception["type"]);
    }

    [Fact]
    public async Task ThrownGraphQLError_KeepsItsMessageAndExtensions_AndGainsPathAndLocation()
    {
        Assert.Equal(
            Q("{'errors':[{'message':'Slot is full.','locations':[{'line':1,'column':3}],'path':['friendly'],'extensions':{'code':'SLOT_FULL','seats':0}}],'data':{'friendly':null}}"),
            await ExecuteJsonAsync(_schema, "{ friendly }"));
    }

    [Fact]
    public async Task ReportedError_IsAddedWithoutFailingTheField()
    {
        Assert.Equal(
            Q("{'errors':[{'message':'Partial data.','locations':[{'line':1,'column':3}],'path':['reports'],'extensions':{'code':'PARTIAL'}}],'data':{'reports':'some'}}"),
            await ExecuteJsonAsync(_schema, "{ reports }"));
    }
}
