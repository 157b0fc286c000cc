// The built-in website's public forms (signing a petition, registering for an event): each
// posts JSON to its API endpoint (data-endpoint), exactly as a front-end would. Field errors from
// the API's problem details go next to their fields, with focus on the first; once accepted, the
// form gives way to its thank-you section (data-done).
//
// The body is the form's named fields: a checkbox as true/false, a select marked
// data-boolean as true/false (or left out when unanswered), a field named "answers.<key>" inside
// `answers`, empty optional answers and empty fields marked data-optional left out; and
// `locale`, the page's language.
document.querySelectorAll("form[data-endpoint][data-done]").forEach(function (form) {
  "use strict";
  if (form.hasAttribute("data-preview")) {
    return;
  }
  var message = form.querySelector(".form-message");
  var signed = document.getElementById(form.getAttribute("data-done"));

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
    document.querySelectorAll("[data-form-cta]").forEach(function (node) {
      node.hidden = true;
    });
    signed.hidden = false;
    signed.focus();
  }

  function body() {
    var data = { locale: form.getAttribute("data-locale") };
    [].forEach.call(form.elements, function (element) {
      var value;
      if (!element.name) {
        return;
      }
      if (element.hasAttribute("data-optional") && element.value === "") {
        return;
      }
      if (element.type === "checkbox") {
        value = element.checked;
      } else if (element.hasAttribute("data-boolean")) {
        if (element.value === "") {
          return;
        }
        value = element.value === "true";
      } else {
        value = element.value;
      }
      if (element.name.indexOf("answers.") === 0) {
        if (value === "") {
          return;
        }
        data.answers = data.answers || {};
        data.answers[element.name.slice("answers.".length)] = value;
      } else {
        data[element.name] = value;
      }
    });
    return data;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearErrors();
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    fetch(form.getAttribute("data-endpoint"), {
      method: "POST",
      // The API answers errors in the language asked for: the page's, not the browser's.
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "Accept-Language": form.getAttribute("data-locale"),
      },
      body: JSON.stringify(body()),
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
            // A closed petition or event, too many attempts: the API's own sentence for people.
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
});
