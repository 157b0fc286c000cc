// A live character counter under a social post's text (campaigns/social_admin.py): the limit
// follows the chosen channel, and Telegram's shorter caption limit when an image is attached.
(function () {
  function setUp(textarea) {
    const settings = JSON.parse(textarea.dataset.socialCounter);
    const form = textarea.form;
    const channel = form && form.querySelector('[name="channel"]');
    const image = form && form.querySelector('[name="image"]');
    const counter = document.createElement('p');
    counter.className = 'help social-counter';
    counter.setAttribute('aria-live', 'polite');
    textarea.insertAdjacentElement('afterend', counter);
    function limit() {
      const name = channel ? channel.value : '';
      if (name === 'telegram' && image && image.value) return settings.telegramCaption;
      return settings.limits[name];
    }
    function update() {
      const max = limit();
      const length = Array.from(textarea.value).length;
      if (!max) {
        counter.textContent = length + '';
        return;
      }
      counter.textContent = length + ' / ' + max;
      counter.style.color = length > max ? '#cd2a2a' : '';
      textarea.setAttribute('aria-invalid', length > max ? 'true' : 'false');
    }
    textarea.addEventListener('input', update);
    if (channel) channel.addEventListener('change', update);
    if (image) image.addEventListener('change', update);
    update();
  }
  function start() {
    document.querySelectorAll('textarea[data-social-counter]').forEach(setUp);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
