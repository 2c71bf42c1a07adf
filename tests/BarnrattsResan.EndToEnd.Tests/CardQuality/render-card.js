// Runs inside a blank page after adaptivecards.min.js: parses and renders one card with the official
// JavaScript renderer, and reports the renderer's parse and validation events and the rendered size.

// A host config colour ("#RRGGBB", or "#AARRGGBB" as Teams' host configs write them) as CSS.
function hostColorToCss(color) {
  var argb = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color || '');
  if (!argb) return color;
  return 'rgba(' + parseInt(argb[2], 16) + ',' + parseInt(argb[3], 16) + ',' + parseInt(argb[4], 16) + ',' + (parseInt(argb[1], 16) / 255) + ')';
}

// The renderer leaves the colour of links to the host's stylesheet. Teams shows links in its brand colour, which
// its host configs carry as the accent colour; without this the browser's own blue would be measured.
function styleLinks(hostConfig) {
  var style = document.getElementById('card-host-links');
  if (!style) {
    style = document.createElement('style');
    style.id = 'card-host-links';
    document.head.appendChild(style);
  }
  style.textContent = '#card-host a.ac-anchor { color: ' + hostColorToCss(hostConfig.containerStyles.default.foregroundColors.accent.default) + '; }';
}

// Buttons whose title is not shown in full: cut by the card's edge (the renderer, like Teams, neither wraps a row
// of buttons nor a button's title) or shortened inside the button.
function clippedButtons(host) {
  var edge = host.getBoundingClientRect().right;
  var clipped = [];
  host.querySelectorAll('button').forEach(function (button) {
    var box = button.getBoundingClientRect();
    if (box.width < 1 || box.right > edge + 0.5 || button.scrollWidth > button.clientWidth + 1) {
      clipped.push(button.getAttribute('aria-label') || button.textContent || '?');
    }
  });
  return clipped;
}

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
  styleLinks(card.hostConfig);
  var rendered = card.render();
  if (rendered) {
    host.appendChild(rendered);
  }
  var box = rendered ? rendered.getBoundingClientRect() : { width: 0, height: 0 };
  return { events: events, rendered: !!rendered, width: box.width, height: box.height, clippedButtons: clippedButtons(host) };
};
