// Statement page behaviour: "cite this" follows the paragraph in the address (#p3) and can be copied.
// A file, not inline script, because the Content-Security-Policy forbids inline script.
(function () {
  "use strict";
  var citation = document.getElementById("citation");
  if (!citation) return;
  var para = citation.querySelector(".citation-para");
  var url = citation.querySelector(".citation-url");
  var baseUrl = url.getAttribute("data-url");

  function followHash() {
    var match = /^#p(\d+)$/.exec(window.location.hash);
    var target = match && document.getElementById("p" + match[1]);
    para.textContent = target ? ", para. " + match[1] : "";
    url.textContent = target ? baseUrl + "#p" + match[1] : baseUrl;
  }
  window.addEventListener("hashchange", followHash);
  followHash();

  var button = document.querySelector("button.copy-citation");
  var status = document.querySelector(".copy-status");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var text = citation.textContent.replace(/\s+/g, " ").trim();
    function done(message) { status.textContent = message; }
    function fallback() {
      // Clipboard API absent (file:// in some browsers): select the text so the reader can press Ctrl+C.
      var range = document.createRange();
      range.selectNodeContents(citation);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      var copied = false;
      try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
      done(copied ? "Citation copied." : "Citation selected: press Ctrl+C to copy.");
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done("Citation copied."); }, fallback);
    } else {
      fallback();
    }
  });
})();
