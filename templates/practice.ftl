<#ftl output_format="HTML">
<#-- The question bank and practice mode: static controls here, filled and driven by js/practice/bank.js from questions.json. -->
<#import "layout.ftl" as l>
<@l.page content=content; root, info>
<article class="doc practice-page">
  <header class="doc-header">
    <h1>${content.title}</h1>
    <#if content.summary?has_content><p class="doc-summary">${content.summary}</p></#if>
  </header>
  ${content.body?no_esc}
  <noscript><p class="practice-noscript">The question bank and practice mode need JavaScript. Without it, every question is in its chapter, and the whole bank is a download: <a href="${root}questions-anki.csv">Anki deck (CSV)</a> or <a href="${root}questions.json">questions.json</a>.</p></noscript>
  <div class="practice-app" data-practice-app hidden>
    <section class="practice-start" aria-labelledby="practice-start-heading">
      <h2 id="practice-start-heading">Practise</h2>
      <p class="practice-due" data-due-line>Loading the questions…</p>
      <div class="practice-actions">
        <button type="button" class="button primary" data-start="due">Practise due cards</button>
        <button type="button" class="button" data-start="filter">Practise the questions below</button>
        <button type="button" class="button" data-start="glossary">Glossary deck</button>
      </div>
    </section>

    <section class="practice-session" data-session hidden aria-labelledby="session-heading">
      <h2 id="session-heading" tabindex="-1">Practice session</h2>
      <p class="session-progress" data-session-progress aria-live="polite"></p>
      <div class="practice-card" data-card>
        <p class="card-meta" data-card-meta></p>
        <h3 class="card-question" data-card-question></h3>
        <div class="card-prompt" data-card-prompt></div>
        <p class="card-reveal"><button type="button" class="button primary" data-reveal>Show answer <kbd>Space</kbd></button></p>
        <div class="card-answer" data-card-answer hidden tabindex="-1" aria-label="Model answer"></div>
        <div class="card-rate" data-rate hidden role="group" aria-label="How well did you answer?">
          <button type="button" class="button rate-again" data-rating="again">Again <kbd>1</kbd></button>
          <button type="button" class="button rate-hard" data-rating="hard">Hard <kbd>2</kbd></button>
          <button type="button" class="button rate-good" data-rating="good">Good <kbd>3</kbd></button>
          <button type="button" class="button rate-easy" data-rating="easy">Easy <kbd>4</kbd></button>
        </div>
        <p class="card-source"><a data-card-link href="${root}practice.html">Open in its chapter</a></p>
      </div>
      <div class="session-summary" data-summary hidden></div>
      <p class="session-end"><button type="button" class="button" data-end>End session</button></p>
      <p class="practice-keys">Keys: <kbd>Space</kbd> or <kbd>Enter</kbd> shows the answer; <kbd>1</kbd>–<kbd>4</kbd> rate it; <kbd>Esc</kbd> ends the session.</p>
    </section>

    <section class="bank" aria-labelledby="bank-heading">
      <h2 id="bank-heading">Question bank</h2>
      <form class="bank-filters" data-filters role="search" aria-label="Filter the questions">
        <div class="filter"><label for="filter-q">Words</label><input id="filter-q" name="q" type="search" autocomplete="off" spellcheck="false"></div>
        <div class="filter"><label for="filter-part">Part</label><select id="filter-part" name="part"><option value="">All parts</option></select></div>
        <div class="filter"><label for="filter-chapter">Chapter</label><select id="filter-chapter" name="chapter"><option value="">All chapters</option></select></div>
        <div class="filter"><label for="filter-level">Level</label><select id="filter-level" name="level"><option value="">All levels</option></select></div>
        <div class="filter"><label for="filter-round">Round</label><select id="filter-round" name="round"><option value="">All rounds</option></select></div>
        <div class="filter"><label for="filter-term">Glossary term</label><select id="filter-term" name="term"><option value="">Any term</option></select></div>
        <div class="filter-actions">
          <button type="button" class="button" data-shuffle>Shuffle</button>
          <button type="button" class="button" data-clear>Clear filters</button>
          <label class="check"><input type="checkbox" data-hide-levels> Hide level badges</label>
        </div>
      </form>
      <p class="bank-count" data-count role="status"></p>
      <ol class="bank-list" data-list></ol>
    </section>

    <section class="progress-tools" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Your progress</h2>
      <p>Progress is stored only in this browser. Move it to another browser with a file: export here, import there (imported progress is merged with what is already here).</p>
      <div class="practice-actions">
        <button type="button" class="button" data-export>Export progress</button>
        <input id="import-file" class="visually-hidden file-input" type="file" accept="application/json,.json" data-import>
        <label class="button file-button" for="import-file">Import progress</label>
        <button type="button" class="button danger" data-reset>Reset progress</button>
      </div>
      <p class="progress-message" data-message role="status"></p>
      <p>Also as files: <a href="${root}questions-anki.csv">Anki deck of every question (CSV)</a> · <a href="${root}glossary-flashcards.csv">glossary deck (CSV)</a> · <a href="${root}questions.json">questions.json</a></p>
    </section>
  </div>
</article>
<script type="module" src="${root}js/practice/bank.js"></script>
</@l.page>
