namespace BarnrattsResan.Bot.Outbound;

/// <summary>The registered <see cref="IOutboxHandler"/>s by name; two with the same name fail at start-up.</summary>
internal sealed class OutboxHandlers
{
    public const string QuestionCardRefresh = "question-card.refresh";

    private readonly Dictionary<string, IOutboxHandler> handlers;

    public OutboxHandlers(IEnumerable<IOutboxHandler> handlers)
    {
        this.handlers = new Dictionary<string, IOutboxHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (!this.handlers.TryAdd(handler.Name, handler))
            {
                throw new InvalidOperationException($"Two outbox handlers are registered for '{handler.Name}'.");
            }
        }
    }

    public IOutboxHandler? Find(string? name) => name is not null && handlers.TryGetValue(name, out var handler) ? handler : null;
}
