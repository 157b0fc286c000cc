// The built-in website's signing form: posts JSON to POST /api/v1/petitions/{id}/signatures/,
// exactly as a front-end would, and shows the API's answer (problem details on errors).
(function () {
  "use strict";
  var form = document.getElementById("sign");
  if (!form || form.hasAttribute("data-preview")) {
    return;
  }
  var message = form.querySelector(".form-message");

  function clearErrors() {
    form.querySelectorAll(".field-error").forEach(function (node) {
      node.remove();
    });
    form.querySelectorAll("[aria-invalid]").forEach(function (node) {
      node.removeAttribute("aria-invalid");
    });
  }

  function showErrors(errors) {
    Object.keys(errors || {}).forEach(function (name) {
      var input = form.elements[name];
      var text = [].concat(errors[name]).join(" ");
      if (!input || !input.closest) {
        message.textContent += " " + text;
        return;
      }
      input.setAttribute("aria-invalid", "true");
      var note = document.createElement("span");
      note.className = "field-error";
      note.textContent = text;
      input.closest("label").appendChild(note);
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearErrors();
    message.textContent = "";
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    var body = {
      full_name: form.elements.full_name.value,
      email: form.elements.email.value,
      region: form.elements.region.value,
      consent: form.elements.consent.checked,
      newsletter_opt_in: form.elements.newsletter_opt_in.checked,
      locale: form.getAttribute("data-locale"),
      website: form.elements.website.value,
    };
    fetch(form.getAttribute("data-endpoint"), {
      method: "POST",
      // The API answers errors in the language asked for: the page's, not the browser's.
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "Accept-Language": form.getAttribute("data-locale"),
      },
      body: JSON.stringify(body),
    })
      .then(function (response) {
        return response
          .json()
          .catch(function () {
            return {};
          })
          .then(function (data) {
            if (response.status === 202) {
              form.reset();
              message.textContent = form.getAttribute("data-sent");
              return;
            }
            message.textContent = data.detail || form.getAttribute("data-failed");
            showErrors(data.errors);
          });
      })
      .catch(function () {
        message.textContent = form.getAttribute("data-failed");
      })
      .then(function () {
        button.disabled = false;
      });
  });
})();
