using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Routing;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Notes;

internal static class NotesExtensions
{
    /// <summary>The meeting notes as Word and Excel files, offered in 1:1 chats with Teams' file consent card.</summary>
    public static IServiceCollection AddNotes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotesOptions>().Bind(configuration.GetSection(NotesOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotesOptions>, NotesOptionsValidator>();
        services.AddHttpClient(NotesUploader.ClientName);
        services.AddSingleton<NoteOfferStore>();
        services.AddSingleton<NotesFiles>();
        services.AddSingleton<NotesUploader>();
        services.AddSingleton<NotesConsent>();
        services.AddSingleton<IOutboxHandler, NotesOfferHandler>();
        services.AddSingleton<IOutboxHandler, NotesUploadHandler>();
        services.AddSingleton<ICardActionHandler, NotesActionHandler>();
        services.AddSingleton<Summaries.ISummaryDeliveryAddition, NotesWithSummary>();
        return services;
    }
}
