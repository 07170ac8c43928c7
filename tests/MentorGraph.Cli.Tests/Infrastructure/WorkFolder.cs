namespace MentorGraph.Cli.Tests.Infrastructure;

/// <summary>A temporary folder for the files a command reads; deleted with the test class.</summary>
public sealed class WorkFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("mentorgraph-cli-tests-").FullName;

    /// <summary>Writes <paramref name="content"/> to <paramref name="name"/> and returns its full path.</summary>
    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Root, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string Path(string name) => System.IO.Path.Combine(Root, name);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
