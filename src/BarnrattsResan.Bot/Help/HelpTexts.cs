using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Help;

/// <summary>What the bot says here: the greeting and the help card. Swedish first, then English, both in this file.</summary>
internal abstract class HelpTexts
{
    private static readonly HelpTexts InSwedish = new Swedish();
    private static readonly HelpTexts InEnglish = new English();

    /// <summary>These texts in a language.</summary>
    public static HelpTexts For(Language language) => language switch
    {
        Language.Swedish => InSwedish,
        Language.English => InEnglish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No texts in this language."),
    };

    public abstract string Greeting(string botName);
    public abstract string GreetingPersonal(string botName);
    public abstract string HelpTitle { get; }
    public abstract string HelpIntroduction { get; }
    public abstract string HelpUnknownCommand(string text);
    public abstract string HelpFacilitatorNote { get; }
    public abstract string HelpMentionNote { get; }

    private sealed class Swedish : HelpTexts
    {
        public override string Greeting(string botName) =>
            $"Hej! Jag är {botName}. Jag hjälper er att föra diskussionen i Barnrättsresans steg 4, moment C: att förankra resultatet hos kollegorna och samla in deras synpunkter inför arbetsgruppens möte. Nämn mig med **starta** för att börja en diskussionsrunda, eller med **hjälp** för att se vad jag kan.";
        public override string GreetingPersonal(string botName) =>
            $"Hej! Jag är {botName}. Du startar en diskussionsrunda i en kanal eller gruppchatt: nämn mig där med **starta**. Om du får sammanfattningen skickar jag den hit. Skriv **metoder** för metoder och verktyg, eller **hjälp** för allt jag kan.";
        public override string HelpTitle => "Det här kan jag";
        public override string HelpIntroduction => "Jag leder en diskussionsrunda i Barnrättsresan: kollegorna svarar på frågorna i korten, jag sparar svaren och sammanställer dem till arbetsgruppens möte.";
        public override string HelpUnknownCommand(string text) => $"Jag förstod inte ”{text}”. Så här kan du använda mig:";
        public override string HelpFacilitatorNote => "Bara den som startade rundan och de medledare hen valde kan gå vidare, sammanfatta, avsluta, öppna och radera rundan. Skriv kommandot i rundans tråd, så gäller det den rundan.";
        public override string HelpMentionNote => "I en kanal ser jag bara meddelanden där du nämner mig, till exempel: @Barnrättsresan starta";
    }

    private sealed class English : HelpTexts
    {
        public override string Greeting(string botName) =>
            $"Hi! I am {botName}. I help you run the discussion in Barnrättsresan's step 4, moment C: anchoring the results with your colleagues and collecting their views before the working group's meeting. Mention me with **start** to begin a discussion round, or **help** to see what I can do.";
        public override string GreetingPersonal(string botName) =>
            $"Hi! I am {botName}. You start a discussion round in a channel or a group chat: mention me there with **start**. If you receive the summary, I send it here. Write **methods** for methods and tools, or **help** for everything I can do.";
        public override string HelpTitle => "What I can do";
        public override string HelpIntroduction => "I run a discussion round of Barnrättsresan: colleagues answer the questions in the cards, I keep the answers and compile them for the working group's meeting.";
        public override string HelpUnknownCommand(string text) => $"I did not understand \"{text}\". This is how you can use me:";
        public override string HelpFacilitatorNote => "Only the person who started the round and the co-facilitators they chose can advance, summarise, close, reopen and delete it. Write the command in the round's thread and it applies to that round.";
        public override string HelpMentionNote => "In a channel, I only see messages that mention me, for example: @Barnrättsresan start";
    }
}

/// <summary><c>turn.Texts.Help</c>: these sentences in the language of the common texts at hand.</summary>
internal static class HelpTextsExtensions
{
    extension(Texts texts)
    {
        public HelpTexts Help => HelpTexts.For(texts.Language);
    }
}
