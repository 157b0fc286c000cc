// wagtail-localize's translation editor (React) writes a few texts in English whatever the
// admin's language; the page gives their translations (translation-editor-texts) and this puts
// them in place whenever the editor renders.
const translateEditorTexts = () => {
  const data = document.getElementById("translation-editor-texts");
  const editor = document.querySelector(".js-translation-editor");
  if (!data || !editor) return;
  const replace = JSON.parse(data.textContent).replace;
  const translate = () => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      if (Object.hasOwn(replace, text)) node.nodeValue = replace[text];
    }
  };
  new MutationObserver(translate).observe(editor, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  translate();
};

// The admin loads its scripts in the page's head, before the editor's element exists.
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", translateEditorTexts);
} else {
  translateEditorTexts();
}
