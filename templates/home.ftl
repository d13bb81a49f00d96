<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page content=content; root, info>
<article class="doc home">
  <header class="doc-header hero">
    <h1>${content.title}</h1>
    <#if content.summary?has_content><p class="doc-summary">${content.summary}</p></#if>
  </header>
  <section class="front-door" aria-labelledby="front-door-heading">
    <h2 id="front-door-heading" class="visually-hidden">Start studying</h2>
    <ul class="front-actions">
    <#if l.nav().pages["interview/study-plan.html"]??>
      <li><a class="front-action" href="${root}interview/study-plan.html#the-two-week-plan"><span class="front-action-title">Start the 2-week plan</span><span class="front-action-text" data-plan-progress="the-two-week-plan">Fourteen days, one or two chapters a day</span></a></li>
      <li><a class="front-action" href="${root}interview/study-plan.html#the-four-week-plan"><span class="front-action-title">Start the 4-week plan</span><span class="front-action-text" data-plan-progress="the-four-week-plan">Every chapter in depth, a theme a week</span></a></li>
    </#if>
      <li><a class="front-action" href="${root}practice.html"><span class="front-action-title">Practise questions</span><span class="front-action-text" data-due-summary>Answer out loud, reveal, rate yourself</span></a></li>
      <li data-continue hidden><a class="front-action" href="${root}index.html" data-continue-link><span class="front-action-title">Continue where you stopped</span><span class="front-action-text" data-continue-title></span></a></li>
    </ul>
  </section>
  <section class="part-list" aria-labelledby="parts-heading">
    <h2 id="parts-heading">The five parts</h2>
    <ol class="cards">
    <#list l.nav().parts as part>
      <li class="card"><a href="${root}${part.uri}"><span class="card-title">${part.title}</span><span class="card-text">${part.summary}</span><span class="card-count">${part.chapters?size} chapters</span></a></li>
    </#list>
    </ol>
  </section>
  <#assign book = (data.get("book.yml"))!{}>
  <#if (book.files)?has_content>
  <section class="offline" aria-labelledby="offline-heading">
    <h2 id="offline-heading">Read it offline</h2>
    <p>The whole handbook as one book — every chapter, every interview question with its model answer, and the glossary — for e-readers and paper:
    <#list book.files as f><a href="${root}${f.href}" download>${f.format} <span class="file-size">(${f.sizeLabel})</span></a><#sep> or </#sep></#list>.</p>
  </section>
  </#if>
  ${content.body?no_esc}
  <section class="currency" aria-labelledby="currency-heading">
    <h2 id="currency-heading">Kept current</h2>
    <p>Every chapter says under its title when its facts were last checked and against which releases: the whole list is on <a href="${root}versions.html">Versions checked</a>. Studied an earlier version? <a href="${root}changes.html">What changed</a> lists every correction, newest first.</p>
  </section>
</article>
</@l.page>
