using Azure.Data.Tables;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BarnrattsResan.Benchmarks.Answers;

/// <summary>
/// The least an answering bot can do: store the answer with one upsert (partition = round, row = the person)
/// and reply with a static card. No validation, no counting, no lookups, no Teams calls.
/// </summary>
public sealed class FloorBot(TableClient answers) : TeamsActivityHandler
{
    private static readonly JObject SavedCard = JObject.Parse(
        """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[{"type":"TextBlock","text":"Tack! Ditt svar är sparat.","wrap":true}]}""");

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var data = invokeValue.Action?.Data as JObject;
        var entity = new TableEntity(data?.Value<string>("roundId") ?? "none", turnContext.Activity.From.Id)
        {
            ["Text"] = data?.Value<string>("answer") ?? string.Empty,
        };
        await answers.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.card.adaptive", Value = SavedCard };
    }
}
