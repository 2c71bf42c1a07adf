namespace BarnrattsResan.Bot.Cards;

/// <summary>
/// A message's size as Teams counts it: the whole activity in UTF-16 (2 bytes per ordinary character). Teams
/// refuses messages over about 100 KB with 413 MessageSizeTooBig and asks for at most 80 KB; the bot keeps every
/// message at or under <see cref="MaxBytes"/>.
/// </summary>
internal static class MessageSize
{
    public const int MaxBytes = 80 * 1024;

    /// <summary>Room for what the activity carries besides the card (ids, addresses, channel data), in UTF-16 bytes.</summary>
    public const int EnvelopeBytes = 4 * 1024;

    /// <summary>A JSON fragment's size in UTF-16 bytes, as it is sent (text as it is, not \u-escaped).</summary>
    public static int Utf16Bytes(string wireJson) => wireJson.Length * sizeof(char);

    /// <summary>The message's size with the card, its summary and the envelope allowance.</summary>
    public static int Of(CardMessage message) => Utf16Bytes(message.Card.ToWireJson()) + Utf16Bytes(message.Summary) + EnvelopeBytes;
}
