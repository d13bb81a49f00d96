<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page content=content; root, info>
<article class="doc search-page">
  <header class="doc-header"><h1>${content.title}</h1></header>
  ${content.body?no_esc}
  <form class="search-page-form" role="search" action="${root}search.html" method="get">
    <label for="search-page-input">Search for</label>
    <input id="search-page-input" name="q" type="search" autocomplete="off" spellcheck="false">
    <button type="submit">Search</button>
  </form>
  <p class="search-status" role="status" aria-live="polite"></p>
  <div class="search-glossary-card" hidden></div>
  <ol class="search-results-list"></ol>
  <nav class="search-pages" aria-label="Result pages" hidden></nav>
  <noscript><p>Search needs JavaScript. The <a href="${root}glossary.html">glossary</a> and the chapter list work without it.</p></noscript>
</article>
</@l.page>
