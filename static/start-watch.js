/* Spillover's start watch. The page shows its first view as a still copy, and its loader says
   "Starting the explorer…" while the app starts. If the app cannot start (the browser runs no
   WebAssembly, a network filter blocks or replaces its files, an error stops it before it
   mounts), this says so in plain words, and why when the browser tells, instead of "Loading…"
   for ever; the still copy stays as it is. Once the app has mounted (it replaces the still copy)
   this does nothing more: later failures are the app's own panel's (web/crash.rs).
   A classic script: index.html loads it with `defer` before trunk's module loader, so it runs
   first; spillover.html carries it inline under its own policy (scripts/finish-build.mjs).
   Its words are the catalogue's (static/words/<language>/start.ftl), in the page's language:
   the still first screen carries them, written by `spillover-cli prerender`
   (present/first_screen.rs, `start_words`), as JSON in its status's `data-start-words`.
   Plain DOM calls, no inline style, no requests, nothing stored. */
(function () {
  'use strict';
  if (window.__spilloverStartWatch) return;
  window.__spilloverStartWatch = true;

  /**
   * The words the still first screen carries for `key` ('failed', 'nowasm', …), each `{name}`
   * filled in from `args`; the key itself if the page carries none (a build without its still
   * first screen).
   */
  function word(key, args) {
    var words = {};
    var holder = document.querySelector('#app [data-start-words]');
    try { words = JSON.parse(holder.getAttribute('data-start-words')) || {}; } catch (e) { /* none */ }
    var text = typeof words[key] === 'string' ? words[key] : key;
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return args && Object.prototype.hasOwnProperty.call(args, name) ? args[name] : all;
    });
  }

  /** Where the page's loader says the app is starting: the still copy's status, or the bare page's words. */
  function loadingNote() {
    return document.querySelector('#app .first-screen [data-still-status]')
      || document.querySelector('#app > .loading');
  }

  /** Which reason an error stands for: the key of its words ('nowasm', 'download', 'refused', 'error'). */
  function reasonOf(error) {
    if (typeof WebAssembly !== 'object' || !WebAssembly || typeof WebAssembly.instantiate !== 'function') {
      return 'nowasm';
    }
    if (error && (error instanceof WebAssembly.CompileError || error instanceof WebAssembly.LinkError)) {
      return 'refused';
    }
    var said = String((error && error.message) || error || '');
    if (/WebAssembly is not defined|WebAssembly\.\w+ is not a function/i.test(said)) return 'nowasm';
    if (/fetch|network|HTTP status|MIME type|Failed to load|module script|import/i.test(said)) return 'download';
    if (/Refused to compile|wasm-unsafe-eval|magic word|CompileError|LinkError/i.test(said)) return 'refused';
    return 'error';
  }

  /**
   * What the still copy below is, beside the view the address asks for: that view ('same'), its
   * story's first view where the address asks for a step, date or setting ('first'), or
   * another story, a scenario carried in the link, the sandbox or "At scale" ('other').
   */
  function stillIs(still) {
    var hash = window.location.hash.replace(/^#/, '');
    var shows = still && still.getAttribute('data-scenario');
    var kind = 'same';
    var parts = hash ? hash.split('&') : [];
    for (var i = 0; i < parts.length; i++) {
      var at = parts[i].indexOf('=');
      var name = at < 0 ? parts[i] : parts[i].slice(0, at);
      var value = at < 0 ? '' : parts[i].slice(at + 1);
      try { value = decodeURIComponent(value); } catch (e) { /* read as it is */ }
      if (name === 'scale' || name === 'data' || name === 'sandbox') return 'other';
      if (name === 'scenario') {
        if (value !== shows) return 'other';
      } else if (name && name !== 'embed' && name !== 'theme') {
        // A step, a date, a setting: the still copy is the story's first view, not that.
        kind = 'first';
      }
    }
    return kind;
  }

  /** The sentence that says what stays on the page below the words. */
  function whatStays(note) {
    if (note.classList.contains('loading')) return '';
    var still = note.closest('.first-screen');
    var title = still && still.querySelector('#scenario-title');
    switch (stillIs(still)) {
      case 'first':
        return word('stays_first');
      case 'other':
        return title ? word('stays_other_titled', { title: title.textContent.trim() }) : word('stays_other');
      default:
        return word('stays_same');
    }
  }

  function paragraph(className, text) {
    var p = document.createElement('p');
    if (className) p.className = className;
    if (text) p.textContent = text;
    return p;
  }

  /** Puts the words in place of "Loading…", once, and only while the app has not started. */
  function failed(reason, said) {
    var note = loadingNote();
    if (!note || document.getElementById('crash') || document.querySelector('.start-failed')) return;
    var box = document.createElement('div');
    box.className = 'still-note start-failed';
    box.setAttribute('role', 'alert');
    var first = paragraph('', '');
    var strong = document.createElement('strong');
    strong.textContent = word('failed');
    first.appendChild(strong);
    var stays = whatStays(note);
    first.appendChild(document.createTextNode(' ' + word(reason) + (stays ? ' ' + stays : '')));
    box.appendChild(first);
    if (said) box.appendChild(paragraph('start-said', word('said', { said: said })));
    var again = document.createElement('button');
    again.type = 'button';
    again.textContent = word('again');
    again.addEventListener('click', function () { window.location.reload(); });
    var last = paragraph('', '');
    last.appendChild(again);
    box.appendChild(last);
    note.parentNode.replaceChild(box, note);
  }

  function describe(error) {
    if (!error) return '';
    var text = error.name && error.message ? error.name + ': ' + error.message : String(error.message || error);
    return text.length > 300 ? text.slice(0, 300) + '\u2026' : text;
  }

  // The page's loader (scripts/finish-build.mjs) catches its own failures and hands them here.
  window.spilloverStartFailed = function (error) {
    failed(reasonOf(error), describe(error));
  };

  // An error thrown while the loader runs (a failed download, a refused WebAssembly): the
  // loader's top-level await rejects and the browser reports it here.
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && target.tagName === 'SCRIPT') {
      // A script (the loader or a file it imports) that could not be fetched.
      failed('download', '');
    } else if (event instanceof ErrorEvent) {
      failed(reasonOf(event.error || event.message), describe(event.error) || event.message || '');
    }
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    failed(reasonOf(event.reason), describe(event.reason));
  });

  // Without WebAssembly at all there is nothing to wait for.
  if (typeof WebAssembly !== 'object' || !WebAssembly || typeof WebAssembly.instantiate !== 'function') {
    var now = function () { failed('nowasm', ''); };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', now);
    else now();
  }
}());
