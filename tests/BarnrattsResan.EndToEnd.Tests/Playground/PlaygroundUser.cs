namespace BarnrattsResan.EndToEnd.Tests.Playground;

/// <summary>
/// A simulated Teams user. <see cref="Locale"/> is NOT sent by the Playground 0.2.28 (it always sends
/// "en-US"); it is passed to the process as LANG only. <see cref="TimeZone"/> becomes the process's TZ,
/// which the Playground does send as <c>localTimezone</c>.
/// </summary>
public sealed record PlaygroundUser(
    string Id,
    string Name,
    string AadObjectId,
    string GivenName,
    string Surname,
    string Email,
    string Locale = "sv-SE",
    string TimeZone = "Europe/Stockholm");
