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
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Hosting;

internal static class BotServiceExtensions
{
    /// <summary>The bot: its options, the Teams edge (Bot Framework), the features and their handlers, the summary scheduler.</summary>
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotOptions>().Bind(builder.Configuration.GetSection(BotOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotFrameworkOptions>().Bind(builder.Configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddSingleton<IValidateOptions<BotOptions>, TenantPolicyValidator>();
        services.AddSingleton(sp => TenantPolicy.Create(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IOptions<BotOptions>>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddOptions<SchedulerOptions>().Bind(builder.Configuration.GetSection(SchedulerOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddTimeProvider();
        services.AddTeamsEdge();
        services.AddOutbound(builder.Configuration);
        services.AddPrivacy(builder.Configuration);
        services.AddPlanning(builder.Configuration);
        services.AddHistory();
        services.AddNotes(builder.Configuration);

        services.AddQuestions(builder.Configuration);
        services.AddPresentations();
        services.AddSingleton(_ => MethodCatalog.LoadEmbedded());
        services.AddSingleton<RoundCache>();
        services.AddSingleton<RoundStore>();
        services.AddSingleton<AnswerStore>();
        services.AddSingleton<SummaryJobStore>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<RoundPublisher>();
        services.AddSingleton<RoundService>();
        services.AddSingleton<RoundResolver>();
        services.AddSingleton<AnswerService>();
        services.AddSingleton<AnswerWithdrawal>();
        services.AddSingleton<SummaryService>();
        services.AddSingleton<SummaryScheduler>();
        services.AddPeriodicWork<SummaryScheduler, SchedulerOptions>(o => o.Enabled, o => o.PollInterval, (s, c) => s.RunDueAsync(c), (l, e) => l.SchedulerPassFailed(e));
        services.AddSingleton<IOutboxHandler, RoundPublishHandler>();
        services.AddSingleton<IOutboxHandler, RoundPostHandler>();
        services.AddSingleton<IOutboxHandler, QuestionCardRefreshHandler>();
        services.AddSingleton<IOutboxHandler, SummaryDeliveryHandler>();
        services.AddSingleton<IDeliveryFailureReporter, DeliveryFailureNotices>();

        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        services.AddSingleton<ICommandHandler, MethodsCommandHandler>();
        services.AddSingleton<ICommandHandler, StartCommandHandler>();
        services.AddSingleton<ICommandHandler, SteeringCommandHandler>();
        services.AddSingleton<ICommandHandler, SummaryCommandHandler>();
        services.AddSingleton<ICardActionHandler, MethodsCardActionHandler>();
        services.AddSingleton<ICardActionHandler, CreateRoundActionHandler>();
        services.AddSingleton<ICardActionHandler, NextQuestionActionHandler>();
        services.AddSingleton<ICardActionHandler, SubmitAnswerActionHandler>();
        services.AddSingleton<ICardActionHandler, RefreshQuestionActionHandler>();
        services.AddSingleton<ICardActionHandler, ShowAnswersActionHandler>();
        services.AddSingleton<ICommandHandler, WithdrawAnswersCommandHandler>();
        services.AddSingleton<ICardActionHandler, WithdrawAnswerActionHandler>();
        services.AddSingleton<ICardActionHandler, WithdrawAllAnswersActionHandler>();
        services.AddSingleton<ICardActionHandler, ChooseRoundActionHandler>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<CardActionRouter>();
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
