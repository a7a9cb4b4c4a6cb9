namespace Ocop.Bench;

/// <summary><c>weigh</c>: the transferred size of one page of a running server, and any third-party URL it loads.</summary>
public static class WeighCommand
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var result = await PageWeight.MeasureAsync(new Uri(args.Required("url")), args.Get("path") ?? "/");
        Console.WriteLine($"{result.Path}: status {result.Status}, {result.TotalBytes / 1024.0:0.0} KB " +
                          $"(HTML {result.HtmlBytes / 1024.0:0.0} KB + {result.Assets.Count} assets {result.AssetBytes / 1024.0:0.0} KB)");
        foreach (var asset in result.Assets) Console.WriteLine($"  asset {asset}");
        foreach (var failed in result.FailedAssets) Console.WriteLine($"  failed {failed}");
        foreach (var url in result.ThirdParty) Console.WriteLine($"  third-party {url}");
        return 0;
    }
}
