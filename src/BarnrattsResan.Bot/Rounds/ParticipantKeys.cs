using System.Security.Cryptography;
using System.Text;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// The key an answer is stored under, so that a person finds and changes their own answer without the tables
/// holding who they are: HMAC-SHA256(key = HMAC-SHA256(secret, round id | round salt), person id). The secret
/// (<c>Privacy:AnonymityKey</c>) is not in the tables, so someone who reads them, salt and all, cannot test a
/// colleague's id against the keys; the salt is erased when an anonymous round is sealed, so from then on not
/// even someone who also holds the secret can.
/// </summary>
internal sealed class ParticipantKeys
{
    /// <summary>The secret must hold at least this many bytes.</summary>
    public const int MinimumKeyBytes = 32;

    private readonly byte[] secret;

    public ParticipantKeys(byte[] secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The anonymity key must hold at least {MinimumKeyBytes} bytes.", nameof(secret));
        }

        this.secret = (byte[])secret.Clone();
    }

    public string For(Round round, string personId) => Compute(secret, round.Id, round.AnonymitySalt, personId);

    public static string Compute(ReadOnlySpan<byte> secret, string roundId, string salt, string personId)
    {
        Span<byte> roundKey = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"{roundId}|{salt}"), roundKey);
        var hash = HMACSHA256.HashData(roundKey, Encoding.UTF8.GetBytes(personId));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
