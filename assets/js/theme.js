// Applies the remembered theme before the page paints (loaded synchronously in <head>).
(function () {
  try {
    var saved = localStorage.getItem('handbook-theme');
    if (saved === 'light' || saved === 'dark') {
      document.documentElement.setAttribute('data-theme', saved);
    }
  } catch (e) { /* storage may be disabled: follow the system theme */ }
})();
