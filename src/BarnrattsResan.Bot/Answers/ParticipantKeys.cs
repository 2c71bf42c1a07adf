using System.Security.Cryptography;
using System.Text;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Answers;

/// <summary>
/// The key an answer is stored under: an HMAC of the person's id with the round's own random salt. It lets a
/// person find and change their own answer without the table holding who they are.
/// </summary>
public static class ParticipantKeys
{
    public static string For(Round round, string personId)
    {
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(round.AnonymitySalt), Encoding.UTF8.GetBytes(personId));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
