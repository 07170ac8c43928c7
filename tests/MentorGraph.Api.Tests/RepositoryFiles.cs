namespace MentorGraph.Api.Tests;

/// <summary>Files of the repository that tests check against the code (the published schema, the README).</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder holding MentorGraph.sln, found upwards from the test assembly.</summary>
    public static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MentorGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No MentorGraph.sln above {AppContext.BaseDirectory}.");
    }
}
