namespace MentorGraph.GraphQL.Tests.Snapshots;

public sealed class SnapshotTests
{
    [Fact]
    public void Diff_MarksRemovedAndAddedLinesWithContext()
    {
        var diff = Snapshot.Diff("a\nb\nc\nd\ne\nf", "a\nb\nX\nd\ne\nf");
        Assert.Equal("  0002 | b\n- 0003 | c\n+ 0003 | X\n  0004 | d\n", diff);
    }

    [Fact]
    public void Diff_ShowsAppendedLines()
    {
        var diff = Snapshot.Diff("a", "a\nb");
        Assert.Equal("  0001 | a\n+ 0002 | b\n", diff);
    }

    [Fact]
    public void Match_ComparesWithTheCommittedSnapshot() =>
        Snapshot.Match("line one\nline two\n");

    [Fact]
    public void Match_IgnoresCarriageReturns() =>
        Snapshot.Match("line one\r\nline two\r\n", "crlf");

    [Fact]
    public void Match_WithDifferentText_FailsWithADiff()
    {
        var directory = Directory.CreateTempSubdirectory("snapshots");
        try
        {
            Directory.CreateDirectory(Path.Combine(directory.FullName, "__snapshots__"));
            File.WriteAllText(Path.Combine(directory.FullName, "__snapshots__", "Fake.Test.snap"), "line one\nline two\n");
            var callerFile = Path.Combine(directory.FullName, "Fake.cs");

            var failure = Assert.ThrowsAny<Exception>(() => Snapshot.Match("line one\nline 2\n", callerFile: callerFile, callerMethod: "Test"));
            Assert.Contains("Fake.Test.snap does not match", failure.Message, StringComparison.Ordinal);
            Assert.Contains("- 0002 | line two\n+ 0002 | line 2", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
