namespace BarnrattsResan.EndToEnd.Tests.BotUnderTest;

public sealed class BotUnderTestFixtureTests(BotUnderTestFixture fixture) : IClassFixture<BotUnderTestFixture>
{
    [Fact]
    public async Task RealBotRunsAgainstARealAzuriteAndAnswersHealthz()
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(fixture.Bot.BaseUrl, "/healthz"));

        Assert.True(response.IsSuccessStatusCode, fixture.Bot.Output);
        Assert.StartsWith("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;", fixture.Azurite.ConnectionString, StringComparison.Ordinal);
    }
}
