// A placeholder so that the solution builds: the commands (graphql print, validate, execute,
// serve) arrive with the engine. Exit code 2 is the CLI's "usage error".
Console.Error.WriteLine("mentorgraph: no commands yet; `graphql print|validate|execute|serve` arrive with the engine.");
return 2;
