// Runs in <head>, before the page is painted, so a reader who chose English never sees the Chinese labels flash.
(function () {
  try {
    if (localStorage.getItem("newsarchive-lang") === "en") {
      document.documentElement.classList.replace("ui-zh", "ui-en");
    }
  } catch (e) {
    // Storage may be blocked (private mode, some file:// setups): the page stays in Chinese.
  }
})();
