// Runs inside a blank page after adaptivecards.min.js: parses and renders one card with the official
// JavaScript renderer, and reports the renderer's parse and validation events and the rendered size.
window.renderAdaptiveCard = function (cardJson, hostConfigJson) {
  var AC = window.AdaptiveCards;
  var events = [];
  function describe(e) {
    return {
      phase: AC.ValidationPhase[e.phase],
      event: AC.ValidationEvent[e.event],
      message: e.message
    };
  }
  var card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(JSON.parse(hostConfigJson));
  var context = new AC.SerializationContext();
  card.parse(JSON.parse(cardJson), context);
  for (var i = 0; i < context.eventCount; i++) {
    events.push(describe(context.getEventAt(i)));
  }
  var validation = card.validateProperties();
  for (var j = 0; j < validation.validationEvents.length; j++) {
    events.push(describe(validation.validationEvents[j]));
  }
  var host = document.getElementById('card-host');
  host.innerHTML = '';
  host.style.background = card.hostConfig.containerStyles.default.backgroundColor || '#ffffff';
  var rendered = card.render();
  if (rendered) {
    host.appendChild(rendered);
  }
  var box = rendered ? rendered.getBoundingClientRect() : { width: 0, height: 0 };
  return { events: events, rendered: !!rendered, width: box.width, height: box.height };
};
