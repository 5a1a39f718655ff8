if (args is ["gloss", ..])
    return NewsArchive.Benchmarks.GlossBenchmark.Run(args[1..]);
Console.WriteLine("Hello, World!");
return 0;
