/* Spillover's embed loader: sizes each Spillover iframe on the page to its content.
   Include it once, after or before the iframes: <script src=".../embed.js" async></script>.
   Protocol (docs/embed.md): the embedded page posts {type: "spillover:height", height} to its
   parent; this script finds the iframe that sent it and sets its height. It listens only to its
   own app: a message counts when it comes from the origin this script was loaded from, and from
   an iframe whose address lies in the same folder as this script. Any other frame on the page
   (an ad, a widget, a hostile embed) cannot resize itself or anything else through it.
   No dependencies, no requests, nothing stored. */
(function () {
  if (window.__spilloverEmbed) return;
  var me = document.currentScript;
  if (!me || !me.src) return;
  // The folder the app lives in: embed.js sits beside its index.html.
  var app = me.src.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  var origin;
  try {
    origin = new URL(app).origin;
  } catch (e) {
    return;
  }
  window.__spilloverEmbed = true;
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'spillover:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 50 || height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && frame.src.indexOf(app) === 0) {
        frame.style.height = Math.ceil(height) + 'px';
        frame.setAttribute('height', String(Math.ceil(height)));
      }
    }
  });
})();
