using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Notes;
using BarnrattsResan.Bot.Tests.Infrastructure;

namespace BarnrattsResan.Bot.Tests.Notes;

/// <summary>
/// The notes as files, delivered the Teams way, through the real adapter over HTTP: the file consent card in the
/// group lead's 1:1 chat with the summary, Teams' <c>fileConsent/invoke</c> on Allow or Decline (simulated as Teams
/// sends it), the upload to a local OneDrive-like upload session, and the file card.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class NotesConsentTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string GetVerb = "notes.get";
    private const string Round = "Förankring på förskoleförvaltningen";

    private static Texts Sv => Texts.For(Language.Swedish);

    private TeamChannel channel = null!;
    private OneDriveUploadStandIn oneDrive = null!;

    public async Task InitializeAsync()
    {
        channel = await TeamChannel.OpenAsync(azurite);
        oneDrive = await OneDriveUploadStandIn.StartAsync();
        channel.App.Settings["Notes:AllowHttpUploads"] = "true";
        channel.App.Settings["Notes:UploadHosts:0"] = "127.0.0.1";
        channel.App.Settings["Notes:UploadChunkBytes"] = OneDriveUploadStandIn.ChunkUnit.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task DisposeAsync()
    {
        await channel.DisposeAsync();
        await oneDrive.DisposeAsync();
    }

    private string LeadChat => "a:1on1-" + channel.Lead.Id;

    [Fact]
    public async Task TheLeadAcceptsAndTheDocumentIsUploadedOnceAndShownAsAFileEvenWhenTeamsRepeatsTheAccept()
    {
        await channel.StartRoundAsync();
        var cards = channel.QuestionCards();
        await channel.AnswerAsync(channel.Anna, cards[0], "Barnen fick komma till tals.\nMen inte alla.");
        await channel.AnswerAsync(channel.Erik, cards[0], "Vi har en checklista nu.");
        await channel.AnswerAsync(channel.Anna, cards[2], "Mer tid på arbetsplatsträffarna.");
        await channel.SayAndDeliverAsync(channel.Facilitator, "sammanfatta");

        // With the summary, the lead's 1:1 chat gets the Word document offered; the card carries no answer text.
        var consent = Assert.Single(TeamsFileConsent.ConsentCards(channel.Connector, LeadChat));
        var attachment = consent.Attachment(TeamsFileConsent.ConsentType)!;
        Assert.Equal(Sv.Notes.NotesFileName(Round) + ".docx", attachment["name"]!.GetValue<string>());
        Assert.True(attachment["content"]!["sizeInBytes"]!.GetValue<int>() > 1000);
        Assert.Equal(Sv.Notes.NotesConsentDescription(NoteKind.Word, Round), attachment["content"]!["description"]!.GetValue<string>());
        var context = attachment["content"]!["acceptContext"]!.AsObject();
        Assert.Equal(["roundId", "kind", "offerId"], context.Select(p => p.Key));
        Assert.Equal("word", context["kind"]!.GetValue<string>());
        Assert.DoesNotContain("Barnen fick", consent.Activity.ToJsonString());
        var summaryInChat = channel.Connector.Sent.Where(s => s.ConversationId == LeadChat && s.Card is not null).ToArray();
        Assert.True(channel.Connector.Sent.ToList().IndexOf(consent) > channel.Connector.Sent.ToList().IndexOf(summaryInChat[^1]), "The offer comes after the summary.");

        var session = oneDrive.NewSession();
        var accept = TeamsFileConsent.Accept(channel.Activities, channel.Lead, consent, session);
        var response = await channel.App.PostAsync(accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await channel.DeliverAsync();

        var (_, uploaded) = Assert.Single(oneDrive.Files);
        Assert.Empty(NotesFileReader.WordErrors(uploaded));
        var questions = NotesFileReader.Questions(uploaded);
        Assert.Equal([new ReadAnswer("Anna Åberg", "Barnen fick komma till tals.\nMen inte alla."), new ReadAnswer("Erik Öst", "Vi har en checklista nu.")], questions[0].Answers);
        Assert.Equal([new ReadAnswer("Anna Åberg", "Mer tid på arbetsplatsträffarna.")], questions[2].Answers);
        var fileCard = Assert.Single(TeamsFileConsent.FileCards(channel.Connector, LeadChat)).Attachment(TeamsFileConsent.InfoType)!;
        Assert.Equal(accept["value"]!["uploadInfo"]!["contentUrl"]!.GetValue<string>(), fileCard["contentUrl"]!.GetValue<string>());
        Assert.Equal(accept["value"]!["uploadInfo"]!["uniqueId"]!.GetValue<string>(), fileCard["content"]!["uniqueId"]!.GetValue<string>());
        Assert.Equal("docx", fileCard["content"]!["fileType"]!.GetValue<string>());
        var puts = oneDrive.Requests.Count;

        // Teams retries the same invoke, and the lead clicks Allow again (Teams then makes a new session): nothing is uploaded twice.
        Assert.Equal(HttpStatusCode.OK, (await channel.App.PostAsync(accept)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await channel.App.PostAsync(TeamsFileConsent.Accept(channel.Activities, channel.Lead, consent, oneDrive.NewSession()))).StatusCode);
        await channel.DeliverAsync();
        Assert.Equal(puts, oneDrive.Requests.Count);
        Assert.Single(oneDrive.Files);
        Assert.Single(TeamsFileConsent.FileCards(channel.Connector, LeadChat));

        // The upload URL is not kept once used.
        var tables = await channel.TablesAsync();
        var offer = Assert.Single(await tables.NoteOffers.QueryAsync<TableEntity>().ToListAsync());
        Assert.Equal("Uploaded", offer.GetString("State"));
        Assert.Null(offer.GetString("UploadUrl"));
    }

    [Fact]
    public async Task TheLeadDeclinesAndIsToldWhereToGetItLaterAndDeletingTheRoundErasesTheOffer()
    {
        await channel.StartRoundAsync();
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Ett svar.");
        await channel.SayAndDeliverAsync(channel.Facilitator, "sammanfatta");
        var consent = Assert.Single(TeamsFileConsent.ConsentCards(channel.Connector, LeadChat));

        var response = await channel.App.PostAsync(TeamsFileConsent.Decline(channel.Activities, channel.Lead, consent));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await channel.DeliverAsync();

        var notice = channel.Connector.Sent.Last(s => s.ConversationId == LeadChat && s.Card is not null);
        Assert.Contains(Sv.Notes.NotesDeclined(NoteKind.Word), notice.Text);
        Assert.Empty(oneDrive.Requests);

        // An accept after the decline (an old card) is not uploaded: a new offer comes instead.
        Assert.Equal(HttpStatusCode.OK, (await channel.App.PostAsync(TeamsFileConsent.Accept(channel.Activities, channel.Lead, consent, oneDrive.NewSession()))).StatusCode);
        await channel.DeliverAsync();
        Assert.Empty(oneDrive.Requests);
        Assert.Equal(2, TeamsFileConsent.ConsentCards(channel.Connector, LeadChat).Count);

        var tables = await channel.TablesAsync();
        Assert.Equal(2, (await tables.NoteOffers.QueryAsync<TableEntity>().ToListAsync()).Count);
        var confirm = Assert.Single(await channel.SayAsync(channel.Facilitator, "radera"));
        await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, confirm.Card!, CardVerbs.DeleteRound));
        Assert.Empty(await tables.NoteOffers.QueryAsync<TableEntity>().ToListAsync());
    }

    [Fact]
    public async Task AnExpiredUploadUrlGetsANewOfferAndSomeoneElseCannotAcceptTheLeadsOffer()
    {
        await channel.StartRoundAsync();
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Ett svar.");
        await channel.SayAndDeliverAsync(channel.Facilitator, "sammanfatta");
        var consent = Assert.Single(TeamsFileConsent.ConsentCards(channel.Connector, LeadChat));

        var stranger = await channel.App.PostAsync(TeamsFileConsent.Accept(channel.Activities, channel.Anna, consent, oneDrive.NewSession()));
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Empty(oneDrive.Requests);

        var expired = oneDrive.NewSession();
        oneDrive.Expire(expired);
        Assert.Equal(HttpStatusCode.OK, (await channel.App.PostAsync(TeamsFileConsent.Accept(channel.Activities, channel.Lead, consent, expired))).StatusCode);
        await channel.DeliverAsync();

        Assert.Equal(404, Assert.Single(oneDrive.Requests).Status);
        Assert.Contains(channel.Connector.Sent, s => s.ConversationId == LeadChat && s.Text.Contains(Sv.Notes.NotesUploadExpired(NoteKind.Word), StringComparison.Ordinal));
        var offers = TeamsFileConsent.ConsentCards(channel.Connector, LeadChat);
        Assert.Equal(2, offers.Count);
        Assert.NotEqual(OfferId(offers[0]), OfferId(offers[1]));

        Assert.Equal(HttpStatusCode.OK, (await channel.App.PostAsync(TeamsFileConsent.Accept(channel.Activities, channel.Lead, offers[1], oneDrive.NewSession()))).StatusCode);
        await channel.DeliverAsync();
        Assert.Single(oneDrive.Files);
        Assert.Single(TeamsFileConsent.FileCards(channel.Connector, LeadChat));
    }

    [Fact]
    public async Task ALargeDocumentIsUploadedInChunksOf320KiBInOrderAfterAPassingFault()
    {
        await channel.StartRoundAsync();
        var roundId = CardData.RoundIdOf(channel.QuestionCards()[0]);
        var answers = (AnswerStore)channel.App.Services.GetService(typeof(AnswerStore))!;
        var round = channel.QuestionCards().Select(CardData.QuestionIdOf).ToArray();
        var random = new Random(7);
        var expected = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            // Text that does not compress much (random CJK characters, three bytes each in UTF-8), so the document is over 640 KiB.
            var text = $"Svar {i}: " + string.Concat(Enumerable.Range(0, 3900).Select(_ => (char)random.Next(0x4E00, 0x9FFF)));
            expected.Add(text);
            await answers.SaveAsync(roundId, new Answer(round[i % round.Length], $"p{i}", text, $"Kollega {i}", TeamChannel.Start, TeamChannel.Start), CancellationToken.None);
        }

        await channel.SayAndDeliverAsync(channel.Facilitator, "sammanfatta");
        var consent = Assert.Single(TeamsFileConsent.ConsentCards(channel.Connector, LeadChat));
        oneDrive.FailNext(1);
        Assert.Equal(HttpStatusCode.OK, (await channel.App.PostAsync(TeamsFileConsent.Accept(channel.Activities, channel.Lead, consent, oneDrive.NewSession()))).StatusCode);
        await channel.DeliverAsync();

        var (_, file) = Assert.Single(oneDrive.Files);
        Assert.True(file.Length > 2 * OneDriveUploadStandIn.ChunkUnit, $"The document is only {file.Length} bytes.");
        var requests = oneDrive.Requests;
        Assert.Equal(503, requests[0].Status);
        var accepted = requests.Skip(1).ToArray();
        Assert.All(accepted[..^1], r => Assert.Equal((202, OneDriveUploadStandIn.ChunkUnit), (r.Status, r.Length)));
        Assert.Equal(201, accepted[^1].Status);
        Assert.Equal(Enumerable.Range(0, accepted.Length).Select(i => (long)i * OneDriveUploadStandIn.ChunkUnit), accepted.Select(r => r.From));
        Assert.All(accepted, r => Assert.Equal(file.Length, r.Total));
        Assert.Empty(NotesFileReader.WordErrors(file));
        Assert.Equal(expected.Order(StringComparer.Ordinal), NotesFileReader.Questions(file).SelectMany(q => q.Answers).Select(a => a.Text).Order(StringComparer.Ordinal));
        Assert.Single(TeamsFileConsent.FileCards(channel.Connector, LeadChat));
    }

    [Fact]
    public async Task GetAsExcelOnTheSummaryOffersTheWorkbookToTheFacilitatorButNotToAColleague()
    {
        await channel.StartRoundAsync();
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Annas svar.");
        await channel.AnswerAsync(channel.Erik, channel.QuestionCards()[1], "Eriks svar.");
        await channel.SayAndDeliverAsync(channel.Facilitator, "sammanfatta");
        var summary = channel.Connector.CardsIn(channel.Activities.ThreadConversationId).Last(s => CardData.Buttons(s.Card!, GetVerb).Count > 0);
        var buttons = CardData.Buttons(summary.Card!, GetVerb);
        Assert.Equal([Sv.Notes.NotesGet(NoteKind.Word), Sv.Notes.NotesGet(NoteKind.Excel)], buttons.Select(b => b["title"]!.GetValue<string>()));
        var facilitatorChat = "a:1on1-" + channel.Facilitator.Id;
        var annaChat = "a:1on1-" + channel.Anna.Id;

        var refused = await channel.App.InvokeAsync(channel.Activities.Execute(channel.Anna, GetVerb, buttons[1]["data"]!.DeepClone().AsObject()));
        Assert.Contains(Sv.Notes.NotesNotAllowed("Maria Lind"), CardText.Of(refused));
        Assert.Contains("Annas svar.", CardText.Of(refused));
        await channel.DeliverAsync();
        Assert.Empty(TeamsFileConsent.ConsentCards(channel.Connector, annaChat));

        var clicked = await channel.App.InvokeAsync(channel.Activities.Execute(channel.Facilitator, GetVerb, buttons[1]["data"]!.DeepClone().AsObject()));
        Assert.Contains(Sv.Notes.NotesOfferSent(NoteKind.Excel), CardText.Of(clicked));
        Assert.Equal(2, CardData.Buttons(clicked, GetVerb).Count);
        await channel.DeliverAsync();
        var consent = Assert.Single(TeamsFileConsent.ConsentCards(channel.Connector, facilitatorChat));
        Assert.Equal(Sv.Notes.NotesFileName(Round) + ".xlsx", consent.Attachment(TeamsFileConsent.ConsentType)!["name"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await channel.App.PostAsync(TeamsFileConsent.Accept(channel.Activities, channel.Facilitator, consent, oneDrive.NewSession()))).StatusCode);
        await channel.DeliverAsync();
        var (_, workbook) = Assert.Single(oneDrive.Files);
        Assert.Empty(NotesFileReader.ExcelErrors(workbook));
        var rows = NotesFileReader.Rows(workbook);
        Assert.Equal(["Fråga nr", "Fråga", "Svar", "Namn"], rows[0]);
        Assert.Equal([["1", "Annas svar.", "Anna Åberg"], ["2", "Eriks svar.", "Erik Öst"]], rows.Skip(1).Select(r => new[] { r[0], r[2], r[3] }));
        Assert.Single(TeamsFileConsent.FileCards(channel.Connector, facilitatorChat));
    }

    [Fact]
    public async Task AnAnonymousRoundsDocumentNamesNobodyAndAMalformedConsentAnswerIsA400()
    {
        await channel.StartRoundAsync(("anonymous", "true"));
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Anonymt svar ett.");
        await channel.AnswerAsync(channel.Erik, channel.QuestionCards()[0], "Anonymt svar två.");
        await channel.SayAndDeliverAsync(channel.Facilitator, "sammanfatta");
        var consent = Assert.Single(TeamsFileConsent.ConsentCards(channel.Connector, LeadChat));

        var malformed = TeamsFileConsent.Accept(channel.Activities, channel.Lead, consent, oneDrive.NewSession());
        malformed["value"]!["context"] = new JsonObject { ["roundId"] = "x" };
        Assert.Equal(HttpStatusCode.BadRequest, (await channel.App.PostAsync(malformed)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await channel.App.PostAsync(TeamsFileConsent.Accept(channel.Activities, channel.Lead, consent, oneDrive.NewSession()))).StatusCode);
        await channel.DeliverAsync();
        var (_, file) = Assert.Single(oneDrive.Files);
        var answers = NotesFileReader.Questions(file)[0].Answers;
        Assert.Equal(["Anonymt svar ett.", "Anonymt svar två."], answers.Select(a => a.Text).Order(StringComparer.Ordinal));
        Assert.All(answers, a => Assert.Null(a.Name));
        var text = string.Join("\n", NotesFileReader.Paragraphs(file).Select(p => p.Text));
        Assert.DoesNotContain("Anna", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Erik", text, StringComparison.Ordinal);
    }

    private static string OfferId(SentActivity consent) =>
        consent.Attachment(TeamsFileConsent.ConsentType)!["content"]!["acceptContext"]!["offerId"]!.GetValue<string>();
}
