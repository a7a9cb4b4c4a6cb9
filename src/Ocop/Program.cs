using Ocop;

var builder = WebApplication.CreateBuilder(args);
builder.AddOcop();
var app = builder.Build();
app.UseOcop();
return await app.RunOcopAsync(args);

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
