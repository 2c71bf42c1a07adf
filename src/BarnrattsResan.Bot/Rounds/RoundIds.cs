using System.Buffers.Text;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>Round ids: random, short, safe as a table key and in card data.</summary>
internal static class RoundIds
{
    public static string New() => Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());

    /// <summary>True for an id this bot could have made; anything else in card data is refused before storage is asked.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 32 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    public static string NewSalt() => Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}
