using AutoMode.Cli;

return await GateCommandLine.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
