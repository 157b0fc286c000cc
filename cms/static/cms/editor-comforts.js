// Page editor comforts (cms/wagtail_hooks.py): counters under SEO fields that say how much of the
// text search engines show, and a live word count and reading time of the page being written,
// computed as the API computes reading_time_minutes (cms/models.py).
(function () {
  const script = document.currentScript;
  const wordsPerMinute = Number((script && script.dataset.wordsPerMinute) || 200);
  const labels = JSON.parse((script && script.dataset.labels) || '{}');
  const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

  function counter(field) {
    const limit = Number(field.dataset.charRecommended);
    const note = document.createElement('p');
    note.className = 'help ec-counter';
    note.setAttribute('aria-live', 'polite');
    field.insertAdjacentElement('afterend', note);
    function update() {
      const length = Array.from(field.value).length;
      note.textContent = (labels.characters || '%(length)s / %(limit)s')
        .replace('%(length)s', length)
        .replace('%(limit)s', limit);
      note.style.color = length > limit ? '#b35c00' : '';
    }
    field.addEventListener('input', update);
    update();
  }

  function countWords(form) {
    let text = '';
    // The content tab only: SEO fields and settings are not what a reader reads.
    const content = form.querySelector('#tab-content') || form;
    content.querySelectorAll('textarea, input[type="text"]').forEach((field) => {
      if (field.offsetParent !== null) text += ' ' + field.value; // visible fields only
    });
    content.querySelectorAll('[contenteditable="true"]').forEach((editor) => {
      text += ' ' + editor.innerText;
    });
    return (text.match(WORD) || []).length;
  }

  function readingPanel(form) {
    const panel = document.createElement('div');
    panel.className = 'ec-reading';
    panel.setAttribute('role', 'status');
    document.body.appendChild(panel);
    let scheduled = false;
    function update() {
      scheduled = false;
      const words = countWords(form);
      const minutes = Math.max(1, Math.ceil(words / wordsPerMinute));
      panel.textContent = (labels.reading || '%(words)s words · %(minutes)s min read')
        .replace('%(words)s', words.toLocaleString())
        .replace('%(minutes)s', minutes);
    }
    function later() {
      if (!scheduled) {
        scheduled = true;
        window.setTimeout(update, 400);
      }
    }
    form.addEventListener('input', later);
    new MutationObserver(later).observe(form, { childList: true, subtree: true, characterData: true });
    update();
  }

  function start() {
    document.querySelectorAll('[data-char-recommended]').forEach(counter);
    const form = document.querySelector('form[data-edit-form]') || document.querySelector('#page-edit-form');
    if (form) readingPanel(form);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
