namespace BarnrattsResan.Bot.Rounds;

/// <summary>A link to the working group's material (a report, a slide deck), shown as a button: a title and an https address.</summary>
internal sealed record ResultLink(string Title, string Url);
