using MentorGraph.Cli;

return await MentorGraphCli.InvokeAsync(args, Console.Out, Console.Error);
