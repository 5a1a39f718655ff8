using NewsArchive.Cli;

return Commands.Run(args);
