// The translation editor (wagtail-localize) ignores the body of a refused save and goes on
// showing the refused value as "Changed". translations/overrides.py refuses an unsafe link with
// 400 and a reason: show that reason as an admin error message.
(function () {
  const OVERRIDE_EDIT = /\/localize\/translate\/\d+\/overrides\/\d+\/edit\/$/;
  const originalFetch = window.fetch;

  window.fetch = function (resource, options) {
    const answer = originalFetch.apply(this, arguments);
    const url = new URL(resource instanceof Request ? resource.url : String(resource), window.location.href);
    if (!OVERRIDE_EDIT.test(url.pathname)) {
      return answer;
    }
    return answer.then(function (response) {
      if (response.status === 400) {
        response
          .clone()
          .json()
          .then(function (body) {
            if (body && body.error) {
              document.dispatchEvent(
                new CustomEvent('w-messages:add', {
                  detail: { clear: true, text: body.error, type: 'error' },
                }),
              );
            }
          })
          .catch(function () {});
      }
      return response;
    });
  };
})();
