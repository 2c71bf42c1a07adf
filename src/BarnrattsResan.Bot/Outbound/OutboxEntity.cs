using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// How an outbox item is stored: table Outbox, partition = its lane, row <c>o|order</c> while waiting,
/// <c>x|order</c> once set aside. A message's card can be larger than one table property holds (64 KiB), so the
/// send is stored in chunks.
/// </summary>
internal static class OutboxEntity
{
    public const string WaitingPrefix = "o|";
    public const string SetAsidePrefix = "x|";
    public const string GuardPrefix = "k|";

    /// <summary>Characters per stored chunk: a table string property holds at most 32 K UTF-16 characters.</summary>
    private const int ChunkChars = 30_000;

    private static readonly JsonSerializerOptions PayloadOptions = new(StoredJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TableEntity ToEntity(OutboxItem item, string prefix = WaitingPrefix)
    {
        var entity = new TableEntity(item.Lane, prefix + item.Order)
        {
            ["IdempotencyKey"] = item.IdempotencyKey,
            ["Handler"] = item.Handler,
            ["Args"] = item.Args,
            ["RoundId"] = item.RoundId,
            ["RoundConversation"] = item.RoundConversation,
            ["Purpose"] = item.Purpose.ToString(),
            ["RecipientName"] = item.RecipientName,
            ["Attempts"] = item.Attempts,
            ["NotBefore"] = item.NotBefore,
            ["LastError"] = item.LastError,
        };
        if (item.ETag is not null) entity.ETag = new ETag(item.ETag);
        if (item.Send is not null)
        {
            var payload = JsonSerializer.Serialize(item.Send, PayloadOptions);
            var chunks = (payload.Length + ChunkChars - 1) / ChunkChars;
            entity["Chunks"] = chunks;
            for (var i = 0; i < chunks; i++)
            {
                entity[ChunkName(i)] = payload.Substring(i * ChunkChars, Math.Min(ChunkChars, payload.Length - (i * ChunkChars)));
            }
        }

        return entity;
    }

    /// <summary>The table's name in logs and in <see cref="UnreadableRowException"/>.</summary>
    public const string TableName = "Outbox";

    /// <summary>
    /// Reads a stored item; a purpose the code does not know or a send that is not valid JSON throws
    /// <see cref="UnreadableRowException"/> (see <see cref="StoredRow"/>): an item is never sent as something else.
    /// </summary>
    public static OutboxItem ToItem(TableEntity entity) => StoredRow.Read(TableName, entity, () => Read(entity));

    private static OutboxItem Read(TableEntity entity)
    {
        OutboundSend? send = null;
        var chunks = entity.GetInt32("Chunks") ?? 0;
        if (chunks > 0)
        {
            var payload = string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString(ChunkName(i))));
            send = JsonSerializer.Deserialize<OutboundSend>(payload, PayloadOptions);
        }

        var row = entity.RowKey;
        return new OutboxItem
        {
            Lane = entity.PartitionKey,
            Order = row[(row.IndexOf('|', StringComparison.Ordinal) + 1)..],
            IdempotencyKey = entity.GetString("IdempotencyKey") ?? string.Empty,
            Send = send,
            Handler = entity.GetString("Handler"),
            Args = entity.GetString("Args"),
            RoundId = entity.GetString("RoundId"),
            RoundConversation = entity.GetString("RoundConversation"),
            Purpose = StoredRow.Enum<DeliveryPurpose>(entity.GetString("Purpose")),
            RecipientName = entity.GetString("RecipientName"),
            Attempts = entity.GetInt32("Attempts") ?? 0,
            NotBefore = entity.GetDateTimeOffset("NotBefore") ?? DateTimeOffset.MinValue,
            LastError = entity.GetString("LastError"),
            ETag = entity.ETag.ToString(),
        };
    }

    /// <summary>The guard row that remembers an idempotency key (a hash, so any text is a valid row key).</summary>
    public static TableEntity Guard(OutboxItem item) => new(item.Lane, GuardRowKey(item.IdempotencyKey))
    {
        ["IdempotencyKey"] = item.IdempotencyKey,
        ["RoundId"] = item.RoundId,
    };

    public static string GuardRowKey(string idempotencyKey) =>
        GuardPrefix + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(idempotencyKey)));

    private static string ChunkName(int index) => "Payload" + index.ToString(CultureInfo.InvariantCulture);
}
