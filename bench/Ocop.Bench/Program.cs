using Ocop.Bench;

var options = BenchArgs.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "datagen" => await DataGen.RunAsync(options),
    "trace-data" => await TraceDataGen.RunAsync(options),
    "insights-data" => await InsightsDataGen.RunAsync(options),
    "load" => await LoadCommand.RunAsync(options),
    "run-all" => await RunAll.RunAsync(options),
    "weigh" => await WeighCommand.RunAsync(options),
    "orders" => await OrdersCommand.RunAsync(options),
    "match-bench" => await MatchBench.RunAsync(options),
    "feed-bench" => await FeedBench.RunAsync(options),
    _ => BenchArgs.Usage(),
};
