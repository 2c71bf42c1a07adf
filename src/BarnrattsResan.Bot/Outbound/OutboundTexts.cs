using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Outbound;

/// <summary>What the bot says here: the notice to the facilitator when a message did not get through. Swedish first, then English, both in this file.</summary>
internal abstract class OutboundTexts
{
    private static readonly OutboundTexts InSwedish = new Swedish();
    private static readonly OutboundTexts InEnglish = new English();

    /// <summary>These texts in a language.</summary>
    public static OutboundTexts For(Language language) => language switch
    {
        Language.Swedish => InSwedish,
        Language.English => InEnglish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No texts in this language."),
    };

    public abstract string DeliveryFailedTitle { get; }
    public abstract string DeliveryFailed(DeliveryPurpose purpose, string title, string? recipient, int? httpStatus);

    private sealed class Swedish : OutboundTexts
    {
        public override string DeliveryFailedTitle => "Ett meddelande kom inte fram";
        public override string DeliveryFailed(DeliveryPurpose purpose, string title, string? recipient, int? httpStatus)
        {
            var what = purpose switch
            {
                DeliveryPurpose.SummaryToLead => $"Sammanfattningen av ”{title}” kom inte fram till {recipient ?? "en gruppledare"}.",
                DeliveryPurpose.SummaryInThread => $"Sammanfattningen av ”{title}” kunde inte postas i rundans tråd.",
                DeliveryPurpose.NotesOffer => $"Anteckningarna från ”{title}” kom inte fram till {recipient ?? "en gruppledare"}.",
                _ => $"Frågorna i ”{title}” kunde inte postas i rundans tråd.",
            };
            var why = httpStatus switch
            {
                403 => "Teams låter inte boten skriva där. Appen kan vara borttagen, eller så har personen blockerat boten.",
                404 => "Teams hittar inte längre konversationen.",
                413 => "Meddelandet var för stort för Teams.",
                _ => "Teams svarade inte, trots flera försök.",
            };
            var next = purpose == DeliveryPurpose.SummaryToLead
                ? "Du kan skriva sammanfatta i rundans tråd för att skicka den igen, eller dela sammanfattningen från tråden."
                : "Kontrollera att appen finns kvar i teamet och försök igen.";
            return $"{what} {why} {next}";
        }
    }

    private sealed class English : OutboundTexts
    {
        public override string DeliveryFailedTitle => "A message did not get through";
        public override string DeliveryFailed(DeliveryPurpose purpose, string title, string? recipient, int? httpStatus)
        {
            var what = purpose switch
            {
                DeliveryPurpose.SummaryToLead => $"The summary of “{title}” did not reach {recipient ?? "a group lead"}.",
                DeliveryPurpose.SummaryInThread => $"The summary of “{title}” could not be posted in the round's thread.",
                DeliveryPurpose.NotesOffer => $"The notes from “{title}” did not reach {recipient ?? "a group lead"}.",
                _ => $"The questions of “{title}” could not be posted in the round's thread.",
            };
            var why = httpStatus switch
            {
                403 => "Teams does not let the bot write there. The app may have been removed, or the person has blocked the bot.",
                404 => "Teams can no longer find the conversation.",
                413 => "The message was too large for Teams.",
                _ => "Teams did not answer, even after several tries.",
            };
            var next = purpose == DeliveryPurpose.SummaryToLead
                ? "You can write summary in the round's thread to send it again, or share the summary from the thread."
                : "Check that the app is still in the team and try again.";
            return $"{what} {why} {next}";
        }
    }
}

/// <summary><c>turn.Texts.Outbound</c>: these sentences in the language of the common texts at hand.</summary>
internal static class OutboundTextsExtensions
{
    extension(Texts texts)
    {
        public OutboundTexts Outbound => OutboundTexts.For(texts.Language);
    }
}
