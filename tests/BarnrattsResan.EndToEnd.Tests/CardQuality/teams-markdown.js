// The subset of Markdown that Teams renders in TextBlocks and facts (Microsoft's "Format cards in Microsoft
// Teams": bold, italic, bulleted and numbered lists, hyperlinks; no headers, tables, images, preformatted text,
// blockquotes or HTML; "\n" makes a new line only in lists, "\n\n" elsewhere). Loaded after adaptivecards.min.js
// so that pictures and measurements show cards as Teams shows them, not with raw asterisks.
(function () {
  function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function inline(text) {
    return escapeHtml(text)
      .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener noreferrer">$1</a>')
      .replace(/\*\*([^*\n]+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s.,;:!?)])/g, '$1<em>$2</em>');
  }
  // The renderer makes a text's first element 100% wide; like a host's stylesheet, keep a list's indent inside that width.
  var LIST_STYLE = 'box-sizing:border-box;padding-left:1.6em;margin:0';
  function block(paragraph) {
    var lines = paragraph.split(/\r\n|\r|\n/).filter(function (l) { return l.trim().length > 0; });
    var bullet = /^\s*[-*]\s+/;
    var numbered = /^\s*\d+\.\s+/;
    if (lines.length > 0 && lines.every(function (l) { return bullet.test(l); })) {
      return '<ul style="' + LIST_STYLE + '">' + lines.map(function (l) { return '<li>' + inline(l.replace(bullet, '')) + '</li>'; }).join('') + '</ul>';
    }
    if (lines.length > 0 && lines.every(function (l) { return numbered.test(l); })) {
      var start = parseInt(lines[0].trim(), 10);
      return '<ol start="' + start + '" style="' + LIST_STYLE + '">' + lines.map(function (l) { return '<li>' + inline(l.replace(numbered, '')) + '</li>'; }).join('') + '</ol>';
    }
    // A single line break outside a list is a soft break: the lines run on as one paragraph.
    return '<p>' + lines.map(inline).join(' ') + '</p>';
  }
  window.teamsMarkdown = function (text) {
    return text.split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/).map(block).join('');
  };
  window.AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
    result.outputHtml = window.teamsMarkdown(text);
    result.didProcess = true;
  };
})();
