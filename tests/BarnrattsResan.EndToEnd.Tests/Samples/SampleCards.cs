namespace BarnrattsResan.EndToEnd.Tests.Samples;

/// <summary>Hand-written cards that prove the harnesses can pass and fail.</summary>
public static class SampleCards
{
    /// <summary>A valid Adaptive Card 1.5 with every input kind the bot uses and two Action.Execute buttons.</summary>
    public static string QuestionCard(string title = "Fråga 1 av 3") => $$"""
        {
          "type": "AdaptiveCard",
          "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
          "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": {{System.Text.Json.JsonSerializer.Serialize(title)}}, "weight": "Bolder", "size": "Medium", "wrap": true },
            { "type": "Input.Text", "id": "answer", "label": "Ditt svar", "placeholder": "Skriv här" },
            { "type": "Input.Text", "id": "notes", "label": "Anteckningar", "isMultiline": true },
            { "type": "Input.Date", "id": "meetingDate", "label": "Mötesdatum" },
            { "type": "Input.Time", "id": "meetingTime", "label": "Mötestid" },
            { "type": "Input.Toggle", "id": "anonymous", "label": "Anonymitet", "title": "Anonyma svar", "value": "false" },
            { "type": "Input.ChoiceSet", "id": "sets", "label": "Frågor", "isMultiSelect": true,
              "choices": [ { "title": "Presentation", "value": "presentation" }, { "title": "Utvärdering", "value": "evaluation" }, { "title": "Egna", "value": "own" } ] },
            { "type": "Input.ChoiceSet", "id": "mode", "label": "Läge", "style": "expanded",
              "choices": [ { "title": "Live", "value": "live" }, { "title": "Alla på en gång", "value": "all" } ] }
          ],
          "actions": [
            { "type": "Action.Execute", "title": "Skicka", "verb": "submit", "data": { "round": "r1" } },
            { "type": "Action.Execute", "title": "Avbryt", "verb": "cancel" }
          ]
        }
        """;

    /// <summary>An element type that does not exist in Adaptive Cards 1.5.</summary>
    public const string UnknownElementCard = """
        {
          "type": "AdaptiveCard",
          "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
          "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Hej", "wrap": true },
            { "type": "Input.Slider", "id": "score", "label": "Betyg", "min": 1, "max": 5 }
          ],
          "actions": [ { "type": "Action.Execute", "title": "Skicka", "verb": "submit" } ]
        }
        """;

    /// <summary>
    /// What axe-core must catch: green text on white (Teams' "Good" colour in the light theme, 2.06:1), an input
    /// with neither label nor placeholder, and a button titled only "Skicka".
    /// </summary>
    public const string InaccessibleCard = """
        {
          "type": "AdaptiveCard",
          "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
          "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Sammanfattningen är postad.", "color": "Good", "wrap": true },
            { "type": "Input.Text", "id": "answer" }
          ],
          "actions": [ { "type": "Action.Execute", "title": "Skicka", "verb": "submit" } ]
        }
        """;
}
