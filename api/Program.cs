using Catalogue.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCatalogue();

var app = builder.Build();
app.UseCatalogue();
app.Run();

/// <summary>The API host; public so that tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
