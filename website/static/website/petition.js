// The built-in website's signing form: posts JSON to POST /api/v1/petitions/{id}/signatures/,
// exactly as a front-end would. Field errors from the API's problem details go next to their
// fields, with focus on the first; once accepted, the form gives way to a thank-you with share
// links.
(function () {
  "use strict";
  var form = document.getElementById("sign");
  if (!form || form.hasAttribute("data-preview")) {
    return;
  }
  var message = form.querySelector(".form-message");
  var signed = document.getElementById("signed");

  function clearErrors() {
    form.querySelectorAll(".field-error").forEach(function (node) {
      node.remove();
    });
    form.querySelectorAll("[aria-invalid]").forEach(function (node) {
      node.removeAttribute("aria-invalid");
      node.removeAttribute("aria-describedby");
    });
    message.textContent = "";
  }

  // Each message next to its field; messages about no field of the form go to the top.
  function showErrors(errors) {
    Object.keys(errors || {}).forEach(function (name) {
      var input = form.elements[name];
      var text = [].concat(errors[name]).join(" ");
      if (!input || !input.closest || !input.closest("label")) {
        message.textContent += " " + text;
        return;
      }
      var note = document.createElement("span");
      note.className = "field-error";
      note.id = "error-" + name;
      note.textContent = text;
      input.closest("label").appendChild(note);
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", note.id);
    });
    var first = [].find.call(form.elements, function (element) {
      return element.getAttribute("aria-invalid") === "true";
    });
    (first || message).focus();
  }

  function showSigned() {
    form.hidden = true;
    document.querySelectorAll(".sign-cta").forEach(function (node) {
      node.hidden = true;
    });
    signed.hidden = false;
    signed.focus();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearErrors();
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
              showSigned();
              return;
            }
            if (data.errors) {
              message.textContent = form.getAttribute("data-invalid");
              showErrors(data.errors);
              return;
            }
            // A closed petition, too many attempts: the API's own sentence for people.
            message.textContent = data.detail || form.getAttribute("data-failed");
            message.focus();
          });
      })
      .catch(function () {
        message.textContent = form.getAttribute("data-failed");
      })
      .then(function () {
        button.disabled = false;
      });
  });

  var copy = signed && signed.querySelector(".copy-link button");
  if (copy) {
    copy.addEventListener("click", function () {
      var field = signed.querySelector(".copy-link input");
      field.select();
      // Without the clipboard API (a page on plain http), the address stays selected to copy.
      if (navigator.clipboard) {
        navigator.clipboard.writeText(field.value).then(function () {
          copy.textContent = copy.getAttribute("data-copied");
        });
      }
    });
  }
})();
