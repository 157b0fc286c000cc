// A consultation's proposal form: "Propose a change" under an article chooses that article in
// the form; choosing a part chooses its article, and choosing another article forgets a part
// of the one before. The API checks the pair again (a part must belong to its article).
(function () {
  "use strict";
  var form = document.getElementById("propose");
  if (!form) {
    return;
  }
  var article = form.elements.article;
  var part = form.elements.part;
  document.querySelectorAll("[data-propose]").forEach(function (link) {
    link.addEventListener("click", function () {
      article.value = link.getAttribute("data-propose");
      article.dispatchEvent(new Event("change"));
    });
  });
  part.addEventListener("change", function () {
    var chosen = part.options[part.selectedIndex];
    if (chosen && chosen.getAttribute("data-article")) {
      article.value = chosen.getAttribute("data-article");
    }
  });
  article.addEventListener("change", function () {
    var chosen = part.options[part.selectedIndex];
    if (chosen && chosen.getAttribute("data-article") && chosen.getAttribute("data-article") !== article.value) {
      part.value = "";
    }
  });
})();
