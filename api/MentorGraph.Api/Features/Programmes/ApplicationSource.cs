namespace MentorGraph.Api.Features.Programmes;

public enum ApplicationSource
{
    Widget,
    Api,
    Coordinator,
}
