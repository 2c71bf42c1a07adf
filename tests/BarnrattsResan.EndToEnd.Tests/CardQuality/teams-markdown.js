// The Markdown that Teams renders in TextBlocks and facts. Microsoft's "Format cards in Microsoft Teams" lists
// bold, italic, bulleted and numbered lists and hyperlinks ("\n" makes a new line only in lists, "\n\n"
// elsewhere); Teams' clients are CommonMark-based, and some of them render more (headings, quotes, code, strike-
// through, bare addresses as links, entities, mentions). This emulation renders that whole superset, the way a
// CommonMark renderer does, including backslash escapes: a card that shows no link, emphasis, list or heading
// here shows none in any Teams client either. Loaded after adaptivecards.min.js so that pictures and measurements
// show cards as Teams shows them, not with raw asterisks.
(function () {
  var OPEN = '\uFDD0';
  var CLOSE = '\uFDD1';
  var LIST_STYLE = 'box-sizing:border-box;padding-left:1.6em;margin:0';

  function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function decodeEntity(entity) {
    var area = document.createElement('textarea');
    area.innerHTML = entity;
    return area.value;
  }

  // Inline Markdown. Whatever is settled (escaped characters, code, links, HTML) is kept aside behind a
  // placeholder, so that later rules cannot reach into it; placeholders are put back at the end.
  function inline(text, references) {
    var kept = [];
    function keep(html) {
      kept.push(html);
      return OPEN + (kept.length - 1) + CLOSE;
    }
    function link(href, inner) {
      return keep('<a href="' + escapeHtml(href) + '" target="_blank" rel="noopener noreferrer">' + inner + '</a>');
    }

    // A backslash before ASCII punctuation shows that character, and nothing it would otherwise start.
    var s = text.replace(/\\([!-\/:-@\[-`{-~])/g, function (_, c) { return keep(escapeHtml(c)); });
    s = s.replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, function (_, fence, code) { return keep('<code>' + escapeHtml(code) + '</code>'); });
    s = s.replace(/<([a-zA-Z][a-zA-Z0-9+.\-]{1,31}:[^\s<>]*)>/g, function (_, url) { return link(url, escapeHtml(url)); });
    s = s.replace(/<([\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)>/g, function (_, mail) { return link('mailto:' + mail, escapeHtml(mail)); });
    s = s.replace(/<at>([\s\S]*?)<\/at>/gi, function (_, name) { return keep('<strong class="mention">' + escapeHtml(name) + '</strong>'); });
    s = s.replace(/<!--[\s\S]*?-->|<\/?[a-zA-Z][a-zA-Z0-9\-]*(?:\s[^<>]*)?\/?>/g, function (tag) { return keep('<kbd class="raw-html">' + escapeHtml(tag) + '</kbd>'); });
    s = s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, function (entity) {
      var decoded = decodeEntity(entity);
      return decoded === entity ? entity : keep(escapeHtml(decoded));
    });
    s = s.replace(/!\[([^\]\n]*)\]\(\s*([^)\s]*)(?:\s+"[^"]*")?\s*\)/g, function (_, alt, src) { return keep('<img alt="' + escapeHtml(alt) + '" data-src="' + escapeHtml(src) + '">'); });
    s = s.replace(/\[([^\]\n]+)\]\(\s*([^)\s]*)(?:\s+"[^"]*")?\s*\)/g, function (_, label, href) { return link(href, escapeHtml(label)); });
    s = s.replace(/\[([^\]\n]+)\](?:\[\])?/g, function (whole, label) {
      var href = references[label.toLowerCase()];
      return href === undefined ? whole : link(href, escapeHtml(label));
    });
    s = s.replace(/((?:https?|ftp):\/\/[^\s<>]*[^\s<>.,;:!?)'"]|www\.[^\s<>]*[^\s<>.,;:!?)'"])/gi, function (url) {
      return link(/^www\./i.test(url) ? 'http://' + url : url, escapeHtml(url));
    });
    s = s.replace(/[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+/g, function (mail) { return link('mailto:' + mail, escapeHtml(mail)); });
    s = escapeHtml(s)
      .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>')
      .replace(/__(?=\S)([\s\S]*?\S)__(?![A-Za-z0-9])/g, '<strong>$1</strong>')
      .replace(/\*(?=\S)([^*]*?\S)\*/g, '<em>$1</em>')
      .replace(/(^|[^A-Za-z0-9_])_(?=\S)([^_]*?\S)_(?![A-Za-z0-9])/g, '$1<em>$2</em>')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '<del>$1</del>');
    var placeholder = new RegExp(OPEN + '(\\d+)' + CLOSE, 'g');
    while (placeholder.test(s)) {
      s = s.replace(placeholder, function (_, index) { return kept[Number(index)]; });
    }
    return s;
  }

  window.teamsMarkdown = function (text) {
    var references = {};
    var lines = text.split(/\r\n|\r|\n/).filter(function (line) {
      var definition = /^ {0,3}\[([^\]\n]+)\]:\s*(\S+)/.exec(line);
      if (definition) {
        references[definition[1].toLowerCase()] = definition[2];
        return false;
      }
      return true;
    });
    var html = [];
    var paragraph = [];
    var list = null;
    function flushParagraph() {
      if (paragraph.length > 0) {
        // A single line break outside a list is a soft break: the lines run on as one paragraph.
        html.push('<p>' + paragraph.map(function (l) { return inline(l.trim(), references); }).join(' ') + '</p>');
        paragraph = [];
      }
    }
    function flushList() {
      if (list) {
        var start = list.kind === 'ol' ? ' start="' + list.start + '"' : '';
        html.push('<' + list.kind + start + ' style="' + LIST_STYLE + '">' + list.items.map(function (i) { return '<li>' + inline(i, references) + '</li>'; }).join('') + '</' + list.kind + '>');
        list = null;
      }
    }
    function flush() {
      flushParagraph();
      flushList();
    }
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i];
      var match;
      if (/^\s*$/.test(line)) {
        flush();
      } else if ((match = /^ {0,3}(```+|~~~+)/.exec(line))) {
        flush();
        var code = [];
        for (i++; i < lines.length && lines[i].trim().indexOf(match[1]) !== 0; i++) {
          code.push(lines[i]);
        }
        html.push('<pre><code>' + escapeHtml(code.join('\n')) + '</code></pre>');
      } else if (paragraph.length === 0 && !list && /^( {4}|\t)/.test(line)) {
        html.push('<pre><code>' + escapeHtml(line.replace(/^( {4}|\t)/, '')) + '</code></pre>');
      } else if ((match = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/.exec(line))) {
        flush();
        html.push('<h3>' + inline(match[2] || '', references) + '</h3>');
      } else if (paragraph.length > 0 && /^ {0,3}(=+|-+)\s*$/.test(line)) {
        html.push('<h3>' + paragraph.map(function (l) { return inline(l.trim(), references); }).join(' ') + '</h3>');
        paragraph = [];
      } else if (/^ {0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
        flush();
        html.push('<hr>');
      } else if ((match = /^ {0,3}>\s?(.*)$/.exec(line))) {
        flush();
        html.push('<blockquote>' + inline(match[1], references) + '</blockquote>');
      } else if (line.indexOf('|') >= 0 && i + 1 < lines.length && /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/.test(lines[i + 1])) {
        flush();
        var rows = [line];
        for (i += 2; i < lines.length && lines[i].indexOf('|') >= 0; i++) {
          rows.push(lines[i]);
        }
        i--;
        html.push('<table>' + rows.map(function (row) {
          return '<tr>' + row.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map(function (cell) { return '<td>' + inline(cell.trim(), references) + '</td>'; }).join('') + '</tr>';
        }).join('') + '</table>');
      } else if ((match = /^ {0,3}[-*+]\s+(.*)$/.exec(line)) || (match = /^ {0,3}(\d{1,9})[.)]\s+(.*)$/.exec(line))) {
        var ordered = match.length === 3;
        var kind = ordered ? 'ol' : 'ul';
        flushParagraph();
        if (!list || list.kind !== kind) {
          flushList();
          list = { kind: kind, start: ordered ? parseInt(match[1], 10) : 1, items: [] };
        }
        list.items.push(ordered ? match[2] : match[1]);
      } else if (list) {
        // A line that continues a list item.
        list.items[list.items.length - 1] += ' ' + line.trim();
      } else {
        paragraph.push(line);
      }
    }
    flush();
    return html.join('');
  };

  // Choice titles (checkbox and radio labels) are plain text in Teams (MicrosoftDocs/msteams-docs#5793: "in
  // Input.ChoiceSet the Markdown is not accepted"); the renderer's default would format them.
  window.AdaptiveCards.GlobalSettings.useMarkdownInRadioButtonAndCheckbox = false;
  window.AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
    result.outputHtml = window.teamsMarkdown(text);
    result.didProcess = true;
  };
})();
