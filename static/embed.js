/* Spillover's embed loader: sizes each Spillover iframe on the page to its content.
   Include it once, after or before the iframes: <script src=".../embed.js" async></script>.
   Protocol (docs/embed.md): the embedded page posts {type: "spillover:height", height} to its
   parent; this script finds the iframe that sent it and sets its height. No dependencies, no
   requests, nothing stored. */
(function () {
  if (window.__spilloverEmbed) return;
  window.__spilloverEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'spillover:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 50 || height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        frames[i].setAttribute('height', String(Math.ceil(height)));
      }
    }
  });
})();
