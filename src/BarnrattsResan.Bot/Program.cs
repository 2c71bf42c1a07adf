using BarnrattsResan.Bot.Hosting;
using BarnrattsResan.Bot.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddTelemetry();
builder.AddStorage();
builder.AddBot();

var app = builder.Build();
app.MapBotEndpoints();
app.Run();

/// <summary>The entry point; public so that tests can host the app.</summary>
public partial class Program;
