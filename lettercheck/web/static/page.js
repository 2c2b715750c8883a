// Extras for browsers with JavaScript; the form works without them: drop a file anywhere on
// the page, refuse a file that is too large before it is sent, and say "please wait".
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var form = document.getElementById("formulier");
  var input = document.getElementById("bestand");
  var status = document.getElementById("melding");
  var maxBytes = Number(form.dataset.maxBytes);

  function say(text, kind) {
    status.textContent = "";
    var p = document.createElement("p");
    p.className = kind;
    p.textContent = text;
    status.appendChild(p);
  }

  function tooLarge() {
    var file = input.files && input.files[0];
    return file && file.size > maxBytes;
  }

  document.addEventListener("dragover", function (event) {
    event.preventDefault();
    document.body.classList.add("dragging");
  });
  document.addEventListener("dragleave", function (event) {
    if (!event.relatedTarget) { document.body.classList.remove("dragging"); }
  });
  document.addEventListener("drop", function (event) {
    event.preventDefault();
    document.body.classList.remove("dragging");
    var files = event.dataTransfer && event.dataTransfer.files;
    if (!files || !files.length) { return; }
    input.files = files;
    input.focus();
    say("Gekozen: " + files[0].name + ". Klik op 'Controleer de brief'.", "notice");
  });

  form.addEventListener("submit", function (event) {
    if (tooLarge()) {
      event.preventDefault();
      say("Dit bestand is te groot. lettercheck kan brieven tot " + Math.round(maxBytes / 1048576) +
          " MB controleren.", "error-box");
      return;
    }
    form.setAttribute("aria-busy", "true");
    say("lettercheck controleert de brief. Even geduld.", "notice");
  });
}());
