using BarnrattsResan.Bot.Answering;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Help;
using BarnrattsResan.Bot.History;
using BarnrattsResan.Bot.Methods;
using BarnrattsResan.Bot.Notes;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Planning;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Privacy;
using BarnrattsResan.Bot.Publishing;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;
using BarnrattsResan.Bot.Scheduling;
using BarnrattsResan.Bot.Setup;
using BarnrattsResan.Bot.Steering;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Bot.Teams;

namespace BarnrattsResan.Bot.Hosting;

internal static class BotServiceExtensions
{
    /// <summary>
    /// The bot, as a table of contents: each feature's registrations live in its own folder's <c>Add…</c>.
    /// Order that matters: the hosted services start in registration order (the outbox worker, then the retention sweep,
    /// the planning pass, the summary pass); the routers come last, over every feature's handlers.
    /// </summary>
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.TryAddTimeProvider();
        services.AddTeamsEdge(configuration);

        services.AddScheduling(configuration);
        services.AddConversations();
        services.AddOutbound(configuration);

        services.AddPrivacy(configuration);
        services.AddPlanning(configuration);
        services.AddHistory();
        services.AddNotes(configuration);
        services.AddQuestions(configuration);
        services.AddPresentations();
        services.AddMethods();
        services.AddRounds();
        services.AddPublishing();
        services.AddAnswers();
        services.AddSummaries();
        services.AddSetup();
        services.AddAnswering();
        services.AddSteering();
        services.AddHelp();

        services.AddRouters();
        return builder;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(s => s.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    /// <summary><c>POST /api/messages</c> for Teams and <c>GET /healthz</c> for App Service's health check.</summary>
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        app.MapTeamsEndpoint();
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }
}
