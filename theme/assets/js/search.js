// NewsArchive's search in the browser. It reads the static index the build exports under search/ (see
// src/NewsArchive/Search/ExportIndex.cs) a few files at a time: the manifest, then only the term shards a
// query's terms hash to, then one small file per result shown. Every file is a script calling
// NewsArchiveSearch.load(id, data), because a page opened from disk may load scripts but not fetch() files.
// Tokenizing, query rules and BM25 follow the C# side rule for rule (BigramTokens, ParsedQuery,
// BuildLuceneQuery), so the browser finds and ranks what the CLI does (without the CLI's SmartCn bonus).
// Index text is only ever put into the page as text nodes.
(function () {
  'use strict';

  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$';
  var DIGIT = {};
  for (var a = 0; a < ALPHABET.length; a++) DIGIT[ALPHABET.charAt(a)] = a;
  var TITLE_BOOST = 2;
  var PAGE_SIZE = 10;
  var BEFORE = 24, AFTER = 56;

  var script = document.currentScript;
  var root = script && script.src ? script.src.replace(/assets\/js\/search\.js(?:[?#].*)?$/, '') : '';
  var dataRoot = root + 'search/';

  // ---- loading shards as scripts --------------------------------------------------------------------
  // Files are known by absolute URL (the script calling load()), so sibling sites' indexes load beside this one's;
  // each manifest keeps its folder (m.dir).
  var store = {};
  var waiting = {};

  function absolute(url) {
    var a = document.createElement('a');
    a.href = url;
    return a.href;
  }

  function load(id, data) {
    var current = document.currentScript;
    var key = current && current.src ? current.src : absolute(dataRoot + id);
    store[key] = data;
    if (waiting[key]) { waiting[key].resolve(data); }
  }

  function need(dir, path) {
    var key = absolute(dir + path);
    if (Object.prototype.hasOwnProperty.call(store, key)) return Promise.resolve(store[key]);
    if (waiting[key]) return waiting[key].promise;
    var entry = {};
    entry.promise = new Promise(function (resolve, reject) {
      entry.resolve = resolve;
      var tag = document.createElement('script');
      tag.src = key;
      tag.async = true;
      tag.onerror = function () { delete waiting[key]; reject(new Error('could not load ' + dir + path)); };
      document.head.appendChild(tag);
    });
    waiting[key] = entry;
    return entry.promise;
  }

  function manifest(dir) {
    dir = dir || dataRoot;
    return need(dir, 'manifest.js').then(function (m) {
      if (!m.dir) m.dir = dir;
      return m;
    });
  }

  // ---- text folding and tokens (BigramTokens.cs, SimplifiedMap.cs) --------------------------------------
  function isHan(c) {
    var x = c.charCodeAt(0);
    return (x >= 0x3400 && x <= 0x4DBF) || (x >= 0x4E00 && x <= 0x9FFF) || (x >= 0xF900 && x <= 0xFAFF) || x === 0x3007;
  }
  var WORD = /[\p{L}\p{Nd}]/u;
  function isWordChar(c) {
    var x = c.charCodeAt(0);
    return !isHan(c) && !(x >= 0xD800 && x <= 0xDFFF) && WORD.test(c);
  }

  var foldMap = {};
  function loadMaps(text, m) {
    var wanted = {};
    for (var i = 0; i < text.length; i++) {
      if (!isHan(text.charAt(i))) continue;
      var bucket = (text.charCodeAt(i) >> 8).toString(16);
      if (m.maps.indexOf(bucket) >= 0) wanted[bucket] = true;
    }
    return Promise.all(Object.keys(wanted).map(function (b) {
      return need(m.dir, 'm/' + b + '.js').then(function (pairs) {
        for (var j = 0; j + 1 < pairs.length; j += 2) foldMap[pairs.charAt(j)] = pairs.charAt(j + 1);
      });
    }));
  }

  function foldChar(c) {
    var x = c.charCodeAt(0);
    if (x >= 0xFF01 && x <= 0xFF5E) return String.fromCharCode(x - 0xFEE0);
    if (x === 0x3000) return ' ';
    return foldMap[c] || c;
  }
  function fold(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) out += foldChar(text.charAt(i));
    return out;
  }

  function bigrams(folded) {
    var tokens = [], position = 0, i = 0;
    while (i < folded.length) {
      var c = folded.charAt(i), start = i;
      if (isHan(c)) {
        while (i < folded.length && isHan(folded.charAt(i))) i++;
        if (i - start === 1) tokens.push({ term: c, pos: position++ });
        else for (var j = start; j + 1 < i; j++) tokens.push({ term: folded.substr(j, 2), pos: position++ });
      } else if (isWordChar(c)) {
        while (i < folded.length && isWordChar(folded.charAt(i))) i++;
        tokens.push({ term: folded.substring(start, i).toLowerCase(), pos: position++ });
      } else i++;
    }
    return tokens;
  }

  // ---- English: Lucene's EnglishAnalyzer (standard tokens, possessives, lower case, stop words, Porter) ---
  var STOP = {};
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'
    .split(' ').forEach(function (w) { STOP[w] = true; });
  var EN_TOKEN = /[\p{L}\p{Nd}_]+(?:(?:['\u2019.:](?=\p{L})|[.,;'\u2019](?=\p{Nd}))[\p{L}\p{Nd}_]+)*/gu;

  function english(text) {
    var tokens = [], position = -1, m;
    EN_TOKEN.lastIndex = 0;
    while ((m = EN_TOKEN.exec(text)) !== null) {
      var word = m[0];
      position++;
      if (/['\u2019\uFF07][sS]$/.test(word)) word = word.slice(0, -2);
      word = word.toLowerCase();
      if (STOP[word]) continue;
      tokens.push({ term: stem(word), pos: position });
    }
    return tokens;
  }

  // Martin Porter's algorithm as Lucene's PorterStemmer has it (words of two letters or fewer stay).
  function stem(w) {
    if (w.length <= 2) return w;
    var b = w.split(''), k = b.length - 1, k0 = 0, j = 0;
    function cons(i) {
      switch (b[i]) {
        case 'a': case 'e': case 'i': case 'o': case 'u': return false;
        case 'y': return i === k0 ? true : !cons(i - 1);
        default: return true;
      }
    }
    function m() {
      var n = 0, i = k0;
      while (true) { if (i > j) return n; if (!cons(i)) break; i++; }
      i++;
      while (true) {
        while (true) { if (i > j) return n; if (cons(i)) break; i++; }
        i++; n++;
        while (true) { if (i > j) return n; if (!cons(i)) break; i++; }
        i++;
      }
    }
    function vowelinstem() { for (var i = k0; i <= j; i++) if (!cons(i)) return true; return false; }
    function doublec(i) { return i >= k0 + 1 && b[i] === b[i - 1] && cons(i); }
    function cvc(i) {
      if (i < k0 + 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
      return b[i] !== 'w' && b[i] !== 'x' && b[i] !== 'y';
    }
    function ends(s) {
      var l = s.length, o = k - l + 1;
      if (o < k0) return false;
      for (var i = 0; i < l; i++) if (b[o + i] !== s.charAt(i)) return false;
      j = k - l;
      return true;
    }
    function setto(s) {
      var l = s.length, o = j + 1;
      for (var i = 0; i < l; i++) b[o + i] = s.charAt(i);
      k = j + l;
    }
    function r(s) { if (m() > 0) setto(s); }
    function step1() {
      if (b[k] === 's') {
        if (ends('sses')) k -= 2;
        else if (ends('ies')) setto('i');
        else if (b[k - 1] !== 's') k--;
      }
      if (ends('eed')) { if (m() > 0) k--; }
      else if ((ends('ed') || ends('ing')) && vowelinstem()) {
        k = j;
        if (ends('at')) setto('ate');
        else if (ends('bl')) setto('ble');
        else if (ends('iz')) setto('ize');
        else if (doublec(k)) {
          var ch = b[k--];
          if (ch === 'l' || ch === 's' || ch === 'z') k++;
        } else if (m() === 1 && cvc(k)) setto('e');
      }
    }
    function step2() { if (ends('y') && vowelinstem()) { b[k] = 'i'; } }
    function step3() {
      if (k === k0) return;
      switch (b[k - 1]) {
        case 'a': if (ends('ational')) { r('ate'); break; } if (ends('tional')) { r('tion'); break; } break;
        case 'c': if (ends('enci')) { r('ence'); break; } if (ends('anci')) { r('ance'); break; } break;
        case 'e': if (ends('izer')) { r('ize'); break; } break;
        case 'l': if (ends('bli')) { r('ble'); break; } if (ends('alli')) { r('al'); break; } if (ends('entli')) { r('ent'); break; }
          if (ends('eli')) { r('e'); break; } if (ends('ousli')) { r('ous'); break; } break;
        case 'o': if (ends('ization')) { r('ize'); break; } if (ends('ation')) { r('ate'); break; } if (ends('ator')) { r('ate'); break; } break;
        case 's': if (ends('alism')) { r('al'); break; } if (ends('iveness')) { r('ive'); break; } if (ends('fulness')) { r('ful'); break; }
          if (ends('ousness')) { r('ous'); break; } break;
        case 't': if (ends('aliti')) { r('al'); break; } if (ends('iviti')) { r('ive'); break; } if (ends('biliti')) { r('ble'); break; } break;
        case 'g': if (ends('logi')) { r('log'); break; } break;
      }
    }
    function step4() {
      switch (b[k]) {
        case 'e': if (ends('icate')) { r('ic'); break; } if (ends('ative')) { r(''); break; } if (ends('alize')) { r('al'); break; } break;
        case 'i': if (ends('iciti')) { r('ic'); break; } break;
        case 'l': if (ends('ical')) { r('ic'); break; } if (ends('ful')) { r(''); break; } break;
        case 's': if (ends('ness')) { r(''); break; } break;
      }
    }
    function step5() {
      if (k === k0) return;
      switch (b[k - 1]) {
        case 'a': if (ends('al')) break; return;
        case 'c': if (ends('ance')) break; if (ends('ence')) break; return;
        case 'e': if (ends('er')) break; return;
        case 'i': if (ends('ic')) break; return;
        case 'l': if (ends('able')) break; if (ends('ible')) break; return;
        case 'n': if (ends('ant')) break; if (ends('ement')) break; if (ends('ment')) break; if (ends('ent')) break; return;
        case 'o': if (ends('ion') && j >= 0 && (b[j] === 's' || b[j] === 't')) break; if (ends('ou')) break; return;
        case 's': if (ends('ism')) break; return;
        case 't': if (ends('ate')) break; if (ends('iti')) break; return;
        case 'u': if (ends('ous')) break; return;
        case 'v': if (ends('ive')) break; return;
        case 'z': if (ends('ize')) break; return;
        default: return;
      }
      if (m() > 1) k = j;
    }
    function step6() {
      j = k;
      if (b[k] === 'e') {
        var a = m();
        if (a > 1 || (a === 1 && !cvc(k - 1))) k--;
      }
      if (b[k] === 'l' && doublec(k) && m() > 1) k--;
    }
    step1(); step2(); step3(); step4(); step5(); step6();
    return b.slice(0, k + 1).join('');
  }

  // ---- query syntax (ParsedQuery.cs) ------------------------------------------------------------------
  function isQuote(c) { return c === '"' || c === '\u201C' || c === '\u201D' || c === '\u300C' || c === '\u300D'; }
  function isSpace(c) { return /\s/.test(c) || c === '\u3000'; }
  function hasContent(t) { for (var i = 0; i < t.length; i++) if (isHan(t.charAt(i)) || WORD.test(t.charAt(i))) return true; return false; }

  function parse(query) {
    var items = [], i = 0;
    while (i < query.length) {
      var c = query.charAt(i);
      if (isSpace(c)) { i++; continue; }
      var negated = false;
      if ((c === '-' || c === '\uFF0D') && i + 1 < query.length && !isSpace(query.charAt(i + 1))) { negated = true; i++; c = query.charAt(i); }
      if (isQuote(c)) {
        var end = i + 1;
        while (end < query.length && !isQuote(query.charAt(end))) end++;
        items.push({ text: query.substring(i + 1, end), quoted: true, negated: negated, or: false });
        i = end + 1;
        continue;
      }
      var start = i;
      while (i < query.length && !isSpace(query.charAt(i)) && !isQuote(query.charAt(i))) i++;
      var text = query.substring(start, i);
      items.push({ text: text, quoted: false, negated: negated, or: !negated && text === 'OR' });
    }
    var required = [], excluded = [], joinNext = false;
    items.forEach(function (it) {
      if (it.or) { joinNext = required.length > 0; return; }
      if (!hasContent(it.text)) return;
      var clause = { text: it.text, quoted: it.quoted };
      if (it.negated) { excluded.push(clause); joinNext = false; return; }
      if (joinNext) required[required.length - 1].push(clause); else required.push([clause]);
      joinNext = false;
    });
    return { required: required, excluded: excluded };
  }

  // ---- postings ----------------------------------------------------------------------------------------
  function hash(term) {
    var h = 0x811C9DC5;
    for (var i = 0; i < term.length; i++) { h ^= term.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
    return h >>> 0;
  }

  // A term's entry in its shard: for each field a postings string, or {n: document count, k: [[first ord, block id]]},
  // every block a file (an index of version 5 or before gave the last block inline as [first ord, block id, postings]). The index comes in two tiers, each with shards of its own:
  // the main one, and the recent one (a new issue rewrites only its shards). Terms come in groups, the hash modulo
  // the number of groups, and the recent tier holds a group's articles numbered from m.recent.from[group] on.
  // A term's entries in both are joined into one: the recent tier's postings follow the main tier's.
  function entry(term, m) {
    var h = hash(term);
    var from = m.recent.from[h % m.recent.from.length];
    return Promise.all([tierEntry('t', h % m.shards, term, m), tierEntry('r', h % m.recent.shards, term, m)]).then(function (e) {
      var main = e[0], recent = e[1];
      if (!main || !recent) return main || recent;
      var joined = {};
      Object.keys(main).concat(Object.keys(recent)).forEach(function (key) {
        var a = main[key], b = recent[key];
        joined[key] = !a || !b ? (a || b) : {
          n: documentCount(main, key) + documentCount(recent, key),
          k: blocksOf(a, 0, 't:' + term).concat(blocksOf(b, from, 'r:' + term))
        };
      });
      return joined;
    });
  }

  // A list of one block is asked for as soon as its shard names it: whether it is the rarest term's or another's, a
  // query needs it (unless a term is missing), and asking then saves a round trip after the shards.
  function tierEntry(tier, shard, term, m) {
    return need(m.dir, tier + '/' + shard + '.js').then(function (data) {
      var e = Object.prototype.hasOwnProperty.call(data, term) ? data[term] : null;
      if (e) Object.keys(e).forEach(function (key) {
        var v = e[key];
        if (typeof v !== 'string' && v.k.length === 1 && v.k[0].length === 2) blockFile(v.k[0][1], m).catch(function () { /* reported when used */ });
      });
      return e;
    });
  }

  // A block's id starts with its tier's folder: x for the main tier, y for the recent one.
  function blockFile(id, m) { return need(m.dir, id.charAt(0) + '/' + id.substring(1) + '.js'); }

  // A field's postings as a list of blocks: a whole list is one block, inline, starting no lower than its tier.
  function blocksOf(v, first, id) { return typeof v === 'string' ? [[first, id, v]] : v.k; }

  function readVarint(s, at) {
    var v = 0, shift = 0, d;
    while ((d = DIGIT[s.charAt(at.i++)]) >= 32) { v += (d - 32) * Math.pow(2, shift); shift += 5; }
    return v + d * Math.pow(2, shift);
  }

  function documentCount(e, key) {
    var v = e ? e[key] : null;
    if (!v) return 0;
    return typeof v === 'string' ? readVarint(v, { i: 0 }) : v.n;
  }

  // Decodes one postings string into docs (Map ord -> {tf, norm, pos}); decoded lists are cached.
  var decoded = {};
  function decode(cacheKey, s, key, m, into) {
    cacheKey = m.dir + '\u0000' + cacheKey;
    var docs = decoded[cacheKey];
    if (!docs) {
      docs = new Map();
      var at = { i: 0 };
      var positions = key !== 'f' && m.fields[key].pos === 1;
      var base = key === 'f' ? 0 : m.fields[key].base;
      var count = readVarint(s, at), ord = 0;
      for (var n = 0; n < count; n++) {
        ord += readVarint(s, at);
        if (key === 'f') { docs.set(ord, null); continue; }
        var norm = base - readVarint(s, at), tf = readVarint(s, at), pos = null;
        if (positions) {
          pos = new Array(tf);
          var p = 0;
          for (var q = 0; q < tf; q++) { p += readVarint(s, at); pos[q] = p; }
        }
        docs.set(ord, { tf: tf, norm: norm, pos: pos });
      }
      decoded[cacheKey] = docs;
    }
    if (into) docs.forEach(function (v, k) { into.set(k, v); });
    return docs;
  }

  function anyBetween(sorted, lo, hi) {
    var a = 0, b = sorted.length;
    while (a < b) { var mid = (a + b) >> 1; if (sorted[mid] < lo) a = mid + 1; else b = mid; }
    return a < sorted.length && sorted[a] < hi;
  }

  // One field's postings of a term: {df, docs}. With candidates (sorted ords), a long list loads only the
  // blocks that can hold them.
  function postings(term, key, m, candidates) {
    return entry(term, m).then(function (e) {
      var v = e ? e[key] : null;
      if (!v) return { df: 0, docs: new Map() };
      if (typeof v === 'string') return { df: documentCount(e, key), docs: decode(key + '\u0000' + term, v, key, m) };
      var wanted = v.k.filter(function (blk, i) {
        return !candidates || anyBetween(candidates, blk[0], i + 1 < v.k.length ? v.k[i + 1][0] : Infinity);
      });
      return Promise.all(wanted.map(function (blk) {
        // A whole list (or an older index's last block) comes inline: [first ord, id, postings].
        if (blk.length > 2) return { id: blk[1], str: blk[2] };
        return blockFile(blk[1], m).then(function (str) { return { id: blk[1], str: str }; });
      })).then(function (loaded) {
        var docs = new Map();
        loaded.forEach(function (l) { decode(key + '\u0000' + l.id, l.str, key, m, docs); });
        return { df: v.n, docs: docs };
      });
    });
  }

  // ---- BM25 as Lucene 4.8's BM25Similarity computes it, in single precision -----------------------------
  var f32 = Math.fround;
  var floatView = new DataView(new ArrayBuffer(4));
  function byte315ToFloat(b) {
    if (b === 0) return 0;
    var bits = (b & 0xff) << (24 - 3);
    bits += (63 - 15) << 24;
    floatView.setInt32(0, bits);
    return floatView.getFloat32(0);
  }
  var NORM_TABLE = [];
  for (var nb = 0; nb < 256; nb++) { var fl = byte315ToFloat(nb); NORM_TABLE[nb] = f32(1 / f32(fl * fl)); }
  function normCache(key, m) {
    var cacheByField = m.norms || (m.norms = {});
    if (cacheByField[key]) return cacheByField[key];
    var st = m.fields[key];
    var avgdl = st.ttf <= 0 ? 1 : f32(st.ttf / m.n);
    var k1 = f32(m.k1), b = f32(m.b);
    var cache = [];
    for (var i = 0; i < 256; i++) cache[i] = f32(k1 * f32(f32(1 - b) + f32(f32(b * NORM_TABLE[i]) / avgdl)));
    cacheByField[key] = cache;
    return cache;
  }
  function idf(df, n) { return f32(Math.log(1 + (n - df + 0.5) / (df + 0.5))); }

  // Scores of one field's term or exact phrase: Map ord -> score. The rarest term is loaded whole; the
  // others only where its documents are.
  function phraseScores(key, tokens, boost, m) {
    return Promise.all(tokens.map(function (t) { return entry(t.term, m); })).then(function (entries) {
      var dfs = entries.map(function (e) { return documentCount(e, key); });
      if (dfs.some(function (df) { return df === 0; })) return new Map();
      var r = 0;
      dfs.forEach(function (df, i) { if (df < dfs[r]) r = i; });
      return postings(tokens[r].term, key, m, null).then(function (rarest) {
        var candidates = Array.from(rarest.docs.keys()).sort(function (x, y) { return x - y; });
        return Promise.all(tokens.map(function (t, i) { return i === r ? rarest : postings(t.term, key, m, candidates); }))
          .then(function (lists) { return score(key, tokens, boost, m, lists, dfs, rarest); });
      });
    });
  }

  function score(key, tokens, boost, m, lists, dfs, rarest) {
    var scores = new Map();
    var weightIdf = 0;
    dfs.forEach(function (df) { weightIdf = f32(weightIdf + idf(df, m.n)); });
    var weight = f32(f32(weightIdf * boost) * f32(m.k1 + 1));
    var cache = normCache(key, m);
    var base = tokens[0].pos;
    rarest.docs.forEach(function (_, ord) {
      var freq;
      var first = lists[0].docs.get(ord);
      if (!first) return;
      if (lists.length === 1) freq = first.tf;
      else {
        var sets = [];
        for (var i = 1; i < lists.length; i++) {
          var p = lists[i].docs.get(ord);
          if (!p) return;
          sets.push({ set: new Set(p.pos), off: tokens[i].pos - base });
        }
        freq = 0;
        first.pos.forEach(function (start) {
          for (var s = 0; s < sets.length; s++) if (!sets[s].set.has(start + sets[s].off)) return;
          freq++;
        });
        if (freq === 0) return;
      }
      scores.set(ord, f32(f32(weight * freq) / f32(freq + cache[first.norm & 0xff])));
    });
    return scores;
  }

  function union(maps) {
    var out = new Map();
    maps.forEach(function (mp) { mp.forEach(function (s, ord) { out.set(ord, out.has(ord) ? f32(out.get(ord) + s) : s); }); });
    return out;
  }
  function intersect(maps) {
    if (maps.length === 0) return new Map();
    var out = new Map();
    maps[0].forEach(function (s, ord) {
      var total = s;
      for (var i = 1; i < maps.length; i++) { if (!maps[i].has(ord)) return; total = f32(total + maps[i].get(ord)); }
      out.set(ord, total);
    });
    return out;
  }

  function either(tokens, m) {
    return Promise.all([phraseScores('t', tokens, TITLE_BOOST, m), phraseScores('b', tokens, 1, m)]).then(union);
  }

  // One clause: its bigram phrase, or its English stems; a lone Han character next to other tokens is
  // required as a unigram beside the phrase (BuildLuceneQuery.ChineseParts).
  function clauseScores(clause, m) {
    var folded = fold(clause.text);
    var parts = [];
    var tokens = bigrams(folded);
    if (tokens.length > 0) {
      var lone = tokens.filter(function (t) { return t.term.length === 1 && isHan(t.term); });
      if (lone.length === 0) parts.push(either(tokens, m));
      else {
        var rest = tokens.filter(function (t) { return lone.indexOf(t) < 0; }).map(function (t, i) { return { term: t.term, pos: i }; });
        var all = lone.map(function (t) { return phraseScores('u', [{ term: t.term, pos: 0 }], 1, m); });
        if (rest.length > 0) all.push(either(rest, m));
        parts.push(Promise.all(all).then(intersect));
      }
    }
    var hasHan = false;
    for (var i = 0; i < folded.length; i++) if (isHan(folded.charAt(i))) { hasHan = true; break; }
    if (!hasHan) {
      var en = english(clause.text);
      if (en.length > 0) {
        parts.push(phraseScores('e', en, TITLE_BOOST, m));
        parts.push(phraseScores('s', en, 1, m));
      }
    }
    if (parts.length === 0) return Promise.resolve(null);
    return Promise.all(parts).then(union);
  }

  function filterSet(term, m) {
    return postings(term, 'f', m).then(function (p) { return p.docs; });
  }

  function dateRange(m, from, to) {
    var lo = 0, hi = m.n, at = 0;
    var fromDay = from ? parseInt(from.replace(/-/g, ''), 10) : null;
    var toDay = to ? parseInt(to.replace(/-/g, ''), 10) : null;
    if (fromDay === null && toDay === null) return null;
    var foundLo = fromDay === null;
    hi = 0;
    m.dates.forEach(function (run) {
      if (!foundLo && run[0] >= fromDay) { lo = at; foundLo = true; }
      if (toDay === null || run[0] <= toDay) hi = at + run[1];
      at += run[1];
    });
    if (!foundLo) lo = m.n;
    return [lo, hi];
  }

  function run(parsed, filters, m) {
    var groups = parsed.required.map(function (group) {
      return Promise.all(group.map(function (c) { return clauseScores(c, m); })).then(function (alts) {
        alts = alts.filter(Boolean);
        return alts.length === 0 ? null : union(alts);
      });
    });
    var excluded = parsed.excluded.map(function (c) { return clauseScores(c, m); });
    var filterTerms = [];
    if (filters.kind) filterTerms.push('k:' + filters.kind);
    if (filters.paper) filterTerms.push('p:' + filters.paper);
    if (filters.reporter) filterTerms.push('r:' + filters.reporter.trim());
    return Promise.all([Promise.all(groups), Promise.all(excluded), Promise.all(filterTerms.map(function (t) { return filterSet(t, m); }))])
      .then(function (r) {
        var must = r[0].filter(Boolean);
        if (must.length === 0) return null;
        var scores = intersect(must);
        r[1].forEach(function (ex) { if (ex) ex.forEach(function (_, ord) { scores.delete(ord); }); });
        var range = dateRange(m, filters.from, filters.to);
        var hits = [];
        scores.forEach(function (s, ord) {
          if (range && (ord < range[0] || ord >= range[1])) return;
          for (var i = 0; i < r[2].length; i++) if (!r[2][i].has(ord)) return;
          hits.push({ ord: ord, score: s });
        });
        return hits;
      });
  }

  // Searches: best first (equal scores in archive order, as the CLI), or newest first.
  // dir: another site's index folder (a sibling's "../news-1990s/search/"); this site's by default.
  function search(query, filters, dir) {
    var parsed = parse(query);
    return manifest(dir).then(function (m) {
      return loadMaps(query, m).then(function () {
        return run(parsed, filters, m).then(function (hits) {
          var relaxable = parsed.required.length > 1 && parsed.required.every(function (g) { return g.length === 1 && !g[0].quoted; });
          if (hits && hits.length === 0 && relaxable) {
            var relaxed = { required: [parsed.required.map(function (g) { return g[0]; })], excluded: parsed.excluded };
            return run(relaxed, filters, m);
          }
          return hits;
        });
      }).then(function (hits) {
        hits = hits || [];
        if (filters.sort === 'date') hits.sort(function (x, y) { return y.ord - x.ord; });
        else hits.sort(function (x, y) { return y.score - x.score || x.ord - y.ord; });
        return { hits: hits, parsed: parsed, manifest: m };
      });
    });
  }

  // Documents come DocsPerFile (the manifest's dpf) to a file, neighbours in archive order, each an array of its
  // fields in this order (an index of version 5 or before gave objects). A date, kind or paper as the document
  // before's is 0; a URL sharing its start with the one before is [shared length, rest].
  var DOC_FIELDS = ['t', 'u', 'd', 'k', 'p', 'g', 'r', 'e', 's', 'x'];
  var documentFiles = {};
  function documentOf(ord, m) {
    return (m ? Promise.resolve(m) : manifest()).then(function (m) {
      var per = m.dpf || 1, group = Math.floor(ord / per), path = 'd/' + Math.floor(group / 1000) + '/' + group + '.js';
      return need(m.dir, path).then(function (rows) {
        var key = m.dir + '\u0000' + path;
        if (!documentFiles[key]) {
          var before = {};
          documentFiles[key] = rows.map(function (a) {
            if (!Array.isArray(a)) return a;
            var d = {};
            DOC_FIELDS.forEach(function (f, i) { d[f] = a[i]; });
            ['d', 'k', 'p'].forEach(function (f) { if (d[f] === 0) d[f] = before[f]; });
            if (Array.isArray(d.u)) d.u = before.u.substring(0, d.u[0]) + d.u[1];
            before = d;
            return d;
          });
        }
        return documentFiles[key][ord % per];
      });
    });
  }

  // Documents are numbered in date order, so a document's date is found by bisecting the date runs.
  function yearOf(ord, m) {
    var runStarts = m.runStarts;
    if (!runStarts) {
      runStarts = m.runStarts = [];
      var at = 0;
      m.dates.forEach(function (run) { runStarts.push(at); at += run[1]; });
    }
    var lo = 0, hi = runStarts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (runStarts[mid] <= ord) lo = mid; else hi = mid - 1;
    }
    return m.dates.length ? Math.floor(m.dates[lo][0] / 10000) : 0;
  }

  // ---- snippets (Snippets.cs): text nodes and <mark>, never markup from the index ------------------------
  function pieces(parsed) {
    var out = [];
    parsed.required.forEach(function (g) {
      g.forEach(function (c) {
        var t = fold(c.text).toLowerCase(), i = 0;
        while (i < t.length) {
          var ch = t.charAt(i);
          if (!isHan(ch) && !isWordChar(ch)) { i++; continue; }
          var han = isHan(ch), start = i;
          while (i < t.length && (han ? isHan(t.charAt(i)) : isWordChar(t.charAt(i)))) i++;
          out.push(t.substring(start, i));
        }
      });
    });
    return out.sort(function (x, y) { return y.length - x.length || (x < y ? -1 : x > y ? 1 : 0); });
  }

  function snippet(text, needles, stems) {
    var body = text.replace(/\n/g, ' ');
    var folded = fold(body).toLowerCase();
    var at = -1, len = 0;
    needles.forEach(function (n) {
      var i = folded.indexOf(n);
      if (i >= 0 && (at < 0 || i < at)) { at = i; len = n.length; }
    });
    if (at < 0) at = 0;
    var start = Math.max(0, at - BEFORE), end = Math.min(body.length, at + len + AFTER);
    var marks = [];
    var window = folded.substring(start, end);
    needles.forEach(function (n) {
      var i = window.indexOf(n);
      while (i >= 0) { marks.push([i, i + n.length]); i = window.indexOf(n, i + n.length); }
    });
    if (stems) {
      EN_TOKEN.lastIndex = 0;
      var mt;
      var src = body.substring(start, end);
      while ((mt = EN_TOKEN.exec(src)) !== null) {
        var w = mt[0].replace(/['\u2019][sS]$/, '').toLowerCase();
        if (stems[stem(w)]) marks.push([mt.index, mt.index + mt[0].length]);
      }
    }
    marks.sort(function (x, y) { return x[0] - y[0] || y[1] - x[1]; });
    var frag = document.createDocumentFragment();
    var text0 = body.substring(start, end);
    if (start > 0) frag.appendChild(document.createTextNode('…'));
    var pos = 0;
    marks.forEach(function (mk) {
      if (mk[0] < pos) return;
      if (mk[0] > pos) frag.appendChild(document.createTextNode(text0.substring(pos, mk[0])));
      var mark = document.createElement('mark');
      mark.textContent = text0.substring(mk[0], mk[1]);
      frag.appendChild(mark);
      pos = mk[1];
    });
    if (pos < text0.length) frag.appendChild(document.createTextNode(text0.substring(pos)));
    if (end < body.length) frag.appendChild(document.createTextNode('…'));
    return frag;
  }

  // ---- the page ----------------------------------------------------------------------------------------
  var KINDS = { news: '消息', photo: '图片', feature: '通讯', commentary: '评论', brief: '简讯' };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function start() {
    var form = document.getElementById('search-form');
    if (!form) return;
    var input = document.getElementById('search-q');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var histogram = document.getElementById('search-histogram');
    var more = document.getElementById('search-more');
    var fields = ['from', 'to', 'paper', 'kind', 'reporter', 'sort'];
    var controls = {};
    fields.forEach(function (f) { controls[f] = document.getElementById('search-' + f); });
    var generation = 0, current = null, shown = 0, timer = null;

    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    var anyFilter = false;
    fields.forEach(function (f) { if (params.get(f)) { controls[f].value = params.get(f); anyFilter = anyFilter || f !== 'sort'; } });
    if (anyFilter) document.getElementById('search-filters').open = true;

    function filters() {
      var f = {};
      fields.forEach(function (k) { f[k] = controls[k].value || ''; });
      return f;
    }

    function remember(q, f) {
      var p = new URLSearchParams();
      if (q) p.set('q', q);
      fields.forEach(function (k) { if (f[k]) p.set(k, f[k]); });
      var s = p.toString();
      try { window.history.replaceState(null, '', s ? '?' + s : window.location.pathname); } catch (e) { /* file:// may refuse */ }
    }

    function go() {
      var q = input.value.trim(), f = filters(), mine = ++generation;
      remember(q, f);
      list.removeAttribute('data-query');
      if (!q) { list.textContent = ''; histogram.textContent = ''; status.textContent = ''; more.hidden = true; announce(q, f, mine); return; }
      status.textContent = '搜索中… Searching…';
      announce(q, f, mine);
      search(q, f).then(function (r) {
        if (mine !== generation) return;
        current = r;
        shown = 0;
        list.textContent = '';
        var n = r.hits.length;
        status.textContent = n === 0 ? '没有结果 · No results' : '共 ' + n + ' 条结果 · ' + n + (n === 1 ? ' result' : ' results');
        drawHistogram(r);
        return showMore(mine).then(function () { if (mine === generation) list.setAttribute('data-query', q); });
      }).catch(function (e) {
        if (mine === generation) status.textContent = '搜索失败 · Search failed: ' + e.message;
      });
    }

    // Each query, for the archive's other sites (siblings.js, on the search page of a site built with --sibling).
    function announce(q, f, mine) {
      document.dispatchEvent(new CustomEvent('newsarchive-search', { detail: { q: q, filters: f, isCurrent: function () { return mine === generation; } } }));
    }

    function drawHistogram(r) {
      histogram.textContent = '';
      if (r.hits.length === 0) return;
      var years = {};
      r.hits.forEach(function (h) { var y = yearOf(h.ord, r.manifest); years[y] = (years[y] || 0) + 1; });
      var keys = Object.keys(years).sort();
      var max = Math.max.apply(null, keys.map(function (k) { return years[k]; }));
      keys.forEach(function (y) {
        var bar = el('div', 'bar');
        bar.title = y + ': ' + years[y];
        var fill = el('div', 'fill');
        fill.style.height = Math.max(4, Math.round(100 * years[y] / max)) + '%';
        bar.appendChild(el('span', 'count', String(years[y])));
        bar.appendChild(fill);
        bar.appendChild(el('span', 'year', y));
        histogram.appendChild(bar);
      });
    }

    function showMore(mine) {
      var r = current, from = shown, page = r.hits.slice(from, from + PAGE_SIZE);
      shown = from + page.length;
      more.hidden = shown >= r.hits.length;
      var needles = pieces(r.parsed);
      var stems = {};
      r.parsed.required.forEach(function (g) { g.forEach(function (c) { english(c.text).forEach(function (t) { stems[t.term] = true; }); }); });
      var items = page.map(function () { var li = el('li'); list.appendChild(li); return li; });
      return Promise.all(page.map(function (h, i) {
        return documentOf(h.ord).then(function (d) {
          if (mine !== generation) return;
          var li = items[i];
          var link = el('a', 'result-title', d.t);
          link.href = root + d.u;
          li.appendChild(link);
          if (d.e) { li.appendChild(document.createTextNode(' ')); var en = el('span', 'result-en', d.e); en.lang = 'en'; li.appendChild(en); }
          li.appendChild(el('p', 'meta', d.d + ' · ' + d.p + ' · 第' + d.g + '版 · ' + (KINDS[d.k] || d.k) + (d.r && d.r.length ? ' · ' + d.r.join('、') : '')));
          var sn = el('p', 'snippet');
          var inBody = needles.some(function (n) { return fold(d.x).toLowerCase().indexOf(n) >= 0; });
          sn.appendChild(snippet(!inBody && d.s ? d.s : d.x, needles, stems));
          li.appendChild(sn);
        });
      }));
    }

    function later() {
      clearTimeout(timer);
      timer = setTimeout(go, 200);
    }

    form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); go(); });
    input.addEventListener('input', later);
    fields.forEach(function (f) { controls[f].addEventListener('change', function () { clearTimeout(timer); go(); }); });
    more.addEventListener('click', function () { showMore(generation); });

    // Arrow keys move from the box through the results; Enter on a result opens it.
    form.parentNode.addEventListener('keydown', function (e) {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      var links = Array.prototype.slice.call(list.querySelectorAll('a.result-title'));
      if (links.length === 0) return;
      var i = links.indexOf(document.activeElement);
      if (e.key === 'ArrowDown') {
        if (document.activeElement === input || i < 0) links[0].focus();
        else if (i + 1 < links.length) links[i + 1].focus();
      } else if (i === 0) input.focus();
      else if (i > 0) links[i - 1].focus();
      else return;
      e.preventDefault();
    });

    if (input.value.trim()) go();
    manifest().catch(function () { status.textContent = '搜索索引未找到 · The search index is missing'; });
  }

  // The best n results with their documents (what a result list shows): for scripts and benchmarks.
  function top(query, filters, n) {
    return search(query, filters || {}).then(function (r) {
      var hits = r.hits.slice(0, n || PAGE_SIZE);
      return Promise.all(hits.map(function (h) { return documentOf(h.ord); })).then(function (docs) {
        return { total: r.hits.length, results: hits.map(function (h, i) { return { ord: h.ord, score: h.score, url: docs[i].u, title: docs[i].t }; }) };
      });
    });
  }

  window.NewsArchiveSearch = { load: load, search: search, top: top, document: documentOf, parse: parse, bigrams: bigrams, english: english, stem: stem, fold: fold };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
